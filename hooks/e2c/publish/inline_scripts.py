"""Inline scripts moved into files, so the Content-Security-Policy needs no hash.

Material writes small scripts into every page (storage scope, palette, the
anchor of a tab). A policy of `script-src 'self'` blocks them where they are;
as files named by their content they run unchanged (a classic script reads
`location` from the page, wherever it is stored) and are cached for good.
Data blocks (`application/json`, `application/ld+json`) are not executed and
stay in the page.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

FOLDER = "assets/javascripts"
_SCRIPT = re.compile(r"<script(?P<attributes>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S)
# An attribute's name starts after a space: `data-type=` is not `type=`.
_TYPE = re.compile(r"""(?<![\w-])type\s*=\s*["']?([^"'\s>]+)""", re.I)
_SRC = re.compile(r"(?<![\w-])src\s*=", re.I)
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}


@dataclass(frozen=True)
class ScriptFile:
    """A script taken out of a page: its path from the site's root and its text."""

    path: str
    text: str


def is_executable_inline(attributes: str) -> bool:
    """An inline script the browser would run (not a data block, not a `src`)."""
    if _SRC.search(attributes):
        return False
    found = _TYPE.search(attributes)
    return (found.group(1).lower() if found else "") in EXECUTABLE_TYPES


def file_for(text: str) -> ScriptFile:
    """The file a script's text goes to, named by its hash: same text, same file."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return ScriptFile(f"{FOLDER}/inline.{digest}.js", text)


def externalize(html: str, root: str) -> tuple[str, list[ScriptFile]]:
    """Each inline script of `html` replaced by a `<script src>` to its file.

    `root` leads from the page to the site's root (`../../`, or `/` for the
    404 page, which is served at any depth). Returns the page and the files
    to write.
    """
    files: list[ScriptFile] = []
    # Only the theme's scripts move: one in a page's text (refused by the
    # checks anyway) stays inline, where the policy blocks it.
    article = re.search(r"<article\b.*?</article>", html, flags=re.S)
    text = range(article.start(), article.end()) if article else range(0)

    def move(match: re.Match[str]) -> str:
        attributes = match.group("attributes")
        if not is_executable_inline(attributes) or not match.group("body").strip():
            return match.group(0)
        if match.start() in text:
            return match.group(0)
        script = file_for(match.group("body"))
        files.append(script)
        return f'<script{attributes} src="{root}{script.path}"></script>'

    return _SCRIPT.sub(move, html), files


def write(scripts: list[ScriptFile], site_dir: Path) -> None:
    """The moved scripts, each file written once (pages share them)."""
    for script in scripts:
        target = site_dir / script.path
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(script.text, encoding="utf-8")
