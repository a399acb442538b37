"""A second accessibility engine: pa11y with HTML_CodeSniffer (WCAG 2 AA), the
one the French state's design system runs in its CI, finds no error on any
page, in either language."""

from __future__ import annotations

import pytest
from pa11y import errors
from site_helpers import ROOT

pytestmark = pytest.mark.browser


def test_pa11y_finds_no_error_on_any_page(site_pages, base_url):
    if not (ROOT / "node_modules" / "pa11y").exists():
        pytest.fail("pa11y is missing: run 'make test', which installs the node packages.")
    found = errors([base_url + page.path for page in site_pages])
    problems = [
        f"{url}: {issue['code']}\n  {issue['selector']}\n  {issue['message']}"
        for url, issues in found.items()
        for issue in issues
    ]
    assert not problems, "\n".join(problems)
