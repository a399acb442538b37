"""How long after saving a YAML file the preview (`mkdocs serve`, as under
`make serve`) shows the change: a script edits, waits and fetches.

The server runs on a copy of the project; each edit adds a new word to a
partner's name in content/partners.yml, and the clock runs from the moment
the file is saved until the page served holds the word.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.error import URLError

import common
from nginx_server import free_port

BUDGET_SECONDS = 2.0
FILE = "content/partners.yml"
BEFORE = "fr: Les missions locales\n"
PAGE = "/partenaires/"
TIMEOUT = 60


@dataclass(frozen=True)
class PreviewTimes:
    edits: int
    median_seconds: float
    all_seconds: list[float]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (URLError, ConnectionError, TimeoutError):
        return ""


def _wait_for(url: str, word: str) -> float:
    """Seconds until the page at `url` holds `word`."""
    start = time.perf_counter()
    while time.perf_counter() - start < TIMEOUT:
        if word in _page(url):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise RuntimeError(f"{word!r} never showed at {url}")


def measure(edits: int = 5) -> PreviewTimes:
    times = []
    with tempfile.TemporaryDirectory(prefix="e2c-preview-") as temporary:
        project = common.copy_project(Path(temporary) / "project", with_cache=True)
        port = free_port()
        server = subprocess.Popen(
            [common.PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            # A site address with a path would move the pages under it.
            env={key: value for key, value in os.environ.items() if key != "E2C_SITE_URL"}
            | {"NO_MKDOCS_2_WARNING": "1"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}{PAGE}"
        try:
            _wait_for(url, "missions locales")  # the first build is done
            file = project / FILE
            original = file.read_text(encoding="utf-8")
            if BEFORE not in original:
                raise RuntimeError(f"{FILE} no longer holds {BEFORE!r}: update the benchmark")
            for edit in range(edits):
                word = f"Aperçu{edit}x"
                time.sleep(1)  # let the watcher settle after the last rebuild
                file.write_text(
                    original.replace(BEFORE, f"fr: Les missions locales {word}\n"), "utf-8"
                )
                times.append(_wait_for(url, word))
        finally:
            server.terminate()
            server.wait(timeout=20)
    return PreviewTimes(edits, round(common.median(times), 2), [round(t, 2) for t in times])


def as_json(result: PreviewTimes) -> dict:
    return {**asdict(result), "budget_seconds": BUDGET_SECONDS}


if __name__ == "__main__":
    print(measure(3))
