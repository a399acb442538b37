"""Pictograms from the icon sets Material for MkDocs ships, drawn inline.

An icon is named as in Material's own docs (`material/check-circle`): its SVG
is read from the installed theme and put in the page, so it costs no request.
A decorative icon is hidden from screen readers; the text beside it speaks.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import material

ICONS = Path(material.__file__).parent / "templates" / ".icons"
_NAME = re.compile(r"^[a-z0-9-]+/[a-z0-9-]+$")


@cache
def svg(name: str) -> str | None:
    """The icon `set/name` as inline SVG hidden from screen readers, or None if unknown."""
    if not _NAME.match(name):
        return None
    path = ICONS / f"{name}.svg"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8").strip()
    return text.replace("<svg ", '<svg class="e2c-icon" aria-hidden="true" focusable="false" ', 1)


def labelled(name: str, label: str) -> str | None:
    """The icon `set/name` as an image that says `label` to screen readers, or None."""
    drawn = svg(name)
    if drawn is None:
        return None
    spoken = label.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return drawn.replace('aria-hidden="true"', f'role="img" aria-label="{spoken}"', 1)
