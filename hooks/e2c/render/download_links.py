"""The link to download a document, or what stands in its place in a preview."""

from __future__ import annotations

import html


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
    """In place of the link, where the PDFs cannot be made (see e2c.publish.pdf_engine)."""
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
