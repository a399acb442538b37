"""Helpers for tests that break a copy of content on purpose.

Unit tests work on the fixture content (tests/fixtures/content), never on
content/, which staff change: they hold rules, not today's facts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
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


def _nodes_at(text: str, path: tuple[str | int, ...]) -> tuple[yaml.Node | None, yaml.Node]:
    """The key node (None in a list) and the value node at `path` of a file's text."""
    key, node = None, yaml.compose(text)
    for part in path:
        if isinstance(part, int):
            key, node = None, node.value[part]
        else:
            key, node = next((k, v) for k, v in node.value if k.value == part)
    return key, node


def node_at(text: str, path: tuple[str | int, ...]) -> yaml.Node:
    """The YAML node at `path` (`("figures", 0, "value")`) of a file's text."""
    return _nodes_at(text, path)[1]


def set_scalar(file: Path, path: tuple[str | int, ...], written: str) -> int:
    """Write `written` in place of the value at `path`, as a person would in an
    editor; the line of the value. Found by parsing, so it follows today's content."""
    text = file.read_text(encoding="utf-8")
    key, node = _nodes_at(text, path)
    start, end = node.start_mark.index, node.end_mark.index
    if key is not None and start == end:  # an empty value: written after `key:`
        start = end = text.index(":", key.end_mark.index) + 1
        written = f" {written}"
        file.write_text(text[:start] + written + text[end:], encoding="utf-8")
        return key.start_mark.line + 1
    file.write_text(text[:start] + written + text[end:], encoding="utf-8")
    return node.start_mark.line + 1


def rename_key(file: Path, path: tuple[str | int, ...], written: str) -> int:
    """Write `written` in place of the key that ends `path` (`("sources", "seed")`),
    as a person would; the line of the key."""
    text = file.read_text(encoding="utf-8")
    key, _ = _nodes_at(text, path)
    assert key is not None, f"{path} does not end with a key"
    start, end = key.start_mark.index, key.end_mark.index
    file.write_text(text[:start] + written + text[end:], encoding="utf-8")
    return key.start_mark.line + 1


def value_at(file: Path, path: tuple[str | int, ...]) -> object:
    data: object = yaml.safe_load(file.read_text(encoding="utf-8"))
    for part in path:
        data = data[part]  # type: ignore[index]
    return data
