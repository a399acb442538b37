"""Small images written into the page as `data:` URIs: the logo (in the
header and in the phone menu) and the favicon.

As files, each costs a request on a first visit and, checked again, one on
every page after it. As text in the page, gzip brings the logo down to a few
hundred bytes, and its second copy to a few. The Content-Security-Policy
allows them (`img-src 'self' data:`). The files stay published: the
structured data names the logo by its address.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import partial
from urllib.parse import quote

# The images inlined: the theme's settings in mkdocs.yml that name them.
THEME_IMAGES = ("logo", "favicon")


def paths(theme: Mapping[str, object]) -> list[str]:
    """The images of THEME_IMAGES that mkdocs.yml sets, by path from the site's root."""
    return [str(theme[name]) for name in THEME_IMAGES if theme.get(name)]


# What a URL keeps as it is: the rest is percent-encoded (`<`, `>`, `#`, `%`,
# spaces...), which the Nu HTML Checker requires and gzip minds little.
_SAFE = "/:;=,'()!*.-_~"
_BETWEEN_TAGS = re.compile(r">\s+<")


def svg_data_uri(svg: str) -> str:
    """An SVG as a `data:` URI: spaces between tags dropped, double quotes made
    single (no escaping in the attribute), the rest percent-encoded."""
    text = _BETWEEN_TAGS.sub("><", svg.strip()).replace('"', "'")
    return "data:image/svg+xml," + quote(text, safe=_SAFE)


def _reference(path: str) -> re.Pattern[str]:
    """`<img … src="…">` or `<link rel="icon" … href="…">` to `path`, from a
    page at any depth (`../`, `./`, none) or from the site's root path (`/`)."""
    prefix = r"(?:\./|(?:\.\./)*|/(?:[^\"/<>]+/)*)"
    return re.compile(
        r"(?P<head><(?:img\b[^>]*?\ssrc|link\b[^>]*?\srel=\"icon\"[^>]*?\shref)=\")"
        + prefix
        + re.escape(path)
        + '"'
    )


def inline_images(html: str, uris: Mapping[str, str]) -> str:
    """The page with each image of `uris` (path -> data: URI) written in."""
    for path, uri in uris.items():
        html = _reference(path).sub(partial(_written_in, uri), html)
    return html


def _written_in(uri: str, match: re.Match[str]) -> str:
    return f'{match.group("head")}{uri}"'
