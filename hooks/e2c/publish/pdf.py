"""The leaflet and the charter printed to PDF with WeasyPrint, at build.

A PDF is made only when its inputs change: its bytes are cached under a hash
of everything that goes into it (HTML, CSS, logo, WeasyPrint's version), so a
rebuild with nothing changed makes none. Beside it, the text each page starts
with (JSON), for the checks of e2c.publish.printability.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from e2c.content.pages import FOLDERS
from e2c.publish.dates import w3c_time
from e2c.render.documents import DOCUMENTS

log = logging.getLogger("mkdocs.plugins.e2c")
CSS = Path(__file__).resolve().parent / "pdf.css"
# In the project: the PDFs made.
CACHE = Path(".cache") / "pdf"


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


def _cache_key(document_html: str, css: str, dated: int | None) -> str:
    parts = [document_html, css, _weasyprint_version(), "pdf/ua-1"]
    if dated is not None:  # the PDF's dates are in its bytes
        parts.append(f"dated {dated}")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _cached(document_html: str, cache_dir: Path, css: str, dated: int | None) -> tuple[Path, Path]:
    key = _cache_key(document_html, css, dated)
    return cache_dir / f"{key}.pdf", cache_dir / f"{key}.json"


def is_cached(document_html: str, cache_dir: Path, dated: int | None = None) -> bool:
    """Whether the PDF of `document_html`, dated `dated`, is in the cache (no
    WeasyPrint needed)."""
    css = CSS.read_text("utf-8")
    return all(path.exists() for path in _cached(document_html, cache_dir, css, dated))


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


def make_pdf(document_html: str, cache_dir: Path, name: str, dated: int | None = None) -> Pdf:
    """The PDF of `document_html` (`name` for the log), from the cache when its
    inputs are unchanged. `dated` (seconds since 1970, the build's
    SOURCE_DATE_EPOCH: e2c.publish.dates) is its creation and modification
    date; WeasyPrint writes none of its own, so the bytes depend on nothing else."""
    css = CSS.read_text(encoding="utf-8")
    pdf_path, layout_path = _cached(document_html, cache_dir, css, dated)
    if pdf_path.exists() and layout_path.exists():
        layout = json.loads(layout_path.read_text(encoding="utf-8"))
        return Pdf(pdf_path, tuple(PageStart(**start) for start in layout["pages"]))
    import weasyprint

    cache_dir.mkdir(parents=True, exist_ok=True)
    options = {"stylesheets": [weasyprint.CSS(string=css)], "pdf_variant": "pdf/ua-1"}
    document = weasyprint.HTML(string=document_html).render(**options)
    if dated is not None:
        document.metadata.created = document.metadata.modified = w3c_time(dated)
    starts = _page_starts(document)
    layout = {"pages": [asdict(start) for start in starts]}
    _write(layout_path, json.dumps(layout, ensure_ascii=False).encode())
    _write(pdf_path, document.write_pdf(**options))  # last: its presence means both are
    log.info("PDF made: %s", name)
    return Pdf(pdf_path, starts)


def publish(made: Mapping[str, Mapping[str, Path]], site_dir: Path) -> None:
    """Each PDF made (language -> document -> file) under its stable name, in
    its language's documents/ folder."""
    for language, documents in made.items():
        for document, path in documents.items():
            name = DOCUMENTS[document].files[language]
            target = site_dir / FOLDERS[language] / "documents" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
