import pytest
from content_helpers import FIXTURE_CONTENT
from e2c.content.formats import format_number
from e2c.content.loading import load_content
from e2c.render import content_blocks


@pytest.fixture(scope="module")
def content():
    return load_content(FIXTURE_CONTENT)


def test_numbers_follow_each_language():
    assert format_number(17165, "fr") == "17\u00a0165"
    assert format_number(17165, "en") == "17,165"
    assert format_number(2.5, "fr") == "2,5"


def test_figures_carry_their_source_and_year(content):
    html = content_blocks.figures(content, "en", "national")
    assert "<strong>17,165</strong> trainees" in html
    assert "<strong>61%</strong> positive exits" in html
    assert "Source: Réseau E2C France (ash.tm.fr), 2024." in html
    assert "Source: Onisep, 2023." in html
    local = content_blocks.figures(content, "fr", "local")
    assert "<strong>environ 150</strong> stagiaires par an" in local
    assert "<strong>plus de 60\u00a0%</strong>" in local
    assert "France 3 Auvergne-Rhône-Alpes, 2023" in local


def test_summary_steps_are_the_ones_flagged(content):
    html = content_blocks.joining_steps(content, "fr", "summary")
    assert html.count("<li id=") == sum(step.summary for step in content.steps.joining)
    assert 'id="confirmation"' not in html
    assert 'id="confirmation"' in content_blocks.joining_steps(content, "fr")


def test_unknown_fields_are_not_shown(content):
    # The school's contact and legal details are not known yet: nothing is shown.
    assert content_blocks.contact(content, "fr") == ""
    assert content_blocks.legal(content, "en") == ""


def test_known_contact_fields_are_shown_with_a_heading(content):
    contact = content.site.contact.model_copy(update={"phone": "04 00 00 00 00"})
    site = content.site.model_copy(update={"contact": contact})
    changed = content.__class__(**{**content.__dict__, "site": site})
    html = content_blocks.contact(changed, "fr")
    assert html.startswith("## Joindre l'école { #joindre }")
    assert '<a href="tel:0400000000">04 00 00 00 00</a>' in html
    assert "Courriel" not in html


def test_partner_headings_keep_their_ids_and_escape_markdown(content):
    markdown = content_blocks.partners(content, "fr")
    assert "### Les missions locales { #missions-locales }" in markdown
    assert "## Ils orientent vers l'école { #orientation }" in markdown
    assert content_blocks._heading(2, "A {#x} *b*", "y") == "## A \\{\\#x\\} \\*b\\* { #y }"
