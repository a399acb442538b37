"""The link to download a document, or what stands in its place in a preview."""

from __future__ import annotations

import html

from e2c.content.interface import Words, escaped, fill


def human_size(size: int, words: Words) -> str:
    """`PDF, 180 Ko` / `PDF, 180 KB`."""
    return fill(words.documents.size, size=str(max(1, round(size / 1024))))


def download_link(document: str, words: Words, href: str, size: int) -> str:
    """A link that says what the file is, its format and its real size."""
    labels = {
        "leaflet": words.documents.download_leaflet,
        "charter": words.documents.download_charter,
    }
    label = escaped(f"{labels[document]} ({human_size(size, words)})")
    return (
        f'<p class="e2c-download"><a class="md-button md-button--primary" href="{html.escape(href)}" '
        f"download>{label}</a></p>"
    )


def pending_link(document: str, words: Words) -> str:
    """In place of the link, where the PDFs cannot be made (see e2c.publish.pdf_engine)."""
    texts = {"leaflet": words.documents.leaflet_pending, "charter": words.documents.charter_pending}
    return f'<p class="e2c-download">{escaped(texts[document])}</p>'
