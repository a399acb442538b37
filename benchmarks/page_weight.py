"""Bytes on the wire for a cold first load of each page, served by nginx as the
reference host serves it (deploy/nginx.conf: gzip, the same headers).

A fresh browser context per page (no cache), a phone's viewport; the load is
over when the network has been idle for a while, so files fetched at start by
scripts (the search index, the search worker) count too. Sizes are what
nginx logs as sent, every request counted (the search worker's too): the
budget is on the bodies as sent (compressed), what the page is made of; the
headers are reported beside them. Over HTTP/1.1, as here, every response
repeats them in full; over HTTP/2, as behind TLS, they are compressed and
nearly vanish after the first response.
"""

from __future__ import annotations

import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import common  # noqa: F401  (puts tests/ and hooks/ on the path)
from chromium import CHROMIUM, CHROMIUM_ARGS
from nginx_server import serve
from playwright.sync_api import sync_playwright
from site_helpers import built_pages

BUDGET_KB = 75
SETTLE_MS = 1500  # after "network idle": late requests made by timers still count


@dataclass(frozen=True)
class PageWeight:
    path: str
    kilobytes: float  # bodies as sent
    with_headers_kilobytes: float  # the same, with HTTP/1.1 headers
    requests: int
    files: list[tuple[str, int]]  # (path, body bytes), largest first

    @property
    def within_budget(self) -> bool:
        return self.kilobytes <= BUDGET_KB


def page_paths(site_dir: Path) -> list[str]:
    """Every page of the built site, as URL paths (redirect pages left out)."""
    paths = []
    for file in built_pages(site_dir):
        html = file.read_text(encoding="utf-8", errors="replace")
        if 'http-equiv="refresh"' in html:
            continue
        paths.append("/" + file.relative_to(site_dir).as_posix().removesuffix("index.html"))
    return paths


def measure(site_dir: Path, paths: list[str] | None = None) -> list[PageWeight]:
    paths = paths or page_paths(site_dir)
    results = []
    with tempfile.TemporaryDirectory(prefix="e2c-weight-") as temporary:
        log = Path(temporary) / "access.log"
        log.touch()
        with serve(site_dir, access_log=log) as base_url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for path in paths:
                start = log.stat().st_size
                context = browser.new_context(viewport={"width": 360, "height": 740})
                page = context.new_page()
                page.goto(base_url + path, wait_until="networkidle")
                page.wait_for_timeout(SETTLE_MS)
                context.close()
                with log.open(encoding="utf-8") as lines:
                    lines.seek(start)
                    logged = [line.split() for line in lines]
                files = sorted(
                    ((uri, int(body)) for uri, _, body, _ in logged), key=lambda f: -f[1]
                )
                bodies = sum(size for _, size in files)
                wire = sum(int(sent) for *_, sent in logged)
                results.append(PageWeight(path, kb(bodies), kb(wire), len(files), files))
            browser.close()
    return results


def kb(size: int) -> float:
    return round(size / 1024, 1)


def as_json(results: list[PageWeight]) -> list[dict]:
    return [{**asdict(result), "within_budget": result.within_budget} for result in results]


if __name__ == "__main__":
    import sys

    for result in measure(Path(sys.argv[1])):
        print(
            f"{result.path:40} {result.kilobytes:6.1f} KB "
            f"({result.with_headers_kilobytes:.1f} with headers) {result.requests:3} requests"
        )
        for name, size in result.files:
            print(f"    {size / 1024:6.1f} KB  {name}")
