"""What each marker of a page becomes: Markdown and HTML built from content/.

Every function takes the content and the page's language and returns a piece
of Markdown. Values pass through `e2c.render.text`, which escapes them. Headings are
Markdown (so they reach the table of contents, with stable ids); the rest is
HTML blocks, which Markdown leaves as they are.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from itertools import groupby

from e2c.content import icons
from e2c.content.formats import format_number
from e2c.content.interface import Words, escaped, fill
from e2c.content.loading import Content
from e2c.content.models import FINDER_LINK, Figure, Item
from e2c.render.text import blocks, inline

NBSP = "\u00a0"


def _heading(level: int, text: str, anchor: str) -> str:
    # Markdown heading: escape what Markdown or attr_list would read as syntax.
    safe = re.sub(r"([\\`*_{}\[\]()#+!|<>&])", r"\\\1", text)
    return f"{'#' * level} {safe} {{ #{anchor} }}"


def _numbered(items: Sequence[Item], language: str) -> str:
    rows = "".join(
        f'<li id="{item.id}"><strong>{inline(item.title[language])}</strong>'
        f"{blocks(item.text[language])}</li>"
        for item in items
    )
    return f'<ol class="e2c-steps">{rows}</ol>'


def objectives(content: Content, language: str) -> str:
    return _numbered(content.objectives.objectives, language)


def joining_steps(content: Content, language: str, which: str = "all") -> str:
    steps = content.steps.joining
    if which == "summary":
        steps = [step for step in steps if step.summary]
    return _numbered(steps, language)


def path_steps(content: Content, language: str) -> str:
    return _numbered(content.steps.path, language)


def step(content: Content, language: str, step_id: str) -> str:
    for item in (*content.steps.joining, *content.steps.path):
        if item.id == step_id:
            return blocks(item.text[language])
    raise LookupError(step_id)


def partners(content: Content, language: str) -> str:
    parts = []
    for kind in content.partners.kinds:
        members = [p for p in content.partners.partners if p.kind == kind.id]
        if not members:
            continue
        parts.append(_heading(2, kind.name[language], kind.id))
        if kind.text:
            parts.append(blocks(kind.text[language]))
        for partner in members:
            parts.append(_heading(3, partner.name[language], partner.id))
            parts.append(blocks(partner.role[language]))
            if partner.link:
                label = escaped(content.interface[language].common.website)
                url = html.escape(partner.link)
                parts.append(
                    f'<p>{label}{" :" if language == "fr" else ":"} <a href="{url}">{url}</a></p>'
                )
    return "\n\n".join(parts)


def _figure(figure: Figure, language: str, words: Words) -> str:
    number = format_number(figure.value, language)
    if figure.unit == "%":
        number += f"{NBSP}%" if language == "fr" else "%"
    qualifiers = {"about": words.figures.about, "more-than": words.figures.more_than}
    if figure.qualifier:
        number = f"{escaped(qualifiers[figure.qualifier])} {number}"
    return f"<li><strong>{number}</strong> {inline(figure.label[language])}</li>"


def figures(content: Content, language: str, scope: str) -> str:
    words = content.interface[language]
    chosen = [f for f in content.figures.figures if f.scope == scope]
    chosen.sort(key=lambda f: -f.year)
    parts = []
    for (year, source), group in groupby(chosen, key=lambda f: (f.year, f.source.name)):
        if scope == "national":
            intro = fill(escaped(words.figures.national), year=str(year))
        else:
            intro = escaped(words.figures.local)
        items = "".join(_figure(figure, language, words) for figure in group)
        label = escaped(words.common.source)
        parts.append(
            f"<p>{intro}</p><ul>{items}</ul>"
            f'<p class="e2c-source"><em>{label} {inline(source)}, {year}.</em></p>'
        )
    return "\n\n".join(parts)


def places(content: Content, language: str) -> str:
    rows = []
    for place in content.site.places:
        text = inline(place.town)
        if place.note:
            text += f", {inline(place.note[language])}"
        if place.address:
            text += (
                f" : {inline(place.address)}" if language == "fr" else f": {inline(place.address)}"
            )
        rows.append(f"<li>{text}</li>")
    years = sorted({place.year for place in content.site.places})
    sources = sorted({place.source.name for place in content.site.places})
    label = escaped(content.interface[language].common.source)
    source = f"{', '.join(map(inline, sources))}, {', '.join(map(str, years))}"
    return f'<ul>{"".join(rows)}</ul><p class="e2c-source"><em>{label} {source}.</em></p>'


def website(content: Content, language: str) -> str:
    url = html.escape(content.site.website)
    shown = re.sub(r"^https://|/$", "", content.site.website)
    return f'<p><a href="{url}">{html.escape(shown)}</a></p>'


def _fields(rows: list[tuple[str, str | None]], language: str) -> str:
    separator = " :" if language == "fr" else ":"
    known = [(label, value) for label, value in rows if value]
    if not known:
        return ""
    return (
        '<ul class="e2c-fields">'
        + "".join(f"<li>{label}{separator} {value}</li>" for label, value in known)
        + "</ul>"
    )


def contact(content: Content, language: str) -> str:
    c = content.site.contact
    phone = email = None
    if c.phone:
        digits = re.sub(r"[^0-9+]", "", c.phone)
        phone = f'<a href="tel:{html.escape(digits)}">{inline(c.phone)}</a>'
    if c.email:
        email = f'<a href="mailto:{html.escape(c.email)}">{inline(c.email)}</a>'
    words = content.interface[language]
    labels = (
        words.contact.phone,
        words.contact.email,
        words.contact.address,
        words.contact.opening_hours,
    )
    hours = inline(c.opening_hours[language]) if c.opening_hours else None
    address = inline(c.address) if c.address else None
    values = (phone, email, address, hours)
    fields = _fields(
        [(escaped(label), value) for label, value in zip(labels, values, strict=True)], language
    )
    return f"{_heading(2, words.contact.title, 'joindre')}\n\n{fields}" if fields else ""


def legal(content: Content, language: str) -> str:
    legal_fields = content.site.legal
    host = legal_fields.host
    host_text = ", ".join(inline(v) for v in (host.name, host.address, host.phone) if v) or None
    publisher = (
        ", ".join(inline(v) for v in (legal_fields.publisher, legal_fields.publisher_address) if v)
        or None
    )
    director = inline(legal_fields.director) if legal_fields.director else None
    words = content.interface[language]
    labels = (words.legal.publisher, words.legal.director, words.legal.host)
    values = (publisher, director, host_text)
    fields = _fields(
        [(escaped(label), value) for label, value in zip(labels, values, strict=True)], language
    )
    return f"{_heading(2, words.legal.title, 'editeur')}\n\n{fields}" if fields else ""


# The addresses a partner passes on, in the order of the text: (path, label).
def _shared_links(words: Words) -> tuple[tuple[str, str], ...]:
    return (
        ("", words.share_text.website),
        ("suis-je-eligible/", words.share_text.self_check),
        ("candidater/", words.share_text.apply),
        ("documents/depliant/", words.share_text.leaflet),
    )


def share_text(content: Content, site_url: str, page_language: str = "fr") -> str:
    """A short text with the site's stable links, in French and in English, to copy:
    a button copies it where the script runs; without it, the text is selectable."""
    page_words = content.interface[page_language]
    button, copied = escaped(page_words.share_text.copy_text), escaped(page_words.share_text.copied)
    parts = []
    for language, folder in (("fr", ""), ("en", "en/")):
        words = content.interface[language]
        separator = " : " if language == "fr" else ": "
        links = "\n".join(
            f"{label}{separator}{site_url}{folder}{path}" for path, label in _shared_links(words)
        )
        text = f"{content.site.description[language]}\n\n{links}"
        heading = escaped(words.share_text.heading)
        parts.append(
            f'<p><strong lang="{language}">{heading}</strong></p>'
            f'<pre class="e2c-copy" id="partage-{language}" lang="{language}" tabindex="0">'
            f"{html.escape(text)}</pre>"
            f'<p class="e2c-js-only" hidden><button type="button" class="md-button" '
            f'data-e2c-copy-text="partage-{language}" data-e2c-copied="{copied}">{button}</button> '
            f'<span class="e2c-copy-status" role="status"></span></p>'
        )
    return "".join(parts)


def link(content: Content, language: str, link_id: str) -> str:
    """A site to act on (content/links.yml): a button, then what the reader finds there."""
    chosen = next(item for item in content.links.links if item.id == link_id)
    url = html.escape(chosen.url)
    text = blocks(chosen.text[language]) if chosen.text else ""
    return (
        f'<div class="e2c-act"><p><a class="md-button md-button--primary" href="{url}">'
        f"{inline(chosen.label[language])}</a></p>{text}</div>"
    )


def _footer_pages(words: Words) -> tuple[tuple[str, str], ...]:
    """The pages every reader may need, by their address from the language's home
    (stable: partners link to them too)."""
    return (
        (words.footer.contact, "contact/"),
        (words.footer.documents, "documents/"),
        (words.footer.referring, "orienter-un-jeune/"),
        (words.footer.legal, "mentions-legales/"),
        (words.footer.personal_data, "donnees-personnelles/"),
        (words.footer.accessibility, "accessibilite/"),
    )


def footer(content: Content, language: str, folder: str) -> dict[str, object]:
    """What the footer of every page shows: the school's contact (what is known),
    a way to find an adviser, and the pages every reader may need."""
    c = content.site.contact
    known = []
    if c.phone:
        known.append((c.phone, "tel:" + re.sub(r"[^0-9+]", "", c.phone)))
    if c.email:
        known.append((c.email, f"mailto:{c.email}"))
    if c.address:
        known.append((c.address, ""))
    # The schema keeps this link (models.FINDER_LINK): a rename is a staff message.
    finder = next(link for link in content.links.links if link.id == FINDER_LINK)
    words = content.interface[language]
    prefix = f"{folder}/" if folder else ""
    # The template writes them as they are: the words are escaped here.
    return {
        "name": content.site.name[language],
        "contact_title": escaped(words.contact.title),
        "contact": known,
        "finder": (finder.label[language], finder.url),
        "pages_title": escaped(words.footer.useful_pages),
        "pages": [(escaped(label), prefix + path) for label, path in _footer_pages(words)],
    }


def typical_path(content: Content, language: str) -> str:
    """How a path goes in the network's schools: each fact beside its pictogram."""
    data = content.typical_path
    items = "".join(
        f"<li>{icons.svg(fact.icon) or ''}<span>{inline(fact.text[language])}</span></li>"
        for fact in data.facts
    )
    label = escaped(content.interface[language].common.source)
    return (
        f'<ul class="e2c-facts">{items}</ul>'
        f'<p class="e2c-source"><em>{label} {inline(data.source.name)}.</em></p>'
    )
