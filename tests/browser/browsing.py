"""What the browser tests share: the viewports, a built page as a reader
reaches it, the watch on Content-Security-Policy violations, and moving
through a page with the keyboard."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page

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


# Pages load the site's scripts once they have shown (hooks/e2c/publish/
# page_start.js), then send DOMContentLoaded once more, from a script (not
# "trusted"). A test acts on a page once that is done, as a reader's first tap
# on a phone comes after it: `Page.goto`, `reload`, `go_back` and
# `wait_for_url` wait for it, in every context whose pages run scripts.
_STARTED_LISTENER = """
document.addEventListener("DOMContentLoaded", (event) => {
  if (!event.isTrusted) window.__e2cStarted = true;
});
"""
SCRIPTS_STARTED = (
    "() => !document.querySelector('script[data-e2c-scripts]') || window.__e2cStarted === true"
)


def wait_for_site_scripts(page: Page) -> None:
    page.wait_for_function(SCRIPTS_STARTED)


def _then_wait_for_site_scripts(navigate):
    def navigate_and_wait(page: Page, *args, **options):
        response = navigate(page, *args, **options)
        if getattr(page.context, "e2c_runs_scripts", False):
            wait_for_site_scripts(page)
        return response

    return navigate_and_wait


for _name in ("goto", "reload", "go_back", "wait_for_url"):
    setattr(Page, _name, _then_wait_for_site_scripts(getattr(Page, _name)))


class WatchedBrowser:
    """The browser, every context of which reports its CSP violations, and
    whose pages are acted on once the site's scripts have started."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser

    def new_context(self, **options) -> BrowserContext:
        context = watch_csp(self._browser.new_context(**options))
        if options.get("java_script_enabled", True):
            context.add_init_script(_STARTED_LISTENER)
            context.e2c_runs_scripts = True
        return context

    def new_page(self, **options):
        return self.new_context(**options).new_page()

    def __getattr__(self, name: str):
        return getattr(self._browser, name)


MAX_TAB_STOPS = 120


def type_like_a_person(page, text: str) -> None:
    """Key by key: Material's search reads keystrokes, not a value set at once."""
    page.keyboard.type(text, delay=30)


def tab_to(page, selector: str) -> None:
    """Press Tab until the element matching `selector` has focus."""
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reaches {selector}")


def site_with_injection(site_dir: Path, target: Path, page: str, injected: str) -> Path:
    """A copy of the built site at `target` whose `page` (`pour-qui/index.html`)
    ends its body with `injected`: what an attacker's script would look like."""
    shutil.copytree(site_dir, target)
    file = target / page
    html = file.read_text(encoding="utf-8")
    file.write_text(html.replace("</body>", injected + "</body>", 1), encoding="utf-8")
    return target
