"""The leaflet and the charter: one HTML body per document and language,
shown as a page of the site and printed to PDF with WeasyPrint at build.

A PDF is made only when its inputs change: its bytes are cached under a hash
of everything that goes into it (HTML, CSS, logo, WeasyPrint's version), so a
rebuild with nothing changed makes none. Beside it, the text each page starts
with (JSON), for the checks of e2c.publish.printability. File names are stable:
partners link to them.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from e2c.content.interface import escaped, fill
from e2c.content.loading import Content
from e2c.render import content_blocks, self_check
from e2c.render.text import blocks, inline


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
# In the project: the logo printed on them.
LOGO = Path("overrides") / "assets" / "images" / "logo.svg"
# What each document shows, from the project's folder: a page that shows or
# offers it changes when they do (e2c.render.page_sources).
SOURCES = {
    "leaflet": tuple(
        f"content/{name}"
        for name in (
            "leaflet.yml",
            "site.yml",
            "objectives.yml",
            "steps.yml",
            "partners.yml",
            "eligibility.yml",
            "figures.yml",
        )
    ),
    "charter": ("content/charter.yml", OFFICIAL_CHARTER.as_posix()),
}


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section><h2 id="{anchor}">{inline(title)}</h2>{body}</section>'


def _places_intro(content: Content, language: str) -> str:
    years = ", ".join(str(year) for year in sorted({p.year for p in content.site.places}))
    return fill(escaped(content.interface[language].documents.places), years=years)


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
    contact = content_blocks.contact(content, language)
    contact_html = contact.split("\n\n", 1)[1] if contact else ""
    sections = [
        _section("quoi", leaflet.what[language], blocks(site.description[language])),
        _section(
            "pour-qui",
            leaflet.who[language],
            self_check.conditions(content.eligibility, language, content.interface[language]),
        ),
        _section(
            "entrer",
            leaflet.join[language],
            content_blocks.joining_steps(content, language, "summary"),
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
            content_blocks.figures(content, language, "local")
            + content_blocks.figures(content, language, "national"),
        ),
        _section(
            "contact",
            leaflet.contact[language],
            content_blocks.website(content, language)
            + f"<p>{_places_intro(content, language)}</p>"
            + content_blocks.places(content, language)
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
    more = fill(escaped(content.interface[language].documents.official_charter), link=link)
    return (
        f"{blocks(charter.intro[language])}"
        f"<p><strong>{inline(charter.notice[language])}</strong></p>"
        f"<ol>{principles}</ol>"
        f'<p class="e2c-source"><em>{inline(charter.summary_source[language])}</em></p>'
        f"<p>{more}</p>"
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
