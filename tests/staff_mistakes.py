"""Mistakes a staff member makes, put into a copy of the project and taken out
again; shared by the build and browser tests of the preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

# The heading of the page `mkdocs serve` shows in place of every page.
PROBLEM_TITLE = "Le site ne peut pas être construit"


@dataclass(frozen=True)
class Mistake:
    path: Path
    where: str  # how the message names the place, e.g. "content/figures.yml, ligne 7"
    original: str

    def fix(self) -> None:
        self.path.write_text(self.original, encoding="utf-8")


def _child(node: yaml.Node, key: str) -> yaml.Node:
    return next(value for name, value in node.value if name.value == key)


def break_a_figure(project: Path) -> Mistake:
    """The first figure's value made a word. The line is found by parsing the
    file, so the test follows the figures as staff change them."""
    path = project / "content" / "figures.yml"
    text = path.read_text(encoding="utf-8")
    value = _child(_child(yaml.compose(text), "figures").value[0], "value")
    start, end = value.start_mark.index, value.end_mark.index
    path.write_text(text[:start] + "beaucoup" + text[end:], encoding="utf-8")
    return Mistake(path, f"content/figures.yml, ligne {value.start_mark.line + 1}", text)


def break_a_marker(project: Path, page: str = "parcours.md") -> Mistake:
    """A marker that does not exist, on a new last line of `page`."""
    path = project / "docs" / page
    text = path.read_text(encoding="utf-8")
    broken = text.rstrip("\n") + "\n\n<!-- e2c:objectif -->\n"
    path.write_text(broken, encoding="utf-8")
    return Mistake(path, f"docs/{page}, ligne {len(broken.splitlines())}", text)
