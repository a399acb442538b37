"""What the PDFs refuse: a character their font cannot draw, a leaflet of more
than two pages. `make check` and the build give the same messages.

Both name the text of content/ at fault, found by changing it and seeing the
printed text change: only texts that go into a PDF count, so a text shown
only on the website may hold any character.
"""

from __future__ import annotations

import copy
import json
import os
import re
import unicodedata
from collections.abc import Callable, Container, Iterator, Mapping
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from pydantic import ValidationError

from e2c.content.loading import SCHEMAS, Content, with_model
from e2c.content.problems import LANGUAGES, Problem
from e2c.content.validation import field_name
from e2c.content.yaml_source import Located
from e2c.content.yaml_source import Path as DataPath
from e2c.publish import pdf_engine
from e2c.publish.dates import source_date_epoch
from e2c.publish.pdf import CACHE, Pdf, make_pdf
from e2c.render import documents
from e2c.render.text import blocks

LEAFLET_PAGES = 2
# Put in place of a text to see where it is printed: a private-use character,
# in no text of content/.
SENTINEL = "\ue000"
FONT_NAME = "DejaVu Sans"
DOCUMENT_NAMES = {
    "leaflet": {"fr": "le dépliant", "en": "the leaflet"},
    "charter": {"fr": "la charte", "en": "the charter"},
}
LANGUAGE_NAMES = {
    "fr": {"fr": "en français", "en": "French"},
    "en": {"fr": "en anglais", "en": "English"},
}

# (document, language) -> the text it prints. Given content files' data with
# one text changed (file name -> data), the same, or None when that data is
# not valid (the text cannot be that: not a printed text).
Printed = Mapping[tuple[str, str], str]
Render = Callable[[Mapping[str, object]], Printed | None]


class _Text(HTMLParser):
    """The text an HTML document shows: not its <head>, a space between blocks."""

    BLOCKS = frozenset({"p", "li", "ul", "ol", "h1", "h2", "h3", "div", "section", "br"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("head", "script", "style")
        if tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("head", "script", "style")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(document_html: str) -> str:
    parser = _Text()
    parser.feed(document_html)
    parser.close()
    return "".join(parser.parts)


def words(text: str) -> str:
    """White space folded, as a PDF's lines show it."""
    return re.sub(r"\s+", " ", text).strip()


def texts(sources: Mapping[str, Located]) -> Iterator[tuple[str, DataPath, str]]:
    """Every text of the content files: (file name, path in the file, text)."""

    def walk(data: object, path: DataPath) -> Iterator[tuple[DataPath, str]]:
        if isinstance(data, str):
            yield path, data
        elif isinstance(data, dict):
            for key, value in data.items():
                yield from walk(value, (*path, key))
        elif isinstance(data, list):
            for index, value in enumerate(data):
                yield from walk(value, (*path, index))

    for file, source in sources.items():
        for path, text in walk(source.data, ()):
            yield file, path, text


def _changed(data: object, path: DataPath, text: str) -> object:
    changed = copy.deepcopy(data)
    parent = changed
    for part in path[:-1]:
        parent = parent[part]  # type: ignore[index]
    parent[path[-1]] = text  # type: ignore[index]
    return changed


def _printed_with(
    sources: Mapping[str, Located], render: Render, file: str, path: DataPath, text: str
) -> Printed:
    """What the documents print when the text at `path` of `file` is `text`."""
    return render({file: _changed(sources[file].data, path, text)}) or {}


def renderer(root: Path, content: Content) -> Render:
    """The text of every PDF WeasyPrint prints, from `content` with changes."""

    def render(changes: Mapping[str, object]) -> Printed | None:
        changed = content
        for file, data in changes.items():
            try:
                model = SCHEMAS[file].model_validate(data)
            except ValidationError:
                return None
            changed = with_model(changed, file, model)
        return {key: visible_text(html) for key, html in documents.to_print(root, changed).items()}

    return render


# --- A character the font cannot draw ----------------------------------------


@cache
def _font_characters(font: Path, size: int, modified: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # installed with WeasyPrint

    return frozenset(TTFont(font, lazy=True).getBestCmap())


def drawable(fonts: tuple[Path, ...], cache_dir: Path) -> frozenset[int]:
    """The characters every one of `fonts` draws (regular and bold: a text may
    be either), read once and kept in `cache_dir` until a font file changes."""
    stats = [(font, font.stat()) for font in fonts]
    key = "-".join(f"{font.name}:{stat.st_size}:{stat.st_mtime_ns}" for font, stat in stats)
    cached = cache_dir / "drawable.json"
    try:
        saved = json.loads(cached.read_text(encoding="utf-8"))
        if saved["fonts"] == key:
            return frozenset(saved["characters"])
    except (OSError, ValueError, KeyError):
        pass
    sets = [_font_characters(font, stat.st_size, stat.st_mtime_ns) for font, stat in stats]
    characters = frozenset.intersection(*sets)
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")  # builds may run at once
    temporary.write_text(json.dumps({"fonts": key, "characters": sorted(characters)}), "utf-8")
    temporary.replace(cached)
    return characters


def _drawn(character: str, font: Container[int]) -> bool:
    """Whether the PDF shows `character` well: white space and invisible
    format characters (joiners, marks of direction) need no glyph."""
    if character.isspace() or unicodedata.category(character) in ("Cc", "Cf"):
        return True
    return ord(character) in font


def _named(characters: list[str]) -> str:
    return ", ".join(f"« {c} » (U+{ord(c):04X})" for c in characters)


def _named_en(characters: list[str]) -> str:
    return ", ".join(f"'{c}' (U+{ord(c):04X})" for c in characters)


def _documents(keys: list[tuple[str, str]], language: str) -> str:
    names = list(dict.fromkeys(DOCUMENT_NAMES[document][language] for document, _ in keys))
    return {"fr": " et ", "en": " and "}[language].join(names)


def _font_problem(
    file: str, line: int, path: DataPath, characters: list[str], keys: list[tuple[str, str]]
) -> Problem:
    several = len(characters) > 1
    subject, can, has, them = (
        ("les caractères", "peuvent", "les a", "les")
        if several
        else ("le caractère", "peut", "l'a", "le")
    )
    it = "them" if several else "it"
    return Problem(
        file,
        line,
        f"{subject} {_named(characters)} ne {can} pas s'imprimer dans "
        f"{_documents(keys, 'fr')} en PDF : la police des PDF ({FONT_NAME}) ne {has} pas, on "
        f"y verrait une case vide. Retirez-{them} ou remplacez-{them} par des mots (un emoji, "
        "par exemple, ne s'imprime pas).",
        f"the character{'s' if several else ''} {_named_en(characters)} cannot be printed in "
        f"{_documents(keys, 'en')} PDF: the PDFs' font ({FONT_NAME}) does not have {it}, it "
        f"would show as an empty box. Remove {it} or put words instead (an emoji, for "
        "example, cannot be printed).",
        field=field_name(path),
    )


def undrawable(
    sources: Mapping[str, Located], render: Render, font: Container[int]
) -> list[Problem]:
    """A problem per text of content/ that puts in a PDF a character `font` lacks."""
    printed = render({}) or {}
    missing = sorted({c for text in printed.values() for c in text if not _drawn(c, font)})
    if not missing:
        return []
    problems = []
    placed: set[str] = set()
    for file, path, text in texts(sources):
        characters = [c for c in missing if c in text]
        if not characters:
            continue
        marked = "".join(SENTINEL if c in characters else c for c in text)
        shown = _printed_with(sources, render, file, path, marked)
        keys = [key for key, printed_text in shown.items() if SENTINEL in printed_text]
        if not keys:
            continue  # shown on the website only: any character will do
        placed.update(characters)
        line = sources[file].line_of(path)
        problems.append(_font_problem(f"content/{file}", line, path, characters, keys))
    rest = [c for c in missing if c not in placed]
    if rest:  # printed, but from no text of content/: a label of the code
        problems.append(
            Problem(
                "hooks/e2c/render/documents.py",
                1,
                f"{_named(rest)} : un texte des PDF qui ne vient pas de content/ a un caractère "
                f"que leur police ({FONT_NAME}) n'a pas. Changez ce texte dans hooks/e2c/.",
                f"{_named_en(rest)}: a text of the PDFs that does not come from content/ has "
                f"a character their font ({FONT_NAME}) lacks. Change that text in hooks/e2c/.",
            )
        )
    return problems


# --- A leaflet longer than two pages ------------------------------------------


def _language_of(path: DataPath) -> str | None:
    return path[-1] if path and path[-1] in LANGUAGES else None


def source_of(
    sources: Mapping[str, Located], render: Render, key: tuple[str, str], printed: str
) -> tuple[str, DataPath] | None:
    """The text of content/ that prints `printed` (a paragraph, an item, a
    line) in the document `key`: the first that holds it and is printed there."""
    wanted = words(printed)
    if not wanted:
        return None
    for file, path, text in texts(sources):
        if _language_of(path) not in (None, key[1]) or wanted not in words(
            visible_text(blocks(text))
        ):
            continue
        if SENTINEL in _printed_with(sources, render, file, path, text + SENTINEL).get(key, ""):
            return file, path
    return None


def _excerpt(text: str, length: int = 70) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def too_many_pages(
    sources: Mapping[str, Located], render: Render, language: str, pdf: Pdf
) -> list[Problem]:
    """A problem when the leaflet in `language` has more than two pages,
    pointing at the text of content/ its third page starts with."""
    count = len(pdf.pages)
    if count <= LEAFLET_PAGES:
        return []
    start = pdf.pages[LEAFLET_PAGES]
    key = ("leaflet", language)
    page = LEAFLET_PAGES + 1
    line = _excerpt(start.line)
    head_fr = (
        f"le dépliant {LANGUAGE_NAMES[language]['fr']} a {count} pages au lieu de "
        f"{LEAFLET_PAGES} : la page {page} commence par"
    )
    head_en = (
        f"the {LANGUAGE_NAMES[language]['en']} leaflet has {count} pages instead of "
        f"{LEAFLET_PAGES}: page {page} starts with"
    )
    found = source_of(sources, render, key, start.text) or source_of(
        sources, render, key, start.line
    )
    if found and start.text == start.section:  # a section's heading, pushed over
        fr = (
            f"la section « {line} », dont le titre est ici. Raccourcissez un texte placé "
            "avant elle dans le dépliant."
        )
        en = f"the section '{line}', whose heading is here. Shorten a text placed before it."
    elif found:
        fr = (
            f"« {line} », qui vient de ce texte. Raccourcissez-le, ou raccourcissez un texte "
            "placé avant lui dans le dépliant."
        )
        en = f"'{line}', which comes from this text. Shorten it, or a text placed before it."
    else:  # a label of the code, or figures: the heading of their section
        found = source_of(sources, render, key, start.section)
        fr = (
            f"« {line} », dans la section « {start.section} », dont le titre est ici. "
            "Raccourcissez un texte de cette section ou d'une section placée avant elle."
        )
        en = (
            f"'{line}', in the section '{start.section}', whose heading is here. Shorten a "
            "text of that section or of a section placed before it."
        )
    if not found:
        fr, en = f"« {line} ». Raccourcissez un texte du dépliant.", f"'{line}'. Shorten a text."
    file, path = found or ("leaflet.yml", ())
    return [
        Problem(
            f"content/{file}",
            sources[file].line_of(path) if file in sources else 1,
            f"{head_fr} {fr}",
            f"{head_en} {en}",
            field=field_name(path),
        )
    ]


# --- Both, for make check and the build ---------------------------------------


def check(root: Path, content: Content) -> list[Problem]:
    """Every problem of the PDFs, or none where they cannot be made (said once)."""
    reason = pdf_engine.unavailable(root, content)
    if reason is not None:
        pdf_engine.announce(reason)
        return []
    render = renderer(root, content)
    fonts = pdf_engine.font_files() or ()
    problems = undrawable(content.sources, render, drawable(fonts, root / ".cache" / "fonts"))
    if problems:
        return problems  # no PDF with empty boxes, not even to count its pages
    # Every PDF, not only the leaflets: the next check, or the build, then finds
    # them all cached and needs no WeasyPrint (see e2c.publish.pdf_engine).
    dated = source_date_epoch(root)  # the build's, so that the build finds them
    for (document, language), html in documents.to_print(root, content).items():
        pdf = make_pdf(html, root / CACHE, f"{document} ({language})", dated)
        if document == "leaflet":
            problems += too_many_pages(content.sources, render, language, pdf)
    return problems
