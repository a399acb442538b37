"""The files a page shows, which date it (e2c.publish.dates).

A page shows its source in docs/; the content/ files its markers read
(e2c.render.markers: each marker names them); content/eligibility.yml where a
text states a rule's value (`{age}`), content/links.yml where it links to
`lien:ID`, whether the text is the page's or a content file's it shows;
content/glossary.yml where its hard words are explained; content/reading.yml
where an easy page says who checked it.

Not counted: what every page shows alike (the footer's contact, the menu, the
interface's words). A change there is no news about one page.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from e2c.content.rule_values import LINK, PLACEHOLDER

RULES = "content/eligibility.yml"
LINKS = "content/links.yml"
GLOSSARY = "content/glossary.yml"
READING = "content/reading.yml"


def content_file(name: str) -> str:
    """`figures.yml` -> `content/figures.yml`, the path Git gives it."""
    return f"content/{name}"


def values_read(text: str) -> set[str]:
    """The content files the `{name}` and `lien:ID` of `text` come from."""
    read = set()
    if PLACEHOLDER.search(text):
        read.add(RULES)
    if LINK.search(text):
        read.add(LINKS)
    return read


def content_values(content_dir: Path) -> dict[str, set[str]]:
    """For each file of content/, the files its own texts' values come from
    (a step that says `{age}` shows content/eligibility.yml too)."""
    return {
        content_file(path.name): values_read(path.read_text(encoding="utf-8", errors="replace"))
        for path in sorted(content_dir.glob("*.yml"))
    }


def with_values(files: Iterable[str], values: dict[str, set[str]]) -> list[str]:
    """`files` and the files their texts' values come from, sorted."""
    shown = set(files)
    for file in list(shown):
        shown |= values.get(file, set())
    return sorted(shown)
