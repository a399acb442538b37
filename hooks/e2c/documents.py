"""The leaflet and the charter: one HTML body per document and language,
shown as a page of the site and printed to PDF with WeasyPrint at build.

A PDF is made only when its inputs change: its bytes are cached under a hash
of everything that goes into it (HTML, CSS, logo, WeasyPrint's version), so a
rebuild with nothing changed makes none. Beside it, the text each page starts
with (JSON), for the checks of e2c.printability. File names are stable:
partners link to them.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
from dataclasses import asdict, dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import quote

from e2c import render, self_check
from e2c.content import Content
from e2c.text import blocks, inline

log = logging.getLogger("mkdocs.plugins.e2c")
HERE = Path(__file__).resolve().parent
CSS = HERE / "pdf.css"


@dataclass(frozen=True)
class Document:
    id: str
    files: dict[str, str]  # language -> file name, in documents/ of that language


DOCUMENTS = {
    "leaflet": Document(
        "leaflet", {"fr": "depliant-e2c-allier.pdf", "en": "leaflet-e2c-allier.pdf"}
    ),
    "charter": Document("charter", {"fr": "charte-e2c-france.pdf", "en": "charter-e2c-france.pdf"}),
}
# Where staff drop the network's official charter: the site then offers it instead.
OFFICIAL_CHARTER = Path("content") / "documents" / "charte-e2c-france.pdf"
# In the project: the PDFs made, and the logo printed on them.
CACHE = Path(".cache") / "pdf"
LOGO = Path("overrides") / "assets" / "images" / "logo.svg"


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section><h2 id="{anchor}">{inline(title)}</h2>{body}</section>'


def _places_intro(content: Content, language: str) -> str:
    years = ", ".join(str(year) for year in sorted({p.year for p in content.site.places}))
    return {
        "fr": f"Les sites de l'école connus en {years} :",
        "en": f"The school's sites known in {years}:",
    }[language]


def leaflet_body(content: Content, language: str) -> str:
    """The leaflet's sections, built from the data where it already lives."""
    leaflet = content.leaflet.sections
    site = content.site
    objectives = "".join(
        f"<li>{inline(item.title[language])}</li>" for item in content.objectives.objectives
    )
    # The schema keeps these steps (models.LEAFLET_STEPS): a rename is a staff message.
    path = {step.id: step for step in content.steps.path}
    partners = "".join(f"<li>{inline(p.name[language])}</li>" for p in content.partners.partners)
    contact = render.contact(content, language)
    contact_html = contact.split("\n\n", 1)[1] if contact else ""
    sections = [
        _section("quoi", leaflet.what[language], blocks(site.description[language])),
        _section(
            "pour-qui", leaflet.who[language], self_check.conditions(content.eligibility, language)
        ),
        _section(
            "entrer", leaflet.join[language], render.joining_steps(content, language, "summary")
        ),
        _section(
            "parcours",
            leaflet.path[language],
            f"<ol>{objectives}</ol>{blocks(path['alternance'].text[language])}",
        ),
        _section(
            "apres",
            leaflet.end[language],
            blocks(path["fin"].text[language]) + blocks(path["suivi"].text[language]),
        ),
        _section(
            "chiffres",
            leaflet.figures[language],
            render.figures(content, language, "local")
            + render.figures(content, language, "national"),
        ),
        _section(
            "contact",
            leaflet.contact[language],
            render.website(content, language)
            + f"<p>{_places_intro(content, language)}</p>"
            + render.places(content, language)
            + contact_html,
        ),
        _section("partenaires", leaflet.partners[language], f"<ul>{partners}</ul>"),
    ]
    return "".join(sections)


def charter_body(content: Content, language: str) -> str:
    charter = content.charter
    principles = "".join(f"<li>{inline(p.text[language])}</li>" for p in charter.principles)
    official = charter.official
    link = f'<a href="{html.escape(official.url)}">{inline(official.name[language])}</a>'
    more = {"fr": "Le texte officiel de la charte est sur", "en": "The official text is on"}
    return (
        f"{blocks(charter.intro[language])}"
        f"<p><strong>{inline(charter.notice[language])}</strong></p>"
        f"<ol>{principles}</ol>"
        f'<p class="e2c-source"><em>{inline(charter.summary_source[language])}</em></p>'
        f"<p>{more[language]} {link}.</p>"
    )


BODIES = {"leaflet": leaflet_body, "charter": charter_body}
TITLES = {
    "leaflet": lambda content: content.leaflet.title,
    "charter": lambda content: content.charter.title,
}


def printable(content: Content, document: str, language: str, logo_svg: str) -> str:
    """The whole HTML document WeasyPrint prints."""
    title = TITLES[document](content)[language]
    author = content.site.name[language]
    body = BODIES[document](content, language)
    logo = (
        f'<img src="data:image/svg+xml;charset=utf-8,{quote(logo_svg, safe="")}" alt="E2C Allier">'
    )
    header = f'<div class="document-header">{logo}<div><h1>{inline(title)}</h1>'
    if document == "leaflet":
        header += f'<p class="tagline">{inline(content.leaflet.tagline[language])}</p>'
        body = f'<div class="columns">{body}</div>'
    header += "</div></div>"
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        f'<meta name="author" content="{html.escape(author)}">'
        f'<meta name="description" content="{html.escape(content.site.description[language])}">'
        f'</head><body class="{document}">{header}{body}</body></html>'
    )


def to_print(root: Path, content: Content) -> dict[tuple[str, str], str]:
    """(document, language) -> the HTML to print, for every PDF WeasyPrint makes
    (not the charter once staff have put the official one in content/)."""
    logo = (root / LOGO).read_text(encoding="utf-8")
    official = (root / OFFICIAL_CHARTER).is_file()
    return {
        (document, language): printable(content, document, language, logo)
        for document, spec in DOCUMENTS.items()
        if not (document == "charter" and official)
        for language in spec.files
    }


@cache
def _weasyprint_version() -> str:
    """From the package's metadata (a search of the installed packages, once):
    importing WeasyPrint takes most of a second, spent only to make a PDF."""
    return version("weasyprint")


@dataclass(frozen=True)
class PageStart:
    """What a page of a PDF starts with, to say which text went too far."""

    text: str  # the whole paragraph, item or heading of the page's first line
    line: str  # that first line
    section: str  # the heading of the section it is in


@dataclass(frozen=True)
class Pdf:
    path: Path
    pages: tuple[PageStart, ...]  # one per page


def _cache_key(document_html: str, css: str) -> str:
    parts = (document_html, css, _weasyprint_version(), "pdf/ua-1")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _cached(document_html: str, cache_dir: Path, css: str) -> tuple[Path, Path]:
    key = _cache_key(document_html, css)
    return cache_dir / f"{key}.pdf", cache_dir / f"{key}.json"


def is_cached(document_html: str, cache_dir: Path) -> bool:
    """Whether the PDF of `document_html` is in the cache (no WeasyPrint needed)."""
    return all(path.exists() for path in _cached(document_html, cache_dir, CSS.read_text("utf-8")))


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _page_starts(document: Any) -> tuple[PageStart, ...]:
    """The first text of each page of WeasyPrint's laid-out `document`, from its
    box tree (`_page_box`: not public API, hence the empty starts without it)."""
    from weasyprint.formatting_structure import boxes

    starts: list[PageStart] = []
    section = ""

    def first_text(box: object, blocks: list[Any]) -> PageStart | None:
        nonlocal section
        found = None
        if isinstance(box, boxes.BlockBox) and box.element_tag == "h2":
            section = _words("".join(box.element.itertext()))
        if isinstance(box, boxes.TextBox) and "::" not in box.element_tag and box.text.strip():
            block = blocks[-1] if blocks else None
            whole = "".join(block.element.itertext()) if block is not None else box.text
            # Enough of the block to find it in content/, not a whole long text.
            return PageStart(_words(whole)[:300], _words(box.text), section)
        if isinstance(box, boxes.BlockBox) and box.element is not None:
            blocks = [*blocks, box]
        for child in getattr(box, "children", []):
            if isinstance(child, boxes.MarginBox):  # the page number
                continue
            start = first_text(child, blocks)
            found = found or start  # walk on: later headings set the section
        return found

    for page in document.pages:
        page_box = getattr(page, "_page_box", None)
        start = first_text(page_box, []) if page_box is not None else None
        starts.append(start or PageStart("", "", section))
    return tuple(starts)


def _write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)  # never a half-written file in the cache


def make_pdf(document_html: str, cache_dir: Path, name: str) -> Pdf:
    """The PDF of `document_html` (`name` for the log), from the cache when its
    inputs are unchanged."""
    css = CSS.read_text(encoding="utf-8")
    pdf_path, layout_path = _cached(document_html, cache_dir, css)
    if pdf_path.exists() and layout_path.exists():
        layout = json.loads(layout_path.read_text(encoding="utf-8"))
        return Pdf(pdf_path, tuple(PageStart(**start) for start in layout["pages"]))
    import weasyprint

    cache_dir.mkdir(parents=True, exist_ok=True)
    options = {"stylesheets": [weasyprint.CSS(string=css)], "pdf_variant": "pdf/ua-1"}
    document = weasyprint.HTML(string=document_html).render(**options)
    starts = _page_starts(document)
    layout = {"pages": [asdict(start) for start in starts]}
    _write(layout_path, json.dumps(layout, ensure_ascii=False).encode())
    _write(pdf_path, document.write_pdf(**options))  # last: its presence means both are
    log.info("PDF made: %s", name)
    return Pdf(pdf_path, starts)


def human_size(size: int, language: str) -> str:
    """`PDF, 180 Ko` / `PDF, 180 KB`."""
    kilobytes = max(1, round(size / 1024))
    return f"PDF, {kilobytes}\u00a0Ko" if language == "fr" else f"PDF, {kilobytes} KB"


def download_link(document: str, language: str, href: str, size: int) -> str:
    """A link that says what the file is, its format and its real size."""
    labels = {
        "leaflet": {"fr": "Télécharger le dépliant", "en": "Download the leaflet"},
        "charter": {"fr": "Télécharger la charte", "en": "Download the charter"},
    }
    return (
        f'<p class="e2c-download"><a class="md-button md-button--primary" href="{html.escape(href)}" '
        f"download>{labels[document][language]} ({human_size(size, language)})</a></p>"
    )


def pending_link(document: str, language: str) -> str:
    """In place of the link, where the PDFs cannot be made (see e2c.pdf_engine)."""
    texts = {
        "leaflet": {
            "fr": "Le dépliant en PDF est fabriqué à la publication du site : "
            "il n'est pas dans cet aperçu.",
            "en": "The leaflet as a PDF is made when the site is published: "
            "it is not in this preview.",
        },
        "charter": {
            "fr": "La charte en PDF est fabriquée à la publication du site : "
            "elle n'est pas dans cet aperçu.",
            "en": "The charter as a PDF is made when the site is published: "
            "it is not in this preview.",
        },
    }
    return f'<p class="e2c-download">{texts[document][language]}</p>'
