"""What every page costs on the wire, as nginx sends it over HTTP/1.1 (issue 17):
a first visit within the budget of requests and bytes, headers counted, and a
second page of the same visit fetching nothing but itself.

Counts and sizes, never times: `benchmarks/page_weight.py` measures the same
way (tests/wire_weight.py) and reports the figures.
"""

from __future__ import annotations

import pytest
from wire_weight import MAX_KB_WITH_HEADERS, MAX_REQUESTS, PageWeight, measure

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def weights(site_dir, browser) -> list[PageWeight]:
    # "networkidle" alone: a script's request at start comes before it.
    return measure(site_dir, settle_ms=0, browser=browser)


def test_every_page_is_measured(weights, site_pages):
    assert {weight.path for weight in weights} >= {page.path for page in site_pages}


def test_every_first_visit_is_within_the_budget(weights):
    over = [
        f"{weight.path}: {weight.first.requests} requests, "
        f"{weight.first.with_headers_kilobytes} KB with headers: {weight.first.files}"
        for weight in weights
        if weight.first.requests > MAX_REQUESTS
        or weight.first.with_headers_kilobytes > MAX_KB_WITH_HEADERS
    ]
    assert not over, (
        f"Page trop lourde pour un téléphone : plus de {MAX_REQUESTS} fichiers ou de "
        f"{MAX_KB_WITH_HEADERS} Ko au premier chargement. Raccourcissez la page, ou "
        "partagez-la en deux pages. (Over the first-visit budget:)\n" + "\n".join(over)
    )


def test_a_second_page_of_the_visit_costs_only_its_html(weights):
    more = [
        f"{weight.path}: {weight.repeat.files}"
        for weight in weights
        if [path for path, _ in weight.repeat.files] != [weight.path]
    ]
    assert not more, "fetched again on a second page:\n" + "\n".join(more)
