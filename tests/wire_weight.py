"""What a page costs on the wire, as nginx sends it: requests, and bytes with
and without the HTTP/1.1 headers, on a first visit and on a second page of
the same visit. Shared by `benchmarks/page_weight.py` (figures against the
budget) and `tests/browser/test_page_weight.py` (the rules).

Sizes are what nginx logs as sent (`nginx_server.main_conf`'s access log):
bodies as compressed, then with the status line and headers. The load is over
when the network has been idle for a while, plus `settle_ms`, so files that a
script fetches at start (or from a timer soon after) count too.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chromium import CHROMIUM, CHROMIUM_ARGS
from nginx_server import serve
from playwright.sync_api import Page, sync_playwright
from site_helpers import built_pages

# The budget of issue 17: a first visit over HTTP/1.1, headers counted.
MAX_REQUESTS = 6
MAX_KB_WITH_HEADERS = 60
STRETCH_KB_WITH_HEADERS = 50
PHONE = {"width": 360, "height": 740}
# Where the repeat visits start: no page is there (see measure).
START = "/e2c-repeat-visits-start/"


@dataclass(frozen=True)
class Visit:
    """One page load: what nginx sent for it."""

    kilobytes: float  # bodies as sent
    with_headers_kilobytes: float  # the same, with HTTP/1.1 status lines and headers
    requests: int
    files: list[tuple[str, int]]  # (path, body bytes), largest first

    @property
    def within_budget(self) -> bool:
        return self.requests <= MAX_REQUESTS and self.with_headers_kilobytes <= MAX_KB_WITH_HEADERS

    @property
    def within_stretch(self) -> bool:
        return self.with_headers_kilobytes <= STRETCH_KB_WITH_HEADERS


@dataclass(frozen=True)
class PageWeight:
    path: str
    first: Visit  # a fresh browser: nothing cached
    repeat: Visit  # the same page reached from another page of the same visit

    @property
    def within_budget(self) -> bool:
        """The first visit within the budget; the repeat visit only the page itself."""
        return self.first.within_budget and self.repeat.requests == 1


def page_paths(site_dir: Path) -> list[str]:
    """Every page of the built site, as URL paths (redirect pages left out)."""
    paths = []
    for file in built_pages(site_dir):
        html = file.read_text(encoding="utf-8", errors="replace")
        if 'http-equiv="refresh"' in html:
            continue
        paths.append("/" + file.relative_to(site_dir).as_posix().removesuffix("index.html"))
    return paths


def kb(size: int) -> float:
    return round(size / 1024, 1)


class _Log:
    """nginx's access log, read from where the last visit left it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = path.stat().st_size

    def skip(self) -> None:
        self.offset = self.path.stat().st_size

    def visit(self) -> Visit:
        with self.path.open(encoding="utf-8") as lines:
            lines.seek(self.offset)
            logged = [line.split() for line in lines]
        self.skip()
        files = sorted(((uri, int(body)) for uri, _, body, _ in logged), key=lambda f: -f[1])
        bodies = sum(size for _, size in files)
        wire = sum(int(sent) for *_, sent in logged)
        return Visit(kb(bodies), kb(wire), len(files), files)


@contextmanager
def _browser(given: Any) -> Iterator[Any]:
    """`given` (the browser tests' own), or Debian's Chromium started for the benchmark."""
    if given is not None:
        yield given
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def measure(
    site_dir: Path,
    paths: list[str] | None = None,
    settle_ms: int = 1500,
    browser: Any = None,
) -> list[PageWeight]:
    """Each page loaded in a fresh browser context (its first visit); then every
    page in one more context, one after the other as links lead a reader:
    each one's repeat visit, from the page before it. Served
    by nginx on a port of its own (its access log counts the bytes).
    `browser`: a Playwright browser already started (one process may run one
    Playwright), else one is."""
    paths = paths or page_paths(site_dir)
    firsts: list[Visit] = []
    repeats: list[Visit] = []
    with tempfile.TemporaryDirectory(prefix="e2c-weight-") as temporary:
        log_path = Path(temporary) / "access.log"
        log_path.touch()
        with serve(site_dir, access_log=log_path) as base_url, _browser(browser) as chromium:
            log = _Log(log_path)

            def load(page: Page, page_path: str) -> None:
                page.goto(base_url + page_path, wait_until="networkidle")
                page.wait_for_timeout(settle_ms)  # late requests made by timers still count

            for path in paths:
                context = chromium.new_context(viewport=PHONE)
                log.skip()
                load(context.new_page(), path)
                firsts.append(log.visit())
                context.close()
            context = chromium.new_context(viewport=PHONE)
            page = context.new_page()
            # Started on an address no page has (nginx answers with the 404
            # page): every file of the site is cached, and none of the pages
            # measured, which would come back as a revalidation.
            load(page, START)
            for path in paths:
                log.skip()
                load(page, path)  # a link followed: the same tab, the same cache
                repeats.append(log.visit())
            context.close()
    return [
        PageWeight(path, first, repeat)
        for path, first, repeat in zip(paths, firsts, repeats, strict=True)
    ]
