"""No inline script may reach a page but the start script (`page_start`), which
the policy allows by its hash: the policy would block any other, and a feature
would silently stop working.

Material writes small scripts into every page (storage scope, palette, the
anchor of a tab); `site_script` joins them with ours into the site's one
file, or leaves their work to the start script. Another one would come only with a feature this site leaves off
(cookie consent, version warning, announce bar): the build then stops
(`left_inline`), naming it, rather than ship a page whose script is blocked.
Data blocks (`application/json`, `application/ld+json`) are not executed and
stay in the page.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_SCRIPT = re.compile(r"<script(?P<attributes>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S)
# An attribute's name starts after a space: `data-type=` is not `type=`.
_TYPE = re.compile(r"""(?<![\w-])type\s*=\s*["']?([^"'\s>]+)""", re.I)
_SRC = re.compile(r"(?<![\w-])src\s*=", re.I)
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}


def is_executable_inline(attributes: str) -> bool:
    """An inline script the browser would run (not a data block, not a `src`)."""
    if _SRC.search(attributes):
        return False
    found = _TYPE.search(attributes)
    return (found.group(1).lower() if found else "") in EXECUTABLE_TYPES


def left_inline(html: str, allowed: Collection[str] = ()) -> list[str]:
    """The beginning of each script of `html` that would run inline, but those
    whose text is one of `allowed`."""
    return [
        " ".join(match.group("body").split())[:80]
        for match in _SCRIPT.finditer(html)
        if is_executable_inline(match.group("attributes"))
        and match.group("body").strip()
        and match.group("body") not in allowed
    ]
