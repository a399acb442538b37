"""Helpers for tests that break a copy of content on purpose.

Unit tests work on the fixture content (tests/fixtures/content), never on
content/, which staff change: they hold rules, not today's facts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from site_helpers import ROOT

FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"


def content_copy(tmp_path: Path) -> Path:
    """A copy of the fixture content, to break on purpose."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The 1-based line where `needle` first appears."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path.name}")
