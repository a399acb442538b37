"""Every page links one stylesheet (e2c.publish.stylesheet): the same file,
named by a hash of its bytes, holding every rule of ours after Material's."""

from __future__ import annotations

import re
from pathlib import Path

import rcssmin
from e2c.publish.security_headers import fingerprinted_name
from site_helpers import PROJECT, built_pages

STYLESHEET_LINK = re.compile(r"<link\b[^>]*\brel=\"stylesheet\"[^>]*>")
HREF = re.compile(r"\bhref=\"([^\"]+)\"")
OWN = PROJECT / "overrides" / "assets" / "stylesheets" / "e2c.css"


def linked(site_dir: Path, page: Path) -> list[Path]:
    found = []
    for link in STYLESHEET_LINK.findall(page.read_text(encoding="utf-8")):
        href = HREF.search(link)
        assert href, link
        # The 404 pages link from the site's root: they are served at any depth.
        base = site_dir if href.group(1).startswith("/") else page.parent
        found.append((base / href.group(1).lstrip("/")).resolve())
    return found


def test_every_page_links_the_same_one_stylesheet(site_dir):
    sheets = {page: linked(site_dir, page) for page in built_pages(site_dir)}
    assert all(len(found) == 1 for found in sheets.values()), {
        str(page.relative_to(site_dir)): found for page, found in sheets.items() if len(found) != 1
    }
    (sheet,) = {found[0] for found in sheets.values()}
    assert sheet.is_file(), sheet
    for page in (site_dir / "404.html", site_dir / "en" / "404.html"):
        assert linked(site_dir, page) == [sheet]
        assert 'href="/assets/stylesheets/' in page.read_text(encoding="utf-8")


def test_the_stylesheet_is_named_by_its_bytes_and_is_the_only_one(site_dir):
    sheets = list((site_dir / "assets" / "stylesheets").glob("*.css"))
    assert len(sheets) == 1, sheets  # Material's and ours are joined into it
    text = sheets[0].read_text(encoding="utf-8")
    assert f"assets/stylesheets/{sheets[0].name}" == fingerprinted_name(
        "assets/stylesheets", "site", "css", text
    )
    assert list(site_dir.rglob("*.css")) == sheets


CUSTOM_PROPERTY = re.compile(r"--[\w-]+:[^;{}]*;?")
EMPTY_RULE = re.compile(r"[^{};]+\{\}")


def without_custom_properties(css: str) -> str:
    """The rules without their custom properties (the build drops those nothing
    reads), and the rules this leaves empty."""
    css = CUSTOM_PROPERTY.sub("", css).replace(";}", "}")
    while EMPTY_RULE.search(css):
        css = EMPTY_RULE.sub("", css)
    return css


def test_every_rule_of_ours_is_in_it_last(site_dir):
    (sheet,) = (site_dir / "assets" / "stylesheets").glob("*.css")
    ours = str(rcssmin.cssmin(OWN.read_text(encoding="utf-8")))
    built = sheet.read_text(encoding="utf-8")
    assert without_custom_properties(built).endswith(without_custom_properties(ours))


def test_custom_properties_and_the_rules_they_empty_are_left_out_of_the_comparison():
    css = ":root{--a:1}.b{--c:2;color:red}@media print{.d{--e:0}}.f{color:var(--a)}"
    assert without_custom_properties(css) == ".b{color:red}.f{color:var(--a)}"
