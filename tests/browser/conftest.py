"""Chromium (Debian's, never a downloaded one) on the built site, served by nginx with deploy/nginx.conf."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import CSP_VIOLATIONS, SitePage, WatchedBrowser, site_page
from chromium import CHROMIUM, CHROMIUM_ARGS
from nginx_server import serve
from playwright.sync_api import BrowserContext, sync_playwright
from site_helpers import built_pages


@pytest.fixture(scope="session")
def site_pages(site_dir: Path) -> list[SitePage]:
    """Every page of the built site, found on disk: a new page is tested without a word."""
    return [site_page(site_dir, file) for file in built_pages(site_dir)]


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


@pytest.fixture(autouse=True)
def no_csp_violation(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every browser test fails on a CSP violation, unless it causes them on purpose."""
    start = len(CSP_VIOLATIONS)
    yield
    caused = CSP_VIOLATIONS[start:]
    if request.node.get_closest_marker("csp_violations_expected"):
        return
    if caused:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(caused))


@pytest.fixture(scope="session")
def browser() -> Iterator[WatchedBrowser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: run 'make test', which installs it, "
            "or 'apt-get install chromium'."
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield WatchedBrowser(chromium)
        chromium.close()


@pytest.fixture
def new_context(browser: WatchedBrowser) -> Iterator:
    """Makes browser contexts that are closed after the test."""
    made: list[BrowserContext] = []

    def make(**options) -> BrowserContext:
        context = browser.new_context(**options)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()
