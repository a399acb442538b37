"""axe-core, WCAG 2.0 and 2.1 levels A and AA, on every page: light and dark, phone and desktop."""

from __future__ import annotations

import pytest
from axe_check import SCHEMES, axe_violations
from browsing import PHONE, VIEWPORTS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_axe_violation_on_any_page(site_pages, base_url, new_context, viewport, scheme):
    context = new_context(viewport=VIEWPORTS[viewport], color_scheme=scheme)
    page = context.new_page()
    problems: list[str] = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        assert page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme]
        problems += axe_violations(page, f"{site_page} [{viewport}, {scheme}]")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", ["/", "/en/"])
def test_no_axe_violation_with_menu_or_search_open(base_url, new_context, path, scheme):
    context = new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    page.locator("[data-e2c-toggle=__drawer]").click()
    problems = axe_violations(page, f"{path} [phone, {scheme}, menu open]")
    page.goto(base_url + path, wait_until="networkidle")
    page.locator("[data-e2c-toggle=__search]").click()
    page.keyboard.type("motivation", delay=30)
    page.locator(".md-search-result__item").first.wait_for()
    problems += axe_violations(page, f"{path} [phone, {scheme}, search open]")
    assert not problems, "\n".join(problems)
