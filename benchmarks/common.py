"""What every benchmark shares: the project's paths, its test helpers, medians."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The benchmarks reuse the tests' helpers (nginx, Chromium, Lighthouse) and
# the hooks' modules rather than keeping copies of them.
for folder in (ROOT / "tests", ROOT / "hooks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from site_helpers import PROJECT_PARTS  # noqa: E402

PYTHON = sys.executable


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def copy_project(target: Path, with_cache: bool = True) -> Path:
    """A copy of the sources a build reads, with the PDF cache (PDFs cached)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in (*PROJECT_PARTS, ".cache") if with_cache else PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


def timed_build(
    project: Path, site_dir: Path, config: str = "mkdocs.yml", strict: bool = True
) -> float:
    """Wall-clock seconds of a whole `mkdocs build` (Python start-up included)."""
    shutil.rmtree(site_dir, ignore_errors=True)
    command = [
        PYTHON,
        "-m",
        "mkdocs",
        "build",
        "--quiet",
        "--config-file",
        config,
        "--site-dir",
        str(site_dir),
    ]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("E2C_SITE_URL", None)
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build failed in {project}:\n{result.stderr[-3000:]}")
    return elapsed
