"""With JavaScript off, every page shows all its content and the navigation works."""

from __future__ import annotations

import pytest
from browsing import DESKTOP, PHONE

pytestmark = pytest.mark.browser

# Every block of text a page can hold (controls that only work with
# JavaScript, such as "copy the link", are hidden without it on purpose).
CONTENT = (
    "article :is(h1, h2, h3, h4, p, li, td, th, a.md-button):not(.e2c-js-only, .e2c-js-only *)"
)


def test_every_page_shows_its_whole_content(site_pages, base_url, new_context):
    page = new_context(viewport=PHONE, java_script_enabled=False).new_page()
    problems = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        blocks = page.locator(CONTENT)
        hidden = blocks.evaluate_all(
            "els => els.filter(e => !e.checkVisibility({visibilityProperty: true}))"
            ".map(e => e.outerHTML.slice(0, 80))"
        )
        if blocks.count() < 2 or hidden:
            problems.append(f"{site_page}: {blocks.count()} blocks, hidden: {hidden}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("start", "section", "link", "arrival"),
    [
        ("/", "À propos du site", "Mentions légales", "/mentions-legales/"),
        ("/en/", "About this site", "Legal notice", "/en/mentions-legales/"),
    ],
)
def test_phone_menu_works_without_javascript(base_url, new_context, start, section, link, arrival):
    page = new_context(viewport=PHONE, java_script_enabled=False).new_page()
    page.goto(base_url + start)
    drawer = page.locator(".md-sidebar--primary")
    page.locator(".md-header label[for=__drawer]").click()
    drawer.locator("label.md-nav__link", has_text=section).click()
    drawer.get_by_role("link", name=link, exact=True).click()
    page.wait_for_url(base_url + arrival)


def test_desktop_navigation_is_visible_without_javascript(base_url, new_context):
    page = new_context(viewport=DESKTOP, java_script_enabled=False).new_page()
    page.goto(base_url + "/en/")
    page.locator(".md-sidebar--primary").get_by_role("link", name="How to apply").click()
    page.wait_for_url(base_url + "/en/candidater/")


def test_the_self_check_without_javascript_shows_the_conditions_and_no_dead_form(browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in ("/suis-je-eligible/", "/en/suis-je-eligible/"):
        page.goto(base_url + path)
        assert not page.locator("#e2c-check").is_visible()
        assert page.locator(".e2c-conditions").is_visible()
        assert page.locator(".e2c-noscript").is_visible()
    context.close()
