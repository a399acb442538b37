"""`mkdocs serve` (what `make serve` runs) on a copy of the project, and a way
to wait for a text to show in a page it serves. Used by the live-preview test
and the preview benchmark."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.error import URLError

from nginx_server import free_port


def fetch(url: str) -> str:
    """The page at `url`, or "" while the server cannot answer."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (URLError, ConnectionError, TimeoutError):
        return ""


def wait_for_text(url: str, text: str, timeout: float = 60, interval: float = 0.02) -> float:
    """Seconds until the page at `url` holds `text`; AssertionError after `timeout`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(interval)
    raise AssertionError(f"{text!r} never showed at {url}")


@contextmanager
def serve_preview(project: Path) -> Iterator[str]:
    """`mkdocs serve` of `project` on a free port of 127.0.0.1; yields the base URL."""
    port = free_port()
    # A site address with a path would move the pages under it.
    env = {key: value for key, value in os.environ.items() if key != "E2C_SITE_URL"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=env | {"NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=20)
