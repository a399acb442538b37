"""The search files (index, worker, language stemmers) load when the reader
opens search, not with every page: on a phone plan they weigh more than the
page itself."""

from __future__ import annotations

import pytest
from browsing import PHONE

pytestmark = pytest.mark.browser

SEARCH_FILES = ("search_index.json", "/workers/search.", "/lunr/")


def search_requests(context) -> list[str]:
    seen: list[str] = []
    context.on("request", lambda request: seen.append(request.url))
    return seen


def only_search(urls: list[str]) -> list[str]:
    return [url for url in urls if any(part in url for part in SEARCH_FILES)]


@pytest.mark.parametrize(("path", "query"), [("/", "stage"), ("/en/parcours/", "placement")])
def test_no_search_file_loads_until_search_opens(base_url, new_context, path, query):
    context = new_context(viewport=PHONE)
    seen = search_requests(context)
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    # Material has started (its components are mounted) and the network is quiet.
    page.wait_for_function("() => typeof window.component$ !== 'undefined'")
    page.wait_for_load_state("networkidle")
    assert only_search(seen) == []
    page.locator("[data-e2c-toggle=__search]").click()
    page.keyboard.type(query, delay=30)
    page.locator(".md-search-result__item").first.wait_for()
    loaded = only_search(seen)
    assert any("search_index.json" in url for url in loaded), loaded
    assert any("/workers/search." in url for url in loaded), loaded


def test_a_search_result_still_highlights_the_words_searched(base_url, new_context):
    # Material highlights the words of a search (?h=) with the index: it loads at once.
    context = new_context(viewport=PHONE)
    seen = search_requests(context)
    page = context.new_page()
    page.goto(base_url + "/parcours/?h=stage", wait_until="networkidle")
    page.locator("mark").first.wait_for()
    assert any("search_index.json" in url for url in seen)
