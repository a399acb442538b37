"""Nothing in the built site loads a resource from another host.

Links to other sites are fine (a reader chooses to follow them); what a page
loads by itself (scripts, styles, fonts, images, frames) must come from the site.
The browser tests check the same thing on the requests Chromium really makes.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from site_helpers import built_pages

# rel values of <link> that make the browser fetch or connect.
FETCHING_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "manifest",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
    "mask-icon",
}
SOURCE_ATTRIBUTES = {"src", "srcset", "poster", "data"}
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""", re.I)


class _LoadedResources(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link":
            if set(values.get("rel", "").lower().split()) & FETCHING_RELS:
                self.found.append(values.get("href", ""))
        elif tag != "a":
            for name in SOURCE_ATTRIBUTES & values.keys():
                self.found.extend(
                    part.split()[0] for part in values[name].split(",") if part.strip()
                )
        if "style" in values:
            self.found.extend(u for pair in CSS_URL.findall(values["style"]) for u in pair if u)

    def handle_data(self, data: str) -> None:
        if self.lasttag == "style":
            self.found.extend(u for pair in CSS_URL.findall(data) for u in pair if u)


def loaded_by_html(path: Path) -> list[str]:
    parser = _LoadedResources()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.found


def test_the_scanner_sees_what_a_page_would_load(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        '<link rel="stylesheet" href="https://fonts.example/x.css"><a href="https://ok.example">'
        '<img srcset="//cdn.example/a.png 1x, b.png 2x"><style>@import "http://x.example/y.css";</style>'
    )
    external = [u for u in loaded_by_html(page) if EXTERNAL.match(u)]
    assert external == [
        "https://fonts.example/x.css",
        "//cdn.example/a.png",
        "http://x.example/y.css",
    ]


def test_no_page_loads_anything_from_another_host(site_dir):
    offenders = {
        str(path.relative_to(site_dir)): external
        for path in built_pages(site_dir)
        if (external := [u for u in loaded_by_html(path) if EXTERNAL.match(u)])
    }
    assert not offenders


def test_no_stylesheet_loads_anything_from_another_host(site_dir):
    offenders = {}
    for path in site_dir.rglob("*.css"):
        urls = [u for pair in CSS_URL.findall(path.read_text(encoding="utf-8")) for u in pair if u]
        if external := [u for u in urls if EXTERNAL.match(u)]:
            offenders[str(path.relative_to(site_dir))] = external
    assert not offenders
