"""Which pages are written for young readers, and their "Facile à lire" twins.

content/reading.yml names them; the hooks pass what this module says to the
templates (the "Facile à lire" link, the listen button, the easy page style).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from e2c.content.models import ReadingFile, Review
from e2c.content.pages import FOLDERS
from e2c.content.problems import Problem
from e2c.content.validation import field_name
from e2c.content.yaml_source import Located


def page_url(base: str, language: str) -> str:
    """`facile/pour-qui.md` in `en` -> `en/facile/pour-qui/` (directory URLs, from the root)."""
    stem = base.removesuffix(".md")
    path = "" if stem == "index" else stem.removesuffix("/index") + "/"
    return posixpath.join(FOLDERS[language], path) if FOLDERS[language] else path


@dataclass(frozen=True)
class ReaderPage:
    """What a page offers a young reader."""

    kind: str | None  # "easy", "trainee" or None
    other_version: str  # the easy version's URL, or from an easy page the full one's
    listen: bool
    review: Review | None = None  # an easy page's check by readers, once done

    @property
    def easy(self) -> bool:
        return self.kind == "easy"


def reader_page(reading: ReadingFile, base: str, language: str) -> ReaderPage:
    """For the page `base` (its French source path) in `language`."""
    for easy in reading.easy_pages:
        if easy.page == base:
            review = easy.review if easy.review.done else None
            return ReaderPage("easy", page_url(easy.full, language), listen=True, review=review)
    twin = next((easy.page for easy in reading.easy_pages if easy.full == base), reading.easy_home)
    kind = "trainee" if base in reading.trainee_pages else None
    return ReaderPage(kind, page_url(twin, language), listen=kind is not None)


def unreviewed(reading: ReadingFile) -> list[str]:
    """The easy pages whose text people with learning disabilities have not yet checked."""
    return [easy.page for easy in reading.easy_pages if not easy.review.done]


def missing_pages(reading: ReadingFile, source: Located, pages: set[str]) -> list[Problem]:
    """Each page content/reading.yml names that docs/ does not hold (a page renamed)."""
    named: list[tuple[tuple[str | int, ...], str]] = [
        (("trainee_pages", index), page) for index, page in enumerate(reading.trainee_pages)
    ]
    named.append((("easy_home",), reading.easy_home))
    for index, easy in enumerate(reading.easy_pages):
        named += [
            (("easy_pages", index, "page"), easy.page),
            (("easy_pages", index, "full"), easy.full),
        ]
    return [
        Problem(
            "content/reading.yml",
            source.line_of(path),
            f"la page docs/{page} n'existe pas. Si elle a changé de nom, écrivez ici son "
            "nouveau nom ; sinon, retirez cette ligne.",
            f"the page docs/{page} does not exist. If it was renamed, write its new name "
            "here; otherwise, remove this line.",
            field=field_name(path),
        )
        for path, page in named
        if page not in pages
    ]
