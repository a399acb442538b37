"""Hard words and easy pages in Chromium: an explanation opens by tap and by
keyboard, shows without JavaScript, and leads back; the "Facile à lire" link
shows on every page; axe finds nothing with an explanation open."""

from __future__ import annotations

import pytest
from axe_check import SCHEMES, axe_violations
from browsing import PHONE, VIEWPORTS
from e2c.content.loading import load_content
from site_helpers import PROJECT, slug

pytestmark = pytest.mark.browser

READING = load_content(PROJECT / "content").reading
WORDS = load_content(PROJECT / "content").interface
PREFIX = {"fr": "/", "en": "/en/"}


def first_page_with_a_term(page, base_url: str, language: str) -> str:
    for source in READING.trainee_pages:
        path = PREFIX[language] + slug(source)
        page.goto(base_url + path)
        if page.locator("a.e2c-term").count():
            return path
    pytest.fail(f"no page for young readers in {language} explains a word")


IN_VIEW = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
}"""


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_an_explanation_opens_by_tap_and_leads_back(new_context, base_url, language, javascript):
    page = new_context(viewport=PHONE, java_script_enabled=javascript, has_touch=True).new_page()
    first_page_with_a_term(page, base_url, language)
    term = page.locator("a.e2c-term").first
    target = term.get_attribute("href")
    term.tap()
    page.wait_for_function("(hash) => location.hash === hash", arg=target)
    page.wait_for_function(IN_VIEW, arg=target)
    explanation = page.locator(f"{target} + dd")
    assert explanation.is_visible() and len(explanation.inner_text().split()) >= 4
    explanation.locator("a").first.tap()
    back = f"{target}-texte"
    page.wait_for_function("(hash) => location.hash === hash", arg=back)
    page.wait_for_function(IN_VIEW, arg=back)


def test_an_explanation_opens_by_keyboard(new_context, base_url):
    page = new_context(viewport=PHONE).new_page()
    first_page_with_a_term(page, base_url, "fr")
    term = page.locator("a.e2c-term").first
    target = term.get_attribute("href")
    for _ in range(200):  # Tab until the word is focused, as a keyboard user does
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('e2c-term')"):
            break
    else:
        pytest.fail("the explained word cannot be reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_function("(hash) => location.hash === hash", arg=target)
    assert page.locator(f"{target} + dd").is_visible()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_axe_violation_with_an_explanation_open(new_context, base_url, viewport, scheme):
    page = new_context(viewport=VIEWPORTS[viewport], color_scheme=scheme).new_page()
    problems = []
    for language in ("fr", "en"):
        path = first_page_with_a_term(page, base_url, language)
        target = page.locator("a.e2c-term").first.get_attribute("href")
        page.goto(base_url + path + target)
        problems += axe_violations(page, f"{path}{target} [{viewport}, {scheme}]")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_easy_read_link_shows_first_on_every_page(site_pages, base_url, new_context, viewport):
    page = new_context(viewport=VIEWPORTS[viewport]).new_page()
    easy_pages = {PREFIX[lang] + slug(e.page) for e in READING.easy_pages for lang in PREFIX}
    wrong = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        link = page.locator("a.e2c-easy-link")
        box = link.bounding_box() if link.count() == 1 else None
        words = link.inner_text().strip() if box else ""
        easy_read = WORDS[site_page.language].easy_read
        expected = easy_read.back if site_page.path in easy_pages else easy_read.link
        if not box or box["y"] > 100 or words != expected:
            wrong.append(f"{site_page}: {box} {words!r}")
    assert not wrong, "\n".join(wrong)


def test_easy_pages_have_large_left_aligned_text_and_a_pictogram_per_part(base_url, new_context):
    page = new_context(viewport=PHONE).new_page()
    for easy in READING.easy_pages:
        for language in PREFIX:
            page.goto(base_url + PREFIX[language] + slug(easy.page))
            found = page.evaluate(
                """() => {
                  const texts = [...document.querySelectorAll('.e2c-easy p, .e2c-easy li')];
                  const parts = [...document.querySelectorAll('.e2c-easy h2')];
                  return {
                    smallest: Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize))),
                    aligns: [...new Set(texts.map(t => getComputedStyle(t).textAlign))],
                    parts: parts.length,
                    pictured: parts.filter(h => h.querySelector('svg[role=img][aria-label]')).length,
                  };
                }"""
            )
            where = f"{language} {easy.page}: {found}"
            assert found["smallest"] >= 18, where
            assert set(found["aligns"]) <= {"left", "start"}, where
            assert found["parts"] >= 2 and found["pictured"] == found["parts"], where
