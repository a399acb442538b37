"""Each language keeps to itself: search, the language switcher and the 404 page."""

from __future__ import annotations

import re

import pytest
from browsing import DESKTOP, PHONE, type_like_a_person
from e2c.content.loading import load_content
from site_helpers import PROJECT

pytestmark = pytest.mark.browser

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def twin(path: str) -> str:
    return path.removeprefix("/en") if path.startswith("/en/") else "/en" + path


def test_switcher_of_every_page_leads_to_its_twin(site_pages, base_url, new_context):
    page = new_context(viewport=DESKTOP).new_page()
    problems = []
    for site_page in (p for p in site_pages if not p.is_404):
        other = "en" if site_page.language == "fr" else "fr"
        page.goto(base_url + site_page.path)
        links = page.locator(".md-select__link").evaluate_all(
            "links => Object.fromEntries(links.map(a => [a.hreflang, new URL(a.href).pathname]))"
        )
        expected = {other: twin(site_page.path), site_page.language: site_page.path}
        if links != expected:
            problems.append(f"{site_page}: the switcher leads to {links}, not {expected}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", ["/parcours/", "/en/documents/depliant/", "/suis-je-eligible/"])
def test_switching_language_and_back_with_the_menu(base_url, new_context, path):
    page = new_context(viewport=DESKTOP).new_page()
    page.goto(base_url + path)
    language = "en" if path.startswith("/en/") else "fr"
    for target, expected in (("fr" if language == "en" else "en", twin(path)), (language, path)):
        page.locator(".md-header__option .md-select").hover()
        page.locator(f".md-select__link[hreflang='{target}']").click()
        page.wait_for_url(base_url + expected)
        assert page.locator("html").get_attribute("lang") == target


@pytest.mark.parametrize(
    ("path", "query", "language"),
    [
        ("/ecole/", "motivation", "fr"),
        ("/en/ecole/", "motivation", "en"),
        ("/", "entretien", "fr"),
        ("/en/", "interview", "en"),
    ],
)
def test_search_finds_only_pages_in_the_page_language(base_url, new_context, path, query, language):
    page = new_context(viewport=DESKTOP).new_page()
    page.goto(base_url + path, wait_until="networkidle")
    page.locator(".md-search__input").click()
    type_like_a_person(page, query)
    results = page.locator(".md-search-result__link")
    results.first.wait_for()
    hrefs = results.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert hrefs
    in_english = [href.startswith("/en/") for href in hrefs]
    assert all(in_english) if language == "en" else not any(in_english), hrefs


@pytest.mark.parametrize(
    ("missing", "language", "home"),
    [("/page-absente/", "fr", "/"), ("/en/missing-page/", "en", "/en/")],
)
def test_404_page_speaks_the_language_of_the_address(
    base_url, new_context, missing, language, home
):
    heading = load_content(PROJECT / "content").interface[language].not_found.title
    page = new_context(viewport=PHONE).new_page()
    response = page.goto(base_url + missing)
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("article h1").inner_text() == heading
    assert re.search(heading, page.title())
    page.locator("article a").click()
    page.wait_for_url(base_url + home)
    assert page.locator("html").get_attribute("lang") == language


def test_alternate_links_stay_in_the_head_for_search_engines(base_url, new_context):
    page = new_context(viewport=DESKTOP).new_page()
    page.goto(base_url + "/en/parcours/", wait_until="networkidle")
    hreflangs = page.locator('head link[rel="alternate"][hreflang]')
    assert sorted(hreflangs.evaluate_all("ls => ls.map(l => l.hreflang)")) == [
        "en",
        "fr",
        "x-default",
    ]


def test_copy_link_puts_the_page_address_on_the_clipboard(base_url, new_context):
    context = new_context(viewport=PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    page.goto(base_url + "/en/candidater/")
    page.get_by_role("button", name="Copy the link").click()
    page.locator(".e2c-share__status", has_text="Link copied.").wait_for()
    assert (
        page.evaluate("navigator.clipboard.readText()")
        == "https://www.e2c-allier.fr/en/candidater/"
    )
