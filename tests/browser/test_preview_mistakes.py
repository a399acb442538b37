"""Under `mkdocs serve` (`make serve`), the page a staff member has open shows
their mistake, in French with the file and line, instead of hanging; once the
file is fixed, the real page comes back by itself. The test never reloads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from browsing import PHONE
from playwright.sync_api import Page, expect
from preview_server import serve_preview, wait_for_text
from site_helpers import copy_project
from staff_mistakes import PROBLEM_TITLE, Mistake, break_a_figure, break_a_marker

pytestmark = pytest.mark.browser

# A rebuild takes seconds; the first one, with a cold server, a little more.
REBUILD_MS = 60_000


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    project = copy_project(tmp_path / "project", with_cache=True)
    with serve_preview(project) as url:
        wait_for_text(f"{url}/", 'class="md-content"', timeout=120, interval=0.3)
        yield project, url


def open_page(new_context, url: str) -> Page:
    page = new_context(viewport=PHONE).new_page()
    page.goto(url)
    expect(page.locator("article h1")).to_be_visible()
    return page


def shows_the_mistake_then_recovers(
    page: Page, project: Path, make_mistake: Callable[[Path], Mistake], language: str
) -> None:
    title = page.locator("article h1").inner_text()
    mistake = make_mistake(project)

    body = page.locator("body")
    expect(page.locator("h1")).to_have_text(PROBLEM_TITLE, timeout=REBUILD_MS)
    expect(body).to_contain_text(mistake.where)
    expect(page.locator("html")).to_have_attribute("lang", language)
    # Readable on a phone: nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    mistake.fix()
    expect(page.locator("article h1")).to_have_text(title, timeout=REBUILD_MS)
    expect(body).not_to_contain_text(PROBLEM_TITLE)


def test_a_content_mistake_shows_in_the_open_page_until_fixed(preview, new_context):
    project, url = preview
    page = open_page(new_context, f"{url}/ecole/")
    shows_the_mistake_then_recovers(page, project, break_a_figure, "fr")


def test_a_page_mistake_shows_in_the_open_page_until_fixed(preview, new_context):
    project, url = preview
    # The English page shows the mistake made in the French one: every page does.
    page = open_page(new_context, f"{url}/en/contact/")
    shows_the_mistake_then_recovers(page, project, break_a_marker, "en")
