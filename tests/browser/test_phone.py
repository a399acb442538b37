"""On a 360 px phone: no sideways scrolling, and targets big enough for a thumb."""

from __future__ import annotations

import pytest
from browsing import PHONE
from e2c.content.loading import load_content
from site_helpers import PROJECT

pytestmark = pytest.mark.browser
RULES = load_content(PROJECT / "content").eligibility

MIN_TARGET = 44  # CSS px, WCAG 2.5.5
# Buttons and navigation links; links inside running text are exempt (WCAG 2.5.8).
TARGETS = (
    "button, .md-button, .md-header__button, .md-nav__link, .md-select__link, "
    ".md-footer__link, .md-source, .md-search-result__link, .md-top"
)

SMALL_TARGETS_JS = """
([selector, minimum]) => [...document.querySelectorAll(selector)]
  .filter(e => e.checkVisibility({visibilityProperty: true, opacityProperty: true}))
  .map(e => [e, e.getBoundingClientRect()])
  .filter(([e, box]) => box.width > 0 && (box.width < minimum || box.height < minimum))
  .map(([e, box]) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} `
       + `"${(e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 30)}" `
       + `${Math.round(box.width)}x${Math.round(box.height)}`)
"""


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_no_page_scrolls_sideways(site_pages, base_url, new_context, javascript):
    page = new_context(viewport=PHONE, java_script_enabled=javascript).new_page()
    wide = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide.append(f"{site_page}: {width} px wide")
    assert not wide, "\n".join(wide)


def test_buttons_and_navigation_links_are_big_enough(site_pages, base_url, new_context):
    page = new_context(viewport=PHONE).new_page()
    small = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        found = page.evaluate(SMALL_TARGETS_JS, [TARGETS, MIN_TARGET])
        # The menu's links, once it is open.
        page.locator("[data-e2c-toggle=__drawer]").click()
        page.locator(".md-sidebar--primary .md-nav__link").first.wait_for()
        found += page.evaluate(SMALL_TARGETS_JS, [TARGETS, MIN_TARGET])
        small += [f"{site_page}: {target}" for target in sorted(set(found))]
    assert not small, "\n".join(small)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_home_page_first_screen_says_what_for_whom_and_what_to_do(
    new_context, base_url, language
):
    page = new_context(viewport=PHONE).new_page()
    page.goto(base_url + ("/en/" if language == "en" else "/"))
    age = str(int(next(c for c in RULES.criteria if c.id == "age").rule.value))
    on_screen = page.evaluate(
        """([age]) => {
          const inView = (el) => el && el.getBoundingClientRect().bottom <= innerHeight;
          const button = document.querySelector("article a.md-button--primary");
          const said = [...document.querySelectorAll("article p")].find((p) => p.textContent.includes(age));
          return {
            title: inView(document.querySelector("article h1")),
            check: inView(button) && button.getAttribute("href").includes("suis-je-eligible"),
            age: inView(said),
          };
        }""",
        [age],
    )
    assert on_screen == {"title": True, "check": True, "age": True}, on_screen
