"""The one stylesheet, pruned (e2c.publish.stylesheet), against the three whole
stylesheets Material links (the same site built with E2C_ONE_STYLESHEET=0):
every page looks the same, pixel for pixel, in full-page screenshots, light
and dark, phone and desktop; so do the states the scripts bring (the phone
menu, search results, the other palette, the header's shadow, the
self-check's verdict), whose rules ask for what the scripts add at run time.

The rules that apply to a page are the same, in the same order, so the
pixels must be, but for two things Chromium does on one site as on the other:
- the first capture of a page often differs a little from the next ones,
  which agree (the search field's text drawn a shade apart, a menu scrolled
  otherwise), and now and then the dots of a dotted underline broken over
  two lines shift by one: screenshots that differ are taken again, half a
  second later (on a busy machine, the search field's colour transition
  started by the load may outlast a capture), twice at most (a lost rule
  shows every time, that flicker does not);
- the antialiased edge of a rounded corner may come out a shade apart (one
  pixel, one level, once in 176 pages): a colour channel may differ by
  TOLERANCE levels of 255. A lost rule moves or recolours far more.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from browsing import DESKTOP, PHONE, VIEWPORTS, type_like_a_person
from e2c.content.loading import load_content
from e2c.publish.stylesheet import ENV
from eligibility_cases import derived_cases
from nginx_server import serve
from PIL import Image, ImageChops
from self_check_form import PAGE as CHECK_PAGE
from self_check_form import fill
from site_helpers import PROJECT, build

pytestmark = pytest.mark.browser

SCHEMES = ("light", "dark")
DIFFERENCES = PROJECT / "test-artifacts" / "pruned-styles"
NO_ANIMATION = "() => document.getAnimations().every((a) => a.playState !== 'running')"


@pytest.fixture(scope="module")
def whole_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same site with Material's two stylesheets and ours, whole, as three files."""
    out = tmp_path_factory.mktemp("site-whole-stylesheets")
    result = build(PROJECT, out, extra_env={ENV: "0"})
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stdout}\n{result.stderr}"
    with serve(out) as url:
        yield url


def stylesheets(page) -> int:
    return page.evaluate("() => document.styleSheets.length")


def screenshot(page, full_page: bool = True) -> bytes:
    """Transitions and animations run to their end first, the text caret hidden."""
    return page.screenshot(full_page=full_page, animations="disabled", caret="hide")


TOLERANCE = 2


def same_pixels(a: bytes, b: bytes) -> bool:
    if a == b:
        return True
    first, second = (Image.open(io.BytesIO(png)).convert("RGB") for png in (a, b))
    if first.size != second.size:
        return False
    extrema = ImageChops.difference(first, second).getextrema()
    return all(high <= TOLERANCE for _, high in extrema)


RETAKES = 2
# Transitions ended at once, on both sites: the screenshots' own way of ending
# them misses the search field's placeholder, whose colour transition, started
# as the page loads, now and then still ran on a busy machine in all three
# captures of one of them.
STILL = "*,*::before,*::after,*::placeholder{transition:none!important}"
SETTLE_MS = 500
# A lost rule differs on every load of the page. Chromium, on a busy machine,
# has drawn a link's underline a few levels apart for all the captures of one
# load (8 of 255, one pixel high): pages that still differ are loaded again.
LOADS = 2


def difference(name: str, pruned, whole, full_page: bool = True) -> str | None:
    """None when the two pages look the same, pixel for pixel (within
    TOLERANCE); else what differs, the last screenshots kept in
    test-artifacts/ for review."""
    shots: tuple[list[bytes], list[bytes]] = ([], [])
    for take in range(1 + RETAKES):
        if take:
            # A transition started by the load may outlast the first capture
            # on a busy machine (Material's search field: a quarter second).
            for page in (pruned, whole):
                page.wait_for_timeout(SETTLE_MS)
        shots[0].append(screenshot(pruned, full_page))
        shots[1].append(screenshot(whole, full_page))
        if any(same_pixels(a, b) for a in shots[0] for b in shots[1]):
            return None
    DIFFERENCES.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^\w-]+", "_", name).strip("_")
    (DIFFERENCES / f"{stem}-pruned.png").write_bytes(shots[0][-1])
    (DIFFERENCES / f"{stem}-whole.png").write_bytes(shots[1][-1])
    a, b = (Image.open(io.BytesIO(png)).convert("RGB") for png in (shots[0][-1], shots[1][-1]))
    if a.size != b.size:
        return f"{name}: {a.size} pruned, {b.size} whole"
    box = ImageChops.difference(a, b).getbbox()
    return f"{name}: pixels differ within {box} (test-artifacts/pruned-styles/{stem}-*.png)"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_every_page_looks_the_same_with_the_pruned_stylesheet(
    site_pages, base_url, whole_url, new_context, viewport, scheme
):
    options = {
        "viewport": VIEWPORTS[viewport],
        "color_scheme": scheme,
        "reduced_motion": "reduce",
        "bypass_csp": True,  # for STILL, a style of the test's own
    }
    pruned, whole = new_context(**options).new_page(), new_context(**options).new_page()
    different = []
    for site_page in site_pages:
        name = f"{site_page.path} {viewport} {scheme}"
        for _ in range(LOADS):
            pruned.goto(base_url + site_page.path)
            whole.goto(whole_url + site_page.path)
            # What is compared: one stylesheet against Material's two and ours.
            assert (stylesheets(pruned), stylesheets(whole)) == (1, 3), site_page
            for page in (pruned, whole):
                page.add_style_tag(content=STILL)
            found = difference(name, pruned, whole)
            if found is None:
                break
        if found:
            different.append(found)
    assert not different, "pages that look different with the pruned stylesheet:\n" + "\n".join(
        different
    )


# Every computed style of the elements a state brings: equal on both sites.
# Custom properties count through the properties that use them: their own
# value is the text as written, which tinycss2 writes with fewer escapes
# (`<` where Material wrote `\3c `).
STYLES_JS = """
(selector) => [...document.querySelectorAll(selector)].map((element) => {
  const style = getComputedStyle(element);
  return Object.fromEntries([...style].filter((name) => !name.startsWith("--"))
    .map((name) => [name, style.getPropertyValue(name)]));
})
"""
RULES = load_content(PROJECT / "content").eligibility
VERDICT_CASE = next(case for case in derived_cases(RULES) if case.not_met)


def open_menu(page) -> str:
    page.locator("[data-e2c-toggle=__drawer]").click()
    page.wait_for_function("() => document.getElementById('__drawer').checked")
    return ".md-sidebar--primary, .md-sidebar--primary *, .md-overlay"


def search_results(page) -> str:
    # A word of the home page's own title: found whatever the pages say.
    title = page.locator("h1").first.inner_text()
    word = max(re.findall(r"\w+", title), key=len)
    page.locator("[data-e2c-toggle=__search]").click()
    type_like_a_person(page, word)
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_function(NO_ANIMATION)
    # Material's rules for its results: each after the first set apart by a line.
    article = page.locator(".md-search-result__article").first
    assert article.evaluate("(a) => getComputedStyle(a).position") == "relative"
    return ".md-search__form *, .md-search-result__meta, .md-search-result__item:nth-child(-n+2) *"


def other_palette(page) -> str:
    before = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(
        "(s) => document.body.dataset.mdColorScheme !== s"
        " && !document.body.hasAttribute('data-md-color-switching')",
        arg=scheme,
    )
    page.wait_for_function(NO_ANIMATION)
    # The colours of the palette copied onto <body> at run time.
    assert page.evaluate("() => getComputedStyle(document.body).backgroundColor") != before
    return "body, .md-header, .md-header *, .md-content h1, .md-content p, .md-content a"


def header_shadow(page) -> str:
    page.mouse.wheel(0, 600)
    page.wait_for_function("() => document.querySelector('.md-header--shadow')")
    page.wait_for_function(NO_ANIMATION)
    shadow = page.locator(".md-header").evaluate("(h) => getComputedStyle(h).boxShadow")
    assert shadow != "none", "Material's header shadow (md-header--shadow) has no rule"
    return ".md-header, .md-header *"


def verdict(page) -> str:
    fill(page, VERDICT_CASE.answers)
    page.locator("#resultat").wait_for()
    page.wait_for_function(NO_ANIMATION)
    # Material's button rules on the links the script writes.
    button = page.locator("#e2c-result .md-button--primary").first
    assert button.evaluate("(b) => getComputedStyle(b).backgroundColor") not in (
        "rgba(0, 0, 0, 0)",
        "transparent",
    )
    return "#e2c-result, #e2c-result *"


# Each state once, in one palette or the other (both for the palette toggle
# and the verdict, whose colours differ): the pages are compared in both.
STATES = {
    "phone menu, light": ("/", PHONE, "light", open_menu),
    "search results, dark": ("/", DESKTOP, "dark", search_results),
    "light to dark": ("/", DESKTOP, "light", other_palette),
    "dark to light": ("/", DESKTOP, "dark", other_palette),
    "header shadow, dark": ("/", PHONE, "dark", header_shadow),
    "verdict, light": (CHECK_PAGE["fr"], PHONE, "light", verdict),
    "verdict, dark": (CHECK_PAGE["en"], PHONE, "dark", verdict),
}


@pytest.mark.parametrize("state", list(STATES))
def test_what_scripts_show_looks_the_same_with_the_pruned_stylesheet(
    base_url, whole_url, new_context, state
):
    path, viewport, scheme, bring = STATES[state]
    options = {"viewport": viewport, "color_scheme": scheme, "reduced_motion": "reduce"}
    pages, styles = [], []
    for url in (base_url, whole_url):
        page = new_context(**options).new_page()
        page.goto(url + path)
        region = bring(page)
        pages.append(page)
        styles.append(page.evaluate(STYLES_JS, region))
    pruned_styles, whole_styles = styles
    assert pruned_styles, f"{state}: nothing matches {region}"
    assert len(pruned_styles) == len(whole_styles), state
    for index, (mine, theirs) in enumerate(zip(pruned_styles, whole_styles, strict=True)):
        changed = {k: (v, theirs.get(k)) for k, v in mine.items() if theirs.get(k) != v}
        assert not changed, f"{state}, element {index} of {region}: {changed}"
    assert difference(state, *pages, full_page=False) is None


def test_the_404_page_is_styled_at_any_depth(base_url, new_context):
    """The 404 page's one stylesheet is linked from the site's root."""
    page = new_context(viewport=PHONE).new_page()
    response = page.goto(base_url + "/no/such/page/")
    assert response is not None and response.status == 404
    assert stylesheets(page) == 1
    header = page.locator(".md-header").evaluate("(h) => getComputedStyle(h).position")
    assert header == "sticky"
