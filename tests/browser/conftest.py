"""Chromium (Debian's, never a downloaded one) on the built site, served by nginx with deploy/nginx.conf."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS
from nginx_server import serve
from playwright.sync_api import Browser, BrowserContext, sync_playwright
from site_helpers import built_pages

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


# Every Content-Security-Policy violation in any page of any test, as the
# page reports it (a DOM event) and as Chromium logs it (the console).
CSP_VIOLATIONS: list[str] = []
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__e2cCspViolation(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline code"}`
    + ` (${event.sourceFile || "the page"}:${event.lineNumber})`);
});
"""


def watch_csp(context: BrowserContext) -> BrowserContext:
    """Record the context's CSP violations into CSP_VIOLATIONS."""
    context.expose_binding(
        "__e2cCspViolation",
        lambda source, text: CSP_VIOLATIONS.append(f"{source['page'].url}: {text}"),
    )
    context.add_init_script(_CSP_LISTENER)

    def on_console(message) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            CSP_VIOLATIONS.append(f"console: {message.text}")

    context.on("console", on_console)
    return context


class WatchedBrowser:
    """The browser, every context of which reports its CSP violations."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser

    def new_context(self, **options) -> BrowserContext:
        return watch_csp(self._browser.new_context(**options))

    def new_page(self, **options):
        return self.new_context(**options).new_page()

    def __getattr__(self, name: str):
        return getattr(self._browser, name)


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
