"""Every built page, opened in Chromium like a reader on a phone would."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DESKTOP, PHONE, serve
from site_helpers import PAGES, built_pages

pytestmark = pytest.mark.browser


def url_path(site_dir: Path, page: Path) -> str:
    relative = page.relative_to(site_dir).as_posix()
    return "/" + relative.removesuffix("index.html")


def requests_elsewhere(browser, base_url: str, paths: list[str]) -> list[str]:
    """Every request the pages make to another host, or that fails on the way."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    problems: list[str] = []
    current = {"path": ""}

    def on_request(request):
        if not request.url.startswith((base_url + "/", "data:")):
            problems.append(f"{current['path']}: request to another host: {request.url}")

    page.on("request", on_request)
    page.on(
        "requestfailed",
        lambda request: problems.append(f"{current['path']}: failed request {request.url}"),
    )
    for path in paths:
        current["path"] = path
        response = page.goto(base_url + path, wait_until="networkidle")
        assert response is not None
        assert response.status == 200 or path.endswith("404.html"), path
    context.close()
    return problems


def test_every_page_loads_only_from_the_site_itself(site_dir, base_url, browser):
    paths = [url_path(site_dir, page) for page in built_pages(site_dir)]
    assert len(paths) >= 2 * len(PAGES)
    problems = requests_elsewhere(browser, base_url, paths)
    assert not problems, "\n".join(problems)


def test_a_font_from_another_host_would_be_caught(site_dir, browser, tmp_path):
    page = tmp_path / "index.html"
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    external = '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
    page.write_text(html.replace("</head>", external + "</head>"), encoding="utf-8")
    with serve(tmp_path) as url:
        problems = requests_elsewhere(browser, url, ["/"])
    assert any("fonts.googleapis.com" in problem for problem in problems)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/", "fr", "École de la deuxième chance Allier"),
        ("/en/", "en", "Second Chance School Allier"),
        ("/pour-qui/", "fr", "Pour qui\u202f?"),
        ("/en/pour-qui/", "en", "Who is it for?"),
    ],
)
def test_page_shows_its_heading_in_its_language(
    base_url, browser, viewport, path, language, heading
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url + path)
    assert page.locator("html").get_attribute("lang") == language
    title = page.locator("article h1")
    assert title.is_visible()
    assert title.inner_text() == heading
    context.close()


def switch_language(page, language: str) -> None:
    """Open the language menu as a reader does (hover), then pick a language."""
    page.locator(".md-header__option .md-select").hover()
    page.locator(f".md-select__link[hreflang='{language}']").click()


def test_language_switcher_leads_to_the_same_page_and_back(base_url, browser):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(base_url + "/parcours/")
    switch_language(page, "en")
    page.wait_for_url(base_url + "/en/parcours/")
    assert page.locator("article h1").inner_text() == "The path"
    switch_language(page, "fr")
    page.wait_for_url(base_url + "/parcours/")
    assert page.locator("article h1").inner_text() == "Le parcours"
    context.close()


def test_pages_work_without_javascript(base_url, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "/candidater/")
    assert page.locator("article h1").is_visible()
    assert page.get_by_text("entretien de motivation").first.is_visible()
    context.close()
