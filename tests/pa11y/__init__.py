"""pa11y with HTML_CodeSniffer (npm, pinned in package-lock.json) on pages of a
served site: `run.mjs` starts Debian's Chromium once and checks every URL."""

from __future__ import annotations

from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS, run_node

RUNNER = Path(__file__).with_name("run.mjs")


def errors(urls: list[str], timeout: float = 900) -> dict[str, list[dict]]:
    """Each URL's errors (WCAG 2 AA), as pa11y reports them."""
    request = {"chromium": CHROMIUM, "flags": CHROMIUM_ARGS, "urls": urls}
    return {item["url"]: item["issues"] for item in run_node(RUNNER, request, "pa11y", timeout)}
