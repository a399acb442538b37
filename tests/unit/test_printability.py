"""The PDFs' checks (e2c.publish.printability) and where they can be made (e2c.publish.pdf_engine),
on small fixtures of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_helpers import FIXTURE_CONTENT
from e2c.content.loading import load_content
from e2c.content.yaml_source import load
from e2c.publish import pdf, pdf_engine
from e2c.publish.pdf import PageStart, Pdf
from e2c.publish.printability import drawable, too_many_pages, undrawable, visible_text
from e2c.render import documents
from e2c.render.markers import PageContext, replace_markers

ROCKET = "\U0001f680"  # an emoji the PDF's font (DejaVu Sans) does not have
ASCII = frozenset(range(0x20, 0x7F))

# A leaflet made of a heading, a title and a body; the note is on the website only.
DEMO = f"""\
heading:
  fr: Le parcours
  en: The path
title:
  fr: Bonjour {ROCKET}
  en: Hello
body:
  fr: |
    Un premier paragraphe assez long pour passer sur deux lignes.
    Il continue ici.
  en: A body.
note:
  fr: Sur le site seulement {ROCKET}
  en: On the website only
"""


def sources(text: str = DEMO) -> dict:
    return {"demo.yml": load(text, "content/demo.yml")}


def render_from(files: dict, label: str = "Nos chiffres : 12"):
    """What the fixture's leaflet prints, with the changes a check asks for."""

    def render(changes):
        data = changes.get("demo.yml", files["demo.yml"].data)
        return {
            ("leaflet", language): visible_text(
                f"<html><head><title>{data['note'][language]}</title></head><body>"
                f"<h2>{data['heading'][language]}</h2><h1>{data['title'][language]}</h1>"
                f"<p>{data['body'][language]}</p><p>{label}</p></body></html>"
            )
            for language in ("fr", "en")
        }

    return render


def test_visible_text_leaves_out_the_head_and_separates_blocks():
    text = visible_text("<html><head><title>T</title></head><body><p>a</p><p>b</p></body></html>")
    assert "T" not in text and text.split() == ["a", "b"]


def test_a_character_the_font_lacks_is_refused_in_a_printed_text_with_its_line():
    files = sources()
    [problem] = undrawable(files, render_from(files), ASCII)
    assert (problem.path, problem.line, problem.field) == ("content/demo.yml", 5, "title → fr")
    assert f"le caractère « {ROCKET} » (U+1F680) ne peut pas s'imprimer" in problem.fr
    assert "le dépliant" in problem.fr and "Retirez-le" in problem.fr
    assert f"the character '{ROCKET}' (U+1F680) cannot be printed" in problem.en


def test_a_text_shown_on_the_website_only_may_hold_any_character():
    files = sources(DEMO.replace(f"Bonjour {ROCKET}", "Bonjour"))
    assert undrawable(files, render_from(files), ASCII) == []


def test_white_space_and_invisible_format_characters_need_no_glyph():
    text = DEMO.replace(f"Bonjour {ROCKET}", "Bon\u00a0jour\u200d\u2060")
    files = sources(text.replace(f" {ROCKET}", ""))
    assert undrawable(files, render_from(files), ASCII) == []


def test_a_character_from_no_content_text_is_still_refused():
    files = sources(DEMO.replace(f"Bonjour {ROCKET}", "Bonjour"))
    [problem] = undrawable(files, render_from(files, label=f"Nos chiffres {ROCKET}"), ASCII)
    assert problem.path == "hooks/e2c/render/documents.py" and "U+1F680" in problem.fr


def leaflet(*starts: PageStart) -> Pdf:
    return Pdf(Path("leaflet.pdf"), starts)


FIRST = PageStart("Bonjour", "Bonjour", "")


def test_a_two_page_leaflet_passes():
    files = sources()
    second = PageStart("Le parcours", "Le parcours", "Le parcours")
    assert too_many_pages(files, render_from(files), "fr", leaflet(FIRST, second)) == []


def test_a_third_page_names_the_text_it_starts_with():
    files = sources()
    body = "Un premier paragraphe assez long pour passer sur deux lignes. Il continue ici."
    third = PageStart(body, "pour passer sur deux lignes.", "Le parcours")
    [problem] = too_many_pages(files, render_from(files), "fr", leaflet(FIRST, FIRST, third))
    assert (problem.path, problem.line, problem.field) == ("content/demo.yml", 8, "body → fr")
    assert problem.fr.startswith("le dépliant en français a 3 pages au lieu de 2 :")
    assert "la page 3 commence par « pour passer sur deux lignes. »" in problem.fr
    assert "Raccourcissez-le, ou raccourcissez un texte placé avant lui" in problem.fr
    assert "the French leaflet has 3 pages instead of 2" in problem.en


def test_a_third_page_that_starts_with_a_heading_says_to_shorten_what_comes_before():
    files = sources()
    third = PageStart("The path", "The path", "The path")
    pdf = leaflet(FIRST, FIRST, third, FIRST)
    [problem] = too_many_pages(files, render_from(files), "en", pdf)
    assert (problem.line, problem.field) == (3, "heading → en")
    assert "le dépliant en anglais a 4 pages au lieu de 2" in problem.fr
    assert "la section « The path », dont le titre est ici" in problem.fr


def test_a_third_page_starting_with_a_label_of_the_code_points_at_its_section():
    files = sources()
    third = PageStart("Nos chiffres : 12", "Nos chiffres : 12", "Le parcours")
    [problem] = too_many_pages(files, render_from(files), "fr", leaflet(FIRST, FIRST, third))
    assert (problem.line, problem.field) == (2, "heading → fr")
    assert "dans la section « Le parcours », dont le titre est ici" in problem.fr


def test_ci_requires_the_pdfs(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert pdf_engine.required()
    monkeypatch.setenv("CI", "1")
    assert not pdf_engine.required()
    monkeypatch.delenv("CI")
    assert not pdf_engine.required()


def test_the_notice_is_one_line_in_french_then_english():
    reason = pdf_engine.Unavailable("il manque pango", "pango is missing", "OSError: x")
    notice = reason.notice()
    assert "\n" not in notice
    assert notice.index("il manque pango") < notice.index("pango is missing")
    assert "fabriqués à la publication" in notice and pdf_engine.PACKAGES in notice
    assert "OSError: x" in reason.stop_message() and "CI=true" in reason.stop_message()


@pytest.fixture
def content():
    return load_content(FIXTURE_CONTENT)


def test_without_the_fonts_the_pdfs_cannot_be_made(monkeypatch, content, tmp_path):
    monkeypatch.setattr(pdf_engine, "font_files", lambda: None)
    reason = pdf_engine.unavailable(tmp_path, content)
    assert reason is not None and "fonts-dejavu-core" in reason.fr


def test_weasyprint_is_imported_only_when_a_pdf_is_not_cached(monkeypatch, content, tmp_path):
    monkeypatch.setattr(pdf_engine, "font_files", lambda: (Path("DejaVuSans.ttf"),))
    monkeypatch.setattr(documents, "to_print", lambda root, content: {("leaflet", "fr"): "<p>"})
    failure = pdf_engine.Unavailable("WeasyPrint ne se charge pas", "WeasyPrint does not load")
    monkeypatch.setattr(pdf_engine, "_import_failure", lambda: failure)
    monkeypatch.setattr(pdf, "is_cached", lambda html, cache_dir, dated=None: True)
    assert pdf_engine.unavailable(tmp_path, content) is None
    monkeypatch.setattr(pdf, "is_cached", lambda html, cache_dir, dated=None: False)
    assert pdf_engine.unavailable(tmp_path, content) is failure


def test_the_font_is_read_once_then_from_the_cache(tmp_path):
    fonts = pdf_engine.font_files()
    if fonts is None:
        pytest.fail("the DejaVu fonts are missing: 'make' installs fonts-dejavu-core.")
    characters = drawable(fonts, tmp_path)
    assert ord("é") in characters and ord(ROCKET) not in characters
    assert (tmp_path / "drawable.json").is_file()
    assert drawable(fonts, tmp_path) == characters


@pytest.mark.parametrize(("language", "words"), [("fr", "à la publication"), ("en", "published")])
def test_a_pdf_not_made_gives_a_text_instead_of_a_dead_link(content, language, words):
    context = PageContext("documents/", "" if language == "fr" else "en", {}, "")
    page = "docs/documents.md" if language == "fr" else "docs/documents.en.md"
    html, problems = replace_markers(
        "<!-- e2c:download leaflet -->", content, language, page, context=context
    )
    assert not problems and words in html and "href" not in html
