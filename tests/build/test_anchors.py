"""Partners link to sections: every section heading has a permanent, plain id."""

from __future__ import annotations

import re

from site_helpers import built_pages

PLAIN_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HEADING = re.compile(r"<h([2-6])([^>]*)>(.*?)</h\1>", re.S)


def article(html: str) -> str:
    match = re.search(r"<article\b.*?</article>", html, flags=re.S)
    return match.group(0) if match else ""


def heading_ids(html: str) -> list[str | None]:
    ids = []
    for _, attributes, _ in HEADING.findall(article(html)):
        found = re.search(r'\bid="([^"]*)"', attributes)
        ids.append(found.group(1) if found else None)
    return ids


def test_every_section_heading_has_a_plain_id(site_dir):
    problems = []
    for page in built_pages(site_dir):
        for anchor in heading_ids(page.read_text(encoding="utf-8")):
            if anchor is None or not PLAIN_ID.match(anchor):
                problems.append(f"{page.relative_to(site_dir)}: heading id {anchor!r}")
    assert not problems, "\n".join(problems)


def test_both_languages_share_their_section_ids(site_dir):
    problems = []
    for page in built_pages(site_dir):
        relative = page.relative_to(site_dir).as_posix()
        if relative.startswith("en/") or relative.endswith("404.html"):
            continue
        twin = site_dir / "en" / relative
        french = heading_ids(page.read_text(encoding="utf-8"))
        english = heading_ids(twin.read_text(encoding="utf-8"))
        if french != english:
            problems.append(f"/{relative}: {french} != {english}")
    assert not problems, "\n".join(problems)
