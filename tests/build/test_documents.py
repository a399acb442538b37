"""The leaflet and the charter: PDFs made at build, from the content, accessible."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape

import pytest
from content_helpers import set_scalar
from e2c.content.interface import fill
from e2c.content.loading import load_content
from pypdf import PdfReader
from site_helpers import PROJECT, ROOT, build, copy_project, page_file

PDFS = {
    ("leaflet", "fr"): "documents/depliant-e2c-allier.pdf",
    ("leaflet", "en"): "en/documents/leaflet-e2c-allier.pdf",
    ("charter", "fr"): "documents/charte-e2c-france.pdf",
    ("charter", "en"): "en/documents/charter-e2c-france.pdf",
}
CONTENT = load_content(PROJECT / "content")


def key_texts(document: str, language: str) -> list[str]:
    """What each document must hold, read from content/ as it is now."""
    if document == "leaflet":
        sections = CONTENT.leaflet.sections
        first = CONTENT.eligibility.criteria[0].condition[language]
        return [sections.who[language], sections.join[language], first]
    return [CONTENT.charter.notice[language]]


def title(document: str, language: str) -> str:
    return {"leaflet": CONTENT.leaflet.title, "charter": CONTENT.charter.title}[document][language]


A4 = {"portrait": (595, 842), "landscape": (842, 595)}
ARTIFACTS = ROOT / "test-artifacts"


def text_of(reader: PdfReader) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize(("document", "language"), list(PDFS))
def test_pdf_holds_its_text_metadata_a4_pages_and_fonts(site_dir, document, language):
    path = site_dir / PDFS[document, language]
    assert path.stat().st_size < 500 * 1024
    reader = PdfReader(path)
    text = text_of(reader)
    for key in key_texts(document, language):
        assert " ".join(key.split()) in text, f"{path.name} lacks {key!r}"
    assert reader.metadata.title == title(document, language)
    assert reader.metadata.author
    assert reader.trailer["/Root"]["/Lang"] == language
    assert bool(reader.trailer["/Root"]["/MarkInfo"]["/Marked"])  # tagged for accessibility
    orientation = "landscape" if document == "leaflet" else "portrait"
    for page in reader.pages:
        size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        assert size == A4[orientation]
    if document == "leaflet":
        assert len(reader.pages) == 2
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"]
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object()
    ]
    assert "https://reseau-e2c.fr/" in links or "https://www.e2c-allier.fr/" in links


def test_first_pages_as_png_for_review(site_dir):
    if not shutil.which("pdftoppm"):
        pytest.fail("pdftoppm is missing: 'make test' installs poppler-utils.")
    ARTIFACTS.mkdir(exist_ok=True)
    for (document, language), relative in PDFS.items():
        target = ARTIFACTS / f"{document}-{language}"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(site_dir / relative),
                str(target),
            ],
            check=True,
        )
        assert target.with_suffix(".png").stat().st_size > 10_000


@pytest.mark.parametrize("language", ["fr", "en"])
def test_download_links_give_the_real_size(site_dir, language):
    html = page_file(site_dir, language, "documents/").read_text(encoding="utf-8")
    links = re.findall(
        r'<a class="md-button md-button--primary" href="([^"]+\.pdf)" download>([^<]+)</a>', html
    )
    assert len(links) == 2
    folder = site_dir / ("en/documents" if language == "en" else "documents")
    words = CONTENT.interface[language].documents
    labels = [words.download_leaflet, words.download_charter]
    for (href, label), download in zip(links, labels, strict=True):
        size = fill(words.size, size=str(max(1, round((folder / href).stat().st_size / 1024))))
        assert unescape(label) == f"{download} ({size})"


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def test_a_changed_value_changes_the_pdf(project, tmp_path):
    set_scalar(project / "content" / "leaflet.yml", ("sections", "path", "fr"), "Votre chemin")
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    text = text_of(PdfReader(tmp_path / "out" / PDFS["leaflet", "fr"]))
    assert "Votre chemin" in text


def test_a_second_build_with_nothing_changed_makes_no_pdf(project, tmp_path):
    first = build(project, tmp_path / "one")
    assert first.returncode == 0 and first.stderr.count("PDF made") == 4
    second = build(project, tmp_path / "two")
    assert second.returncode == 0 and "PDF made" not in second.stderr
    for relative in PDFS.values():
        assert (tmp_path / "one" / relative).read_bytes() == (
            tmp_path / "two" / relative
        ).read_bytes()


def test_the_official_charter_replaces_the_summary_when_staff_drop_it(project, tmp_path, site_dir):
    official = project / "content" / "documents" / "charte-e2c-france.pdf"
    official.parent.mkdir()
    shutil.copy(site_dir / PDFS["leaflet", "fr"], official)  # any PDF stands in for it
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    for language in ("fr", "en"):
        published = tmp_path / "out" / PDFS["charter", language]
        assert published.read_bytes() == official.read_bytes()
