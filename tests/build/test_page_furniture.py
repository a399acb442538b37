"""A school's site, not a manual: no "table of contents" heading, no previous
and next links, and a real footer on every page."""

from __future__ import annotations

import re

from site_helpers import built_pages


def test_every_page_has_a_footer_to_contact_and_legal_notice_and_no_manual_furniture(site_dir):
    problems = []
    for page in built_pages(site_dir):
        if page.name == "404.html":
            continue
        html = page.read_text(encoding="utf-8")
        footer = re.search(r"<footer class=\"md-footer\">.*?</footer>", html, flags=re.S)
        if not footer:
            problems.append(f"{page}: no footer")
            continue
        for target in ("contact/", "mentions-legales/"):
            itself = page.parent.name == target.rstrip("/") and 'href="./"' in footer.group(0)
            if not itself and not re.search(rf'href="[./]*(en/)?{target}"', footer.group(0)):
                problems.append(f"{page}: the footer lacks {target}")
        if "Table des matières" in html or "Table of contents" in html:
            problems.append(f"{page}: a 'table of contents' heading")
        if "md-footer__link" in html:
            problems.append(f"{page}: previous/next links")
    assert not problems, "\n".join(problems)
