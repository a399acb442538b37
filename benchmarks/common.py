"""What every benchmark shares: the project's paths, its test helpers, medians."""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The benchmarks reuse the tests' helpers (nginx, Chromium, Lighthouse) and
# the hooks' modules rather than keeping copies of them.
for folder in (ROOT / "tests", ROOT / "hooks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from site_helpers import build, copy_project  # noqa: E402

PYTHON = sys.executable


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def timed_build(
    project: Path, site_dir: Path, config: str = "mkdocs.yml", strict: bool = True
) -> float:
    """Wall-clock seconds of a whole `mkdocs build` (Python start-up included)."""
    shutil.rmtree(site_dir, ignore_errors=True)
    start = time.perf_counter()
    result = build(project, site_dir, config=config, strict=strict)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build failed in {project}:\n{result.stderr[-3000:]}")
    return elapsed


__all__ = ["PYTHON", "ROOT", "copy_project", "median", "timed_build"]
