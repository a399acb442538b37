"""What a reader sees: the school's logo on a phone, the share links in rows,
and screenshots of the pages that matter most, kept in test-artifacts/ for review."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from browsing import PHONE, VIEWPORTS
from e2c.content.loading import load_content
from eligibility_cases import derived_cases
from PIL import Image
from self_check_form import PAGE as CHECK_PAGE
from self_check_form import fill
from site_helpers import PROJECT

pytestmark = pytest.mark.browser

SCREENSHOTS = PROJECT / "test-artifacts" / "screenshots"
HOME = {"fr": "/", "en": "/en/"}


def test_the_logo_shows_in_the_phone_header(site_pages, base_url, new_context):
    page = new_context(viewport=PHONE).new_page()
    missing = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        logo = page.locator(".md-header .md-logo img, .md-header .md-logo svg").first
        shown = logo.evaluate(
            """(image) => {
              const box = image.getBoundingClientRect();
              const header = document.querySelector(".md-header").getBoundingClientRect();
              const loaded = image.tagName !== "IMG" || (image.complete && image.naturalWidth > 0);
              return loaded && box.width >= 20 && box.height >= 20
                && box.top >= header.top && box.bottom <= header.bottom
                && box.left >= 0 && box.right <= innerWidth
                && image.checkVisibility({visibilityProperty: true, opacityProperty: true});
            }"""
        )
        if not shown:
            missing.append(str(site_page))
    assert not missing, "no logo in the phone header of:\n" + "\n".join(missing)


# For each share list: how many rows its links take, and whether two links touch.
SHARE_ROWS_JS = """
() => [...document.querySelectorAll(".e2c-share__list")].map((list) => {
  const boxes = [...list.querySelectorAll(".e2c-share__link")]
    .filter((link) => link.checkVisibility())
    .map((link) => link.getBoundingClientRect());
  const rows = new Set(boxes.map((box) => Math.round(box.top))).size;
  const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
  const touching = boxes.some((a, i) => boxes.slice(i + 1).some((b) => !apart(a, b)));
  return {links: boxes.length, rows, touching};
})
"""


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_share_links_sit_several_to_a_row_on_a_phone(site_pages, base_url, new_context, javascript):
    page = new_context(viewport=PHONE, java_script_enabled=javascript).new_page()
    lists = 0
    wrong = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        for found in page.evaluate(SHARE_ROWS_JS):
            lists += 1
            # Several to a row: at most half as many rows as links, and no two overlapping.
            if found["links"] < 2 or found["rows"] * 2 > found["links"] or found["touching"]:
                wrong.append(f"{site_page}: {found}")
    assert lists >= len(site_pages) // 2, "the share links are missing from most pages"
    assert not wrong, "\n".join(wrong)


def not_blank(png: bytes) -> bool:
    """A screenshot that shows something: more than a handful of colours."""
    colours = Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=1 << 16)
    return colours is None or len(colours) > 16


def save(name: str, png: bytes) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    path.write_bytes(png)
    return path


RULES = load_content(PROJECT / "content").eligibility
# A verdict other than "eligible": the one a reader most needs to read well.
VERDICT_CASE = next(case for case in derived_cases(RULES) if case.not_met)

IN_VIEW_JS = """
() => {
  const box = document.querySelector("#resultat")?.getBoundingClientRect();
  return box && box.top >= 0 && box.bottom <= innerHeight;
}
"""


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_screenshots_of_home_self_check_and_a_verdict_are_kept_for_review(
    new_context, base_url, language, viewport
):
    page = new_context(viewport=VIEWPORTS[viewport]).new_page()
    shots = {}
    page.goto(base_url + HOME[language])
    shots["home"] = page.screenshot()
    page.goto(base_url + CHECK_PAGE[language])
    shots["self-check"] = page.screenshot()
    fill(page, VERDICT_CASE.answers)
    page.wait_for_function(IN_VIEW_JS)
    shots["verdict"] = page.screenshot()
    for name, png in shots.items():
        size = Image.open(io.BytesIO(png)).size
        assert size == (VIEWPORTS[viewport]["width"], VIEWPORTS[viewport]["height"]), name
        assert not_blank(png), f"the {name} screenshot is blank"
        save(f"{name}-{language}-{viewport}", png)
