"""Debian's Chromium, never a downloaded one, and the flags every test starts it with."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

CHROMIUM = os.environ.get("E2C_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def run_node(runner: Path, request: dict, name: str, timeout: float) -> list:
    """Run a Node tool of tests/ (`runner`) that reads `request` as JSON on stdin
    and prints its results as one JSON line; `name` says which tool failed."""
    completed = subprocess.run(
        ["node", str(runner)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"{name} failed (exit {completed.returncode}):\n{completed.stderr[-3000:]}"
        )
    return json.loads(completed.stdout.strip().splitlines()[-1])
