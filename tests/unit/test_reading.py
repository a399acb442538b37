"""Which pages are for young readers, where their "Facile à lire" link leads,
and the pages content/reading.yml names that docs/ lacks."""

from __future__ import annotations

from content_helpers import FIXTURE_CONTENT, line_of
from e2c.content.loading import load_content
from e2c.content.reading import missing_pages, page_url, reader_page
from e2c.render.page_body import review_note

CONTENT = load_content(FIXTURE_CONTENT)
READING = CONTENT.reading


def test_page_urls_follow_the_directory_layout_of_each_language():
    assert page_url("index.md", "fr") == ""
    assert page_url("index.md", "en") == "en/"
    assert page_url("facile/index.md", "fr") == "facile/"
    assert page_url("facile/pour-qui.md", "en") == "en/facile/pour-qui/"


def test_a_page_with_an_easy_version_links_to_it_and_the_easy_page_links_back():
    full = reader_page(READING, "pour-qui.md", "fr")
    assert (full.kind, full.other_version, full.listen) == ("trainee", "facile/pour-qui/", True)
    easy = reader_page(READING, "facile/pour-qui.md", "en")
    assert (easy.kind, easy.easy, easy.other_version) == ("easy", True, "en/pour-qui/")


def test_another_page_leads_to_the_easy_home_and_has_no_listen_button():
    other = reader_page(READING, "mentions-legales.md", "fr")
    assert (other.kind, other.other_version, other.listen) == (None, "facile/", False)


def test_a_page_named_but_missing_gets_the_line_where_it_is_named():
    pages = {"index.md", "facile/index.md", "facile/pour-qui.md"}
    problems = missing_pages(READING, CONTENT.sources["reading.yml"], pages)
    assert [(p.line, p.field) for p in problems] == [
        (line_of(FIXTURE_CONTENT / "reading.yml", "trainee_pages"), "trainee_pages → n°2"),
        (line_of(FIXTURE_CONTENT / "reading.yml", "full: pour-qui.md"), "easy_pages → n°2 → full"),
    ]
    assert "la page docs/pour-qui.md n'existe pas" in problems[0].fr


def test_an_easy_page_says_who_checked_it_and_when_once_they_have():
    reviewed = reader_page(READING, "facile/pour-qui.md", "fr")
    assert reviewed.review is not None
    words = CONTENT.interface
    note = review_note(reviewed.review, words["fr"])
    assert note == (
        '<p class="e2c-review">Ce texte a été relu par Groupe de relecture de test, '
        "le 1er octobre 2026.</p>"
    )
    assert "checked by Groupe de relecture de test on 1 October 2026" in review_note(
        reviewed.review, words["en"]
    )
    assert review_note(reader_page(READING, "facile/index.md", "fr").review, words["fr"]) == ""
