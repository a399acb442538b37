"""Turning a text from content/ into safe HTML.

A YAML text is text: `<`, `>` and `&` are escaped, so HTML or a script typed
into a value shows as written and never runs. A small Markdown subset is
understood, and nothing else:

- one sentence per line; lines next to each other make one paragraph,
  a blank line starts a new one;
- a line starting with "- " is an item of a bulleted list;
- **bold**;
- [a link](https://…), to an https address only.
"""

from __future__ import annotations

import html
import re

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]\n]+)\]\((https://[^)\s\"'<>]+)\)")


def inline(text: str) -> str:
    """One line of text as escaped HTML with bold and https links."""
    escaped = html.escape(text, quote=False)
    escaped = _LINK.sub(lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', escaped)
    return _BOLD.sub(r"<strong>\1</strong>", escaped)


def blocks(text: str) -> str:
    """A whole text as HTML paragraphs and lists."""
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(f"<p>{' '.join(paragraph)}</p>")
            paragraph.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("- "):
            if paragraph:
                flush()
            items.append(inline(line[2:].strip()))
        else:
            if items:
                flush()
            paragraph.append(inline(line))
    flush()
    return "".join(out)


# HTML elements that have no end tag.
VOID_ELEMENTS = frozenset(
    (
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    )
)
