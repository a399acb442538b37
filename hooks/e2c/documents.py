"""The leaflet and the charter: one HTML body per document and language,
shown as a page of the site and printed to PDF with WeasyPrint at build.

A PDF is made only when its inputs change: its bytes are cached under a hash
of everything that goes into it (HTML, CSS, logo, WeasyPrint's version), so a
rebuild with nothing changed makes none. File names are stable: partners link
to them.
"""

from __future__ import annotations

import hashlib
import html
import logging
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
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


@cache
def _weasyprint_version() -> str:
    """From the package's metadata (a search of the installed packages, once):
    importing WeasyPrint takes most of a second, spent only to make a PDF."""
    return version("weasyprint")


def make_pdf(document_html: str, cache_dir: Path) -> tuple[Path, bool]:
    """The PDF of `document_html`, from the cache when its inputs are unchanged.

    Returns the cached file and whether it was made now.
    """
    css = CSS.read_text(encoding="utf-8")
    key = hashlib.sha256(
        "\0".join((document_html, css, _weasyprint_version(), "pdf/ua-1")).encode()
    ).hexdigest()
    cached = cache_dir / f"{key}.pdf"
    if cached.exists():
        return cached, False
    import weasyprint

    cache_dir.mkdir(parents=True, exist_ok=True)
    pdf = weasyprint.HTML(string=document_html).write_pdf(
        stylesheets=[weasyprint.CSS(string=css)], pdf_variant="pdf/ua-1"
    )
    temporary = cached.with_suffix(".tmp")
    temporary.write_bytes(pdf)
    temporary.replace(cached)  # never a half-written file in the cache
    return cached, True


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
