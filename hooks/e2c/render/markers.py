"""Markers: where a page in docs/ asks for data from content/.

A marker is an HTML comment on its own line, `<!-- e2c:NAME ARGUMENT -->`,
for example `<!-- e2c:figures national -->`. Each is replaced, in the page's
language, by what the renderer of that name makes. A marker with an unknown
name or argument is a mistake that names the page and the line.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from e2c.content.loading import Content
from e2c.content.models import SCOPES
from e2c.content.problems import Problem
from e2c.content.rule_values import fill_page
from e2c.render import (
    content_blocks,
    documents,
    download_links,
    glossary,
    page_sources,
    self_check,
)
from e2c.render.pictograms import replace_pictograms

MARKER = re.compile(r"<!--\s*e2c:([^\s>]*)\s*([^>]*?)\s*-->")


@dataclass(frozen=True)
class Marker:
    render: Callable[..., str]
    # The arguments it accepts (from the content), and whether one is required.
    arguments: Callable[[Content], list[str]] = lambda content: []
    required: bool = False
    # Whether it needs the page's build context (its URL, the documents made).
    contextual: bool = False


@dataclass(frozen=True)
class PageContext:
    url: str  # the page's URL, relative to the site's root ("en/documents/")
    folder: str  # the language's folder ("" or "en")
    documents: dict[str, int]  # document id -> size in bytes of its PDF
    site_url: str = ""  # the site's absolute address, for links shared elsewhere
    # What the page offers to download, filled as its markers are replaced:
    # (document id, link from the page), passed on to its structured data.
    offered: list[tuple[str, str]] = field(default_factory=list)
    # The content files its markers and values show, filled likewise: they
    # date the page (e2c.render.page_sources).
    shows: set[str] = field(default_factory=set)


def _download(content: Content, language: str, page: PageContext, document: str) -> str:
    if document not in page.documents:  # not made on this computer (see e2c.publish.pdf_engine)
        return download_links.pending_link(document, content.interface[language])
    file = documents.DOCUMENTS[document].files[language]
    target = posixpath.join(page.folder, "documents", file)
    href = posixpath.relpath(target, start=page.url.rstrip("/") or ".")
    page.offered.append((document, href))
    words = content.interface[language]
    return download_links.download_link(document, words, href, page.documents[document])


def _step_ids(content: Content) -> list[str]:
    return [step.id for step in (*content.steps.joining, *content.steps.path)]


MARKERS: dict[str, Marker] = {
    "objectives": Marker(content_blocks.objectives),
    "glossary": Marker(
        lambda content, language: glossary.glossary_list(content.glossary, language)
    ),
    "joining-steps": Marker(content_blocks.joining_steps, lambda c: ["all", "summary"]),
    "path-steps": Marker(content_blocks.path_steps),
    "step": Marker(content_blocks.step, _step_ids, required=True),
    "partners": Marker(content_blocks.partners),
    "figures": Marker(content_blocks.figures, lambda c: list(SCOPES), required=True),
    "places": Marker(content_blocks.places),
    "website": Marker(content_blocks.website),
    "typical-path": Marker(content_blocks.typical_path),
    "link": Marker(
        content_blocks.link, lambda c: [item.id for item in c.links.links], required=True
    ),
    "contact": Marker(content_blocks.contact),
    "legal": Marker(content_blocks.legal),
    "eligibility-conditions": Marker(
        lambda c, lang, audience="": self_check.conditions(
            c.eligibility, lang, c.interface[lang], audience
        ),
        lambda c: ["personne"],
    ),
    "eligibility-check": Marker(
        lambda c, lang: self_check.check(c.eligibility, lang, c.links.links, c.interface[lang])
    ),
    "leaflet": Marker(documents.leaflet_body),
    "charter": Marker(documents.charter_body),
    "share-text": Marker(
        lambda c, lang, page: content_blocks.share_text(c, page.site_url, lang), contextual=True
    ),
    "download": Marker(_download, lambda c: list(documents.DOCUMENTS), True, contextual=True),
}


def _files(*names: str) -> Callable[[str], tuple[str, ...]]:
    files = tuple(f"content/{name}" for name in names)
    return lambda argument: files


# The content files each marker shows (for `download`, its argument's document):
# a page's date is the last change of its source or of these
# (e2c.render.page_sources). The interface's words are not counted.
# tests/unit/test_page_dates.py renders every marker and checks it reads no other.
SHOWS: dict[str, Callable[[str], tuple[str, ...]]] = {
    "objectives": _files("objectives.yml"),
    "glossary": _files("glossary.yml"),
    "joining-steps": _files("steps.yml"),
    "path-steps": _files("steps.yml"),
    "step": _files("steps.yml"),
    "partners": _files("partners.yml"),
    "figures": _files("figures.yml"),
    "places": _files("site.yml"),
    "website": _files("site.yml"),
    "typical-path": _files("typical_path.yml"),
    "link": _files("links.yml"),
    "contact": _files("site.yml"),
    "legal": _files("site.yml"),
    "eligibility-conditions": _files("eligibility.yml"),
    "eligibility-check": _files("eligibility.yml", "links.yml"),
    "leaflet": lambda argument: documents.SOURCES["leaflet"],
    "charter": lambda argument: documents.SOURCES["charter"],
    "share-text": _files("site.yml"),
    "download": lambda document: documents.SOURCES.get(document, ()),
}


def front_matter_lines(source: str) -> int:
    """How many lines the front matter takes, so marker lines match the file's."""
    match = re.match(r"---\s*\n.*?\n---\s*\n", source, flags=re.S)
    return match.group(0).count("\n") if match else 0


def _problem(page: str, line: int, fr: str, en: str) -> Problem:
    return Problem(page, line, fr, en)


def replace_markers(
    markdown: str,
    content: Content,
    language: str,
    page: str,
    first_line: int = 1,
    context: PageContext | None = None,
) -> tuple[str, list[Problem]]:
    """`markdown` with every marker and `{value}` replaced, and the problems found on the way."""
    markdown, problems = replace_pictograms(markdown, page, first_line)
    if context is not None:
        context.shows.update(page_sources.values_read(markdown))
    markdown, filled = fill_page(markdown, content.values.get(language, {}), page, first_line)
    problems += filled

    def replace(match: re.Match[str]) -> str:
        line = first_line + markdown.count("\n", 0, match.start())
        name, argument = match.group(1), match.group(2)
        marker = MARKERS.get(name)
        if marker is None:
            close = difflib.get_close_matches(name, MARKERS, n=1)
            hint = (
                (f" Vouliez-vous dire « {close[0]} » ?", f" Did you mean '{close[0]}'?")
                if close
                else ("", "")
            )
            known = ", ".join(MARKERS)
            problems.append(
                _problem(
                    page,
                    line,
                    f"le repère « e2c:{name} » n'existe pas.{hint[0]} Repères connus : {known}.",
                    f"the marker 'e2c:{name}' does not exist.{hint[1]} Known markers: {known}.",
                )
            )
            return match.group(0)
        allowed = marker.arguments(content)
        if (argument and argument not in allowed) or (marker.required and not argument):
            choices = ", ".join(allowed) or "—"
            problems.append(
                _problem(
                    page,
                    line,
                    f"le repère « e2c:{name} » n'accepte pas « {argument or '(rien)'} ». "
                    f"Choix possibles : {choices}.",
                    f"the marker 'e2c:{name}' does not accept '{argument or '(nothing)'}'. "
                    f"Possible choices: {choices}.",
                )
            )
            return match.group(0)
        if marker.contextual and context is None:
            return ""  # checked without a build (make check): nothing to link to yet
        head = (content, language, context) if marker.contextual else (content, language)
        rendered = marker.render(*head, argument) if argument else marker.render(*head)
        if context is not None:
            context.shows.update(SHOWS.get(name, _files())(argument))
        # Blank lines around: Markdown reads HTML blocks only when they stand alone.
        return f"\n\n{rendered}\n\n" if rendered else ""

    return MARKER.sub(replace, markdown), problems
