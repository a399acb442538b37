"""Whatever content/ holds, the built pages show it: each figure with its source
and year, each partner, each contact field that is filled (and no empty label
for one that is not)."""

from __future__ import annotations

import re

import pytest
from e2c.content.formats import format_number
from e2c.content.loading import load_content
from site_helpers import PROJECT, article_text, page_file
from staff_edits import folded, pages_with_marker

CONTENT = load_content(PROJECT / "content")
LANGUAGES = ("fr", "en")


def shown(site_dir, language: str, page: str) -> str:
    return folded(article_text(page_file(site_dir, language, page).read_text(encoding="utf-8")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_figure_is_shown_with_its_source_and_year(site_dir, language):
    for figure in CONTENT.figures.figures:
        pages = pages_with_marker(PROJECT, f"e2c:figures {figure.scope}")
        assert pages, f"no page shows the {figure.scope} figures"
        for page in pages:
            text = shown(site_dir, language, page)
            number = folded(format_number(figure.value, language))
            assert f"{number}" in text, f"/{language}/{page}: {figure.id}"
            assert folded(figure.label[language]) in text
            assert f"{figure.source.name}, {figure.year}" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_partner_is_shown(site_dir, language):
    for page in pages_with_marker(PROJECT, "e2c:partners"):
        text = shown(site_dir, language, page)
        for partner in CONTENT.partners.partners:
            assert folded(partner.name[language]) in text, partner.id


# Each field's label: content/interface.yml, `contact`.
LABELS = {
    language: {
        field: getattr(CONTENT.interface[language].contact, field)
        for field in ("phone", "email", "address")
    }
    for language in LANGUAGES
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_contact_field_filled_is_shown_and_an_empty_one_leaves_no_hole(site_dir, language):
    contact = CONTENT.site.contact
    for page in pages_with_marker(PROJECT, "e2c:contact"):
        text = shown(site_dir, language, page)
        html = page_file(site_dir, language, page).read_text(encoding="utf-8")
        # The page's own text: the share links below it mail the page to someone.
        html = html[html.index("<article") : html.index("</article>")]
        for field, label in LABELS[language].items():
            value = getattr(contact, field)
            if value:
                assert f"{label}" in text and folded(value) in text, field
            else:
                assert f"{label} :" not in text and f"{label}:" not in text, field
        assert ('href="tel:' in html) == bool(contact.phone)
        assert bool(re.search(r'href="mailto:[^?"]', html)) == bool(contact.email)
