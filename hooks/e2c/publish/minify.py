"""The site's own stylesheet and scripts minified (the stylesheet once the build
has copied it, the scripts as e2c.publish.site_script joins them): a phone
on a slow line downloads the rules, not their comments.

Material's files come minified already; only ours (overrides/assets) are done.
Pages lose the indentation between their tags (`page_whitespace`).
"""

from __future__ import annotations

import re
from pathlib import Path

import rcssmin
import rjsmin

# Paths in the built site, as overrides/assets/ has them. Our scripts are
# minified as they join the site's one script (e2c.publish.site_script).
OWN_ASSETS = ("assets/stylesheets/e2c.css",)


def minified(path: str, text: str) -> str:
    if path.endswith(".css"):
        return str(rcssmin.cssmin(text))
    return str(rjsmin.jsmin(text))


def minify_own_assets(site_dir: Path) -> list[str]:
    """Minify each of our files the build wrote; the paths of those done."""
    done = []
    for path in OWN_ASSETS:
        file = site_dir / path
        if file.is_file():
            file.write_text(minified(path, file.read_text(encoding="utf-8")), encoding="utf-8")
            done.append(path)
    return done


# Whitespace between two tags that holds a line break (the templates'
# indentation), unless in <pre> or <textarea>, where it shows as written
# (Material's `white-space: pre-wrap` is for <pre> only): those are matched
# whole, and kept.
_BETWEEN_TAGS = re.compile(r"(<(pre|textarea)\b.*?</\2>)|(?<=>)[ \t]*\n\s*(?=<)", re.S | re.I)


def page_whitespace(html: str) -> str:
    """The page with each run of whitespace between two tags that holds a line
    break made one line break: the same page on screen (a browser shows any
    run of whitespace as one space, or nothing between blocks), about half a
    kilobyte less on the wire. Text, attributes, <pre> and <textarea> keep theirs."""
    return _BETWEEN_TAGS.sub(lambda match: match.group(1) or "\n", html)
