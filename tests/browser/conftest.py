"""Chromium (Debian's, never a downloaded one) on the built site, served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import Browser, BrowserContext, sync_playwright
from site_helpers import built_pages
from static_server import serve

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


@dataclass(frozen=True)
class SitePage:
    """One built page, as a reader reaches it."""

    path: str  # URL path, e.g. /en/pour-qui/
    language: str

    @property
    def is_404(self) -> bool:
        return self.path.endswith("404.html")

    def __str__(self) -> str:
        return self.path


def site_page(site_dir: Path, file: Path) -> SitePage:
    relative = file.relative_to(site_dir).as_posix()
    path = "/" + relative.removesuffix("index.html")
    return SitePage(path, "en" if path.startswith("/en/") else "fr")


@pytest.fixture(scope="session")
def site_pages(site_dir: Path) -> list[SitePage]:
    """Every page of the built site, found on disk: a new page is tested without a word."""
    return [site_page(site_dir, file) for file in built_pages(site_dir)]


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: run 'make test', which installs it, "
            "or 'apt-get install chromium'."
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_context(browser: Browser) -> Iterator:
    """Makes browser contexts that are closed after the test."""
    made: list[BrowserContext] = []

    def make(**options) -> BrowserContext:
        context = browser.new_context(**options)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()
