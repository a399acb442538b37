"""French typography: no line break between a word and the punctuation after it.

French puts a space before : ; ! ? » and after «. A normal space there lets the
browser wrap the mark alone onto the next line, which is hard to read on a
phone. This swaps those spaces for non-breaking ones, outside code, and does
the same inside numbers ("17 165") and before "%", so staff type plain spaces.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"  # before : and inside « »
NARROW_NBSP = "\u202f"  # before ; ! ?

# Fenced code blocks and inline code are left exactly as written.
_CODE = re.compile(r"(^```.*?^```[ \t]*$|`[^`\n]+`)", re.S | re.M)
_BEFORE_NARROW = re.compile(r"[ \t\u00a0]+([;!?])(?=\s|$|[»)\]*_.,])", re.M)
_BEFORE_COLON = re.compile(r"[ \t\u202f]+(:)(?=\s|$)", re.M)
_BEFORE_CLOSING_QUOTE = re.compile(r"[ \t\u202f]+(»)")
_AFTER_OPENING_QUOTE = re.compile(r"(«)[ \t\u202f]+")
# "61 %" and "17 165": a number stays whole and keeps its unit.
_BEFORE_PERCENT = re.compile(r"(?<=\d)[ \t]+(?=%)")
_THOUSANDS = re.compile(r"(?<=\b\d)[ \t](?=\d{3}\b)|(?<=\b\d\d)[ \t](?=\d{3}\b)")


def _space_prose(text: str) -> str:
    text = _BEFORE_NARROW.sub(NARROW_NBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NBSP + r"\1", text)
    text = _BEFORE_CLOSING_QUOTE.sub(NBSP + r"\1", text)
    text = _AFTER_OPENING_QUOTE.sub(r"\1" + NBSP, text)
    text = _BEFORE_PERCENT.sub(NBSP, text)
    return _THOUSANDS.sub(NBSP, text)


def french_spacing(markdown: str) -> str:
    """`markdown` with non-breaking spaces before French high punctuation, code untouched."""
    parts = _CODE.split(markdown)
    # split() with one group puts the code at odd indexes.
    return "".join(part if i % 2 else _space_prose(part) for i, part in enumerate(parts))
