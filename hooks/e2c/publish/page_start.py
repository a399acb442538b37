"""The one script written into every page (`page_start.js`, beside this file):
it puts the reader's palette on the page before it shows, then loads the
site's scripts once the page has shown.

On a slow line (Lighthouse's slow 3G: 400 ms a round trip, 50 KB a second),
every file a page asks for before it first shows holds it back: a script in
the header costs a second connection (two round trips) and its bytes, and
Material's bundle at the end of the body, when the browser asks for it early,
33 KB more. So the page asks for its stylesheet only, and this script, in the
page, asks for the rest after (see benchmarks/README.md, "Slow 3G").

It is the same on every page, minified, so the Content-Security-Policy allows
it by one hash (`policy_source`, read by `security_headers`); what differs from
page to page is in its data- attributes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from e2c.publish.minify import minified

SOURCE = Path(__file__).with_name("page_start.js")
SCOPE = "data-e2c-scope"
SCRIPTS = "data-e2c-scripts"
_ELEMENT = re.compile(rf'<script {SCOPE}="[^"]*" {SCRIPTS}="(?P<scripts>[^"]*)">')


@cache
def code() -> str:
    """The script as every page holds it."""
    text = minified(SOURCE.name, SOURCE.read_text(encoding="utf-8")).strip()
    # A page's whitespace between tags is trimmed (minify.page_whitespace) and
    # `</script` would end the element: either would change the hashed bytes.
    if "<" in text:
        raise ValueError(f"{SOURCE.name} must not hold '<' once minified")
    return text


def policy_source() -> str:
    """The script's hash as `script-src` names it (`'sha256-…'`)."""
    digest = hashlib.sha256(code().encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def element(scope: str, scripts: Sequence[str]) -> str:
    """The script element of a page: `scope` is Material's storage scope as the
    page gives it (`new URL(scope, location)`: its way back to the site's root,
    or `extra.scope`); `scripts` are loaded in that order once the page has shown."""
    if not scripts or any(" " in src or '"' in src for src in scripts):
        raise ValueError(f"the scripts to load must be addresses without spaces: {scripts!r}")
    return (
        f'<script {SCOPE}="{html.escape(scope)}" {SCRIPTS}="{" ".join(scripts)}">{code()}</script>'
    )


def loaded_scripts(page: str) -> list[str]:
    """The addresses the page's start script loads, as written in the page."""
    found = _ELEMENT.search(page)
    return found.group("scripts").split(" ") if found else []
