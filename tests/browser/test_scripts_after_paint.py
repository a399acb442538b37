"""The start script each page holds (hooks/e2c/publish/page_start.js): the
palette before the page shows, the site's scripts only after, and nothing
that moves when they arrive."""

from __future__ import annotations

import re

import pytest
from browsing import DESKTOP, PHONE
from self_check_form import PAGE

pytestmark = pytest.mark.browser

SITE_SCRIPTS = re.compile(r"/assets/javascripts/(site|bundle)\.[0-9a-f]+(\.min)?\.js$")


def without_site_scripts(context) -> None:
    """The context's pages as a reader sees them before their scripts arrive."""
    context.route(SITE_SCRIPTS, lambda route: route.abort())


# The palette on <body> when the page has been read (the real DOMContentLoaded).
SCHEME_WHEN_READ = """
document.addEventListener("DOMContentLoaded", (event) => {
  if (event.isTrusted) window.__schemeWhenRead = document.body.dataset.mdColorScheme;
});
"""


def test_the_chosen_palette_is_set_before_any_script_file_arrives(
    base_url, new_context, site_pages
):
    context = new_context(viewport=DESKTOP, color_scheme="light")
    context.add_init_script(SCHEME_WHEN_READ)
    page = context.new_page()
    page.goto(base_url + "/")
    page.locator("[data-md-component=palette] label:visible").first.click()
    chosen = page.locator("body").get_attribute("data-md-color-scheme")
    assert chosen == "slate"
    without_site_scripts(context)
    pages = [site_page for site_page in site_pages if not site_page.is_404]
    for site_page in (pages[len(pages) // 2], pages[-1]):
        response = page.goto(base_url + site_page.path, wait_until="load")
        assert response is not None and response.ok, site_page
        assert page.evaluate("window.__schemeWhenRead") == chosen, site_page
        assert page.locator("body").get_attribute("data-md-color-scheme") == chosen, site_page
        assert page.evaluate("document.documentElement.classList.contains('no-js')"), site_page


def test_the_site_scripts_are_fetched_after_the_page_has_loaded_and_material_starts(
    base_url, new_context
):
    page = new_context(viewport=PHONE).new_page()
    assert page.goto(base_url + "/en/").ok
    timing = page.evaluate(
        """() => ({
          load: performance.getEntriesByType("navigation")[0].loadEventEnd,
          scripts: performance.getEntriesByType("resource")
            .filter((entry) => entry.initiatorType === "script")
            .map((entry) => [entry.name, entry.startTime]),
        })"""
    )
    names = [name for name, _ in timing["scripts"] if SITE_SCRIPTS.search(name)]
    assert len(names) == 2 and "/site." in names[0] and "/bundle." in names[1], timing
    assert all(start >= timing["load"] for _, start in timing["scripts"]), timing
    # Material started, on the DOMContentLoaded sent again: its palette toggle works.
    assert page.evaluate("document.documentElement.classList.contains('js')")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("[data-md-component=palette] label:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") != scheme


@pytest.mark.parametrize("language", PAGE)
def test_the_self_check_form_does_not_move_when_its_script_arrives(base_url, new_context, language):
    def form_box(scripts: bool) -> dict:
        context = new_context(viewport=PHONE)
        if not scripts:
            without_site_scripts(context)
        page = context.new_page()
        assert page.goto(base_url + PAGE[language], wait_until="load").ok
        assert page.locator("#e2c-check").is_visible()
        return page.locator("#e2c-check").bounding_box()

    assert form_box(scripts=False) == form_box(scripts=True)
