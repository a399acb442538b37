"""A page's body once Markdown has made it HTML: its hard words explained, and
on an easy-to-read page, the frame of the easy style and who checked it."""

from __future__ import annotations

import html

from e2c.content.formats import format_date
from e2c.content.models import GlossaryFile, Review
from e2c.content.reading import ReaderPage
from e2c.render import glossary


def finished(
    page_html: str,
    words: GlossaryFile,
    language: str,
    glossary_href: str | None,
    reader: ReaderPage,
) -> str:
    """The body with the first use of each hard word linked to its explanation
    at the end (`glossary_href`: the page that lists them all)."""
    marked = glossary.mark_first_uses(page_html, words, language)
    body = marked.html + glossary.explanations(marked.terms, language, glossary_href, reader.easy)
    if not reader.easy:
        return body
    return f'<div class="e2c-easy">{body}{review_note(reader.review, language)}</div>'


def review_note(review: Review | None, language: str) -> str:
    """The line an easy page ends with once readers have checked it; nothing before."""
    if review is None or review.on is None:
        return ""
    when = format_date(review.on, language)
    who = html.escape(review.by or "", quote=False)
    if language == "fr":
        return f'<p class="e2c-review">Ce texte a été relu par {who}, le {when}.</p>'
    return f'<p class="e2c-review">This text was checked by {who} on {when}.</p>'
