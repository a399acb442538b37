"""pa11y with HTML_CodeSniffer (npm, pinned in package-lock.json) on pages of a
served site: `run.mjs` starts Debian's Chromium once and checks every URL."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS

RUNNER = Path(__file__).with_name("run.mjs")
ROOT = Path(__file__).resolve().parents[2]


def errors(urls: list[str], timeout: float = 900) -> dict[str, list[dict]]:
    """Each URL's errors (WCAG 2 AA), as pa11y reports them."""
    completed = subprocess.run(
        ["node", str(RUNNER)],
        input=json.dumps({"chromium": CHROMIUM, "flags": CHROMIUM_ARGS, "urls": urls}),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"pa11y failed (exit {completed.returncode}):\n{completed.stderr[-3000:]}"
        )
    return {
        item["url"]: item["issues"]
        for item in json.loads(completed.stdout.strip().splitlines()[-1])
    }
