"""axe-core, WCAG 2.0 and 2.1 levels A and AA, on every page: light and dark, phone and desktop."""

from __future__ import annotations

import pytest
from conftest import PHONE, VIEWPORTS
from site_helpers import ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = {"light": "default", "dark": "slate"}


def axe_violations(page, where: str) -> list[str]:
    """axe's findings on the page as it is now, one line per element."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run 'make test', which installs the node packages.")
    # Colours mid-transition (a button fading after a click) are not what a reader sees.
    # A function, not an expression: Playwright evaluates expressions with
    # eval(), which the site's policy blocks.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    # Through the DevTools protocol, not a <script> tag, which the site's
    # Content-Security-Policy rightly blocks.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        f"{where}: {violation['id']} ({violation['help']}) at {', '.join(map(str, node['target']))}"
        f"\n    {node['failureSummary'].splitlines()[-1].strip()}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


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
