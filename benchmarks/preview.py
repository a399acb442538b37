"""How long after saving a YAML file the preview (`mkdocs serve`, as under
`make serve`) shows the change: a script edits, waits and fetches.

The server runs on a copy of the project; each edit adds a new word to a
partner's name in content/partners.yml, and the clock runs from the moment
the file is saved until the page served holds the word.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import common
from preview_server import serve_preview, wait_for_text

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


def measure(edits: int = 5) -> PreviewTimes:
    times = []
    with tempfile.TemporaryDirectory(prefix="e2c-preview-") as temporary:
        project = common.copy_project(Path(temporary) / "project", with_cache=True)
        with serve_preview(project) as base_url:
            url = base_url + PAGE
            wait_for_text(url, "missions locales", TIMEOUT)  # the first build is done
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
                times.append(wait_for_text(url, word, TIMEOUT))
    return PreviewTimes(edits, round(common.median(times), 2), [round(t, 2) for t in times])


def as_json(result: PreviewTimes) -> dict:
    return {**asdict(result), "budget_seconds": BUDGET_SECONDS}


if __name__ == "__main__":
    print(measure(3))
