"""Lighthouse (mobile profile) on every page: SEO, accessibility and best practices at 100.

Performance is measured by `make bench` (benchmarks/), not here: its score
depends on how busy the machine is, and no test asserts a time.
"""

from __future__ import annotations

import lighthouse
import pytest
from site_helpers import ROOT

pytestmark = pytest.mark.browser

CATEGORIES = ["seo", "accessibility", "best-practices"]


@pytest.fixture(scope="module")
def audits(site_pages, base_url) -> list[lighthouse.Audit]:
    if not (ROOT / "node_modules" / "lighthouse").exists():
        pytest.fail("Lighthouse is missing: run 'make test', which installs the node packages.")
    return lighthouse.audit([base_url + page.path for page in site_pages], CATEGORIES, quick=True)


def test_lighthouse_could_audit_every_page(audits):
    assert [f"{a.url}: {a.runtime_error}" for a in audits if a.runtime_error] == []


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_page_scores_100(audits, category):
    below = [audit for audit in audits if audit.scores[category] != 100]
    assert not below, f"Lighthouse {category} below 100:\n" + "\n".join(
        audit.explain() for audit in below
    )
