"""What every page costs on the wire, as nginx sends it over HTTP/1.1 (issue 17):
a first visit within the budget of requests and bytes, headers counted, and a
second page of the same visit fetching nothing but itself.

Counts and sizes, never times: `benchmarks/page_weight.py` measures the same
way (tests/wire_weight.py) and reports the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from e2c.content.page_rules import address_of
from site_helpers import PROJECT
from wire_weight import MAX_KB_WITH_HEADERS, MAX_REQUESTS, PageWeight, Visit, measure

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def weights(site_dir, browser) -> list[PageWeight]:
    # "networkidle" alone: a script's request at start comes before it.
    return measure(site_dir, settle_ms=0, browser=browser)


def test_every_page_is_measured(weights, site_pages):
    assert {weight.path for weight in weights} >= {page.path for page in site_pages}


def sources(project: Path) -> dict[str, str]:
    """The Markdown file of each page, by URL path: what a staff member edits."""
    docs = project / "docs"
    return {
        address_of(file.relative_to(docs).as_posix()): file.relative_to(project).as_posix()
        for file in sorted(docs.rglob("*.md"))
    }


def over_budget(weight: PageWeight, source: str | None) -> str:
    """What a staff member reads when a page is over: the file to shorten, or
    that the page's text is not the cause."""
    first = weight.first
    where = f"{source} ({weight.path})" if source else weight.path
    if first.requests > MAX_REQUESTS:
        return (
            f"{where} : {first.requests} fichiers au premier chargement, pour {MAX_REQUESTS} au "
            "plus. Le texte de la page n'y est pour rien : signalez-le à l'équipe technique. "
            f"{first.files}"
        )
    return (
        f"{where} : {first.with_headers_kilobytes} Ko au premier chargement, pour "
        f"{MAX_KB_WITH_HEADERS} au plus. Raccourcissez la page, ou partagez-la en deux pages. "
        f"{first.files}"
    )


def test_every_first_visit_is_within_the_budget(weights):
    found = sources(PROJECT)
    over = [
        over_budget(weight, found.get(weight.path))
        for weight in weights
        if not weight.first.within_budget
    ]
    assert not over, "Page trop lourde pour un téléphone :\n" + "\n".join(over)


def test_a_page_over_the_budget_is_named_by_the_file_to_edit():
    heavy = Visit(61.0, 61.2, 4, [("/partenaires/", 9000)])
    many = Visit(40.0, 44.0, 7, [("/partenaires/", 9000)])
    message = over_budget(PageWeight("/partenaires/", heavy, heavy), "docs/partenaires.md")
    assert message.startswith("docs/partenaires.md (/partenaires/) : 61.2 Ko")
    assert "Raccourcissez la page" in message
    message = over_budget(PageWeight("/en/404.html", many, many), None)
    assert message.startswith("/en/404.html : 7 fichiers") and "équipe technique" in message


def test_every_page_source_is_found():
    found = sources(PROJECT)
    assert found["/"] == "docs/index.md" and found["/en/"] == "docs/index.en.md"


def test_a_second_page_of_the_visit_costs_only_its_html(weights):
    more = [
        f"{weight.path}: {weight.repeat.files}"
        for weight in weights
        if [path for path, _ in weight.repeat.files] != [weight.path]
    ]
    assert not more, "fetched again on a second page:\n" + "\n".join(more)
    # The page itself, whole, as on a first visit: not a revalidation of a
    # copy the measure left in the cache.
    first_html = {weight.path: dict(weight.first.files)[weight.path] for weight in weights}
    revalidated = [w.path for w in weights if w.repeat.files[0][1] != first_html[w.path]]
    assert not revalidated, revalidated
