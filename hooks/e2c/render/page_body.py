"""A page's body once Markdown has made it HTML: its hard words explained, and
on an easy-to-read page, the frame of the easy style and who checked it."""

from __future__ import annotations

import html
from datetime import date

from markupsafe import Markup

from e2c.content.formats import format_date
from e2c.content.interface import Words, escaped, fill
from e2c.content.models import GlossaryFile, Review
from e2c.content.reading import ReaderPage
from e2c.render import glossary, page_sources


def finished(
    page_html: str,
    terms: GlossaryFile,
    language: str,
    glossary_href: str | None,
    reader: ReaderPage,
    words: Words,
    shows: set[str] | None = None,
) -> str:
    """The body with the first use of each hard word linked to its explanation
    at the end (`glossary_href`: the page that lists them all); `words`, the
    interface's in the page's language. The content files what it adds comes
    from are added to `shows`, which dates the page (e2c.render.page_sources)."""
    shows = set() if shows is None else shows
    marked = glossary.mark_first_uses(page_html, terms, language)
    body = marked.html + glossary.explanations(
        marked.terms, language, glossary_href, words, reader.easy
    )
    if marked.terms:
        shows.add(page_sources.GLOSSARY)
    if not reader.easy:
        return body
    note = review_note(reader.review, words)
    if note:
        shows.add(page_sources.READING)
    return f'<div class="e2c-easy">{body}{note}</div>'


def updated_note(day: date, words: Words) -> dict[str, Markup]:
    """What the end of every page says of its last change, for the template
    (overrides/main.html): "Mis à jour le" and the date, in a <time> element;
    each part escaped once."""
    before, after = words.dates.updated.split("{date}", 1)
    return {
        "before": Markup(escaped(before)),
        "datetime": Markup(day.isoformat()),
        "date": Markup(escaped(format_date(day, words))),
        "after": Markup(escaped(after)),
    }


def review_note(review: Review | None, words: Words) -> str:
    """The line an easy page ends with once readers have checked it; nothing before."""
    if review is None or review.on is None:
        return ""
    note = escaped(words.easy_read.reviewed)
    when = html.escape(format_date(review.on, words), quote=False)
    who = html.escape(review.by or "", quote=False)
    return f'<p class="e2c-review">{fill(note, by=who, date=when)}</p>'
