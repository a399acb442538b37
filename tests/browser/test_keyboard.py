"""With the keyboard alone: skip link first, focus always visible, everything reachable."""

from __future__ import annotations

import pytest
from browsing import DESKTOP, MAX_TAB_STOPS, PHONE, VIEWPORTS, tab_to, type_like_a_person

pytestmark = pytest.mark.browser

# Describes the focused element and whether a reader can see that it has
# focus: a ring on it, on screen. A hidden toggle input (Material's palette
# switch) shows its focus on the label that follows it.
FOCUS_JS = """
() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const shows = el => {
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
      || (s.boxShadow && s.boxShadow !== 'none');
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < innerHeight && box.left < innerWidth;
    return ring && onScreen && el.checkVisibility({visibilityProperty: true});
  };
  const next = e.nextElementSibling;
  const label = e.matches('input.md-option') && next && next.tagName === 'LABEL' ? next : null;
  return {
    name: `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} `
      + `"${(e.innerText || e.getAttribute('aria-label') || e.id || '').trim().slice(0, 30)}"`,
    shown: shows(e) || (label !== null && shows(label)),
  };
}
"""


def test_skip_link_is_the_first_focusable_element(site_pages, base_url, new_context):
    page = new_context(viewport=DESKTOP).new_page()
    problems = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_JS)
        is_skip = page.evaluate("document.activeElement.classList.contains('md-skip')")
        if not is_skip or not focused["shown"]:
            problems.append(f"{site_page}: first Tab reaches {focused}")
            continue
        page.keyboard.press("Enter")
        target = page.evaluate("location.hash")
        if not target or not page.locator(f"article {target}").count():
            problems.append(f"{site_page}: the skip link leads to '{target}', not into the content")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_focus_is_always_visible(site_pages, base_url, new_context, viewport):
    page = new_context(viewport=VIEWPORTS[viewport]).new_page()
    problems = []
    for site_page in site_pages:
        page.goto(base_url + site_page.path)
        seen = set()
        for _ in range(MAX_TAB_STOPS):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUS_JS)
            if focused is None or focused["name"] in seen:
                break
            seen.add(focused["name"])
            if not focused["shown"]:
                problems.append(f"{site_page} [{viewport}]: focus not visible on {focused['name']}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_palette_toggle_works_with_the_keyboard(base_url, new_context, viewport):
    page = new_context(viewport=VIEWPORTS[viewport], color_scheme="light").new_page()
    page.goto(base_url + "/")
    tab_to(page, "input[name=__palette]")
    page.keyboard.press("Space")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_language_switcher_works_with_the_keyboard(base_url, new_context, viewport):
    page = new_context(viewport=VIEWPORTS[viewport]).new_page()
    page.goto(base_url + "/contact/")
    tab_to(page, ".md-select__link[hreflang=en]")
    assert page.evaluate(FOCUS_JS)["shown"]
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + "/en/contact/")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_search_works_with_the_keyboard(base_url, new_context, viewport):
    page = new_context(viewport=VIEWPORTS[viewport]).new_page()
    page.goto(base_url + "/en/", wait_until="networkidle")
    tab_to(page, "[data-e2c-toggle=__search], .md-search__input")
    if not page.evaluate("document.activeElement.matches('.md-search__input')"):
        page.keyboard.press("Enter")
    page.locator(".md-search__input").wait_for()
    assert page.evaluate("document.activeElement.matches('.md-search__input')")
    type_like_a_person(page, "interview")
    page.locator(".md-search-result__link").first.wait_for()
    page.wait_for_function(
        "() => /[0-9]/.test(document.querySelector('.md-search-result__meta').textContent)"
    )
    # Material's search moves through its results with the arrow keys.
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.matches('.md-search-result__link')")
    assert page.evaluate(FOCUS_JS)["shown"]
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.startswith(base_url + "/en/") and "?h=" in url)


def test_phone_menu_works_with_the_keyboard(base_url, new_context):
    page = new_context(viewport=PHONE).new_page()
    page.goto(base_url + "/")
    tab_to(page, "[data-e2c-toggle=__drawer]")
    page.keyboard.press("Enter")
    link = page.locator(".md-sidebar--primary .md-nav__link[href='candidater/']")
    tab_to(page, ".md-sidebar--primary .md-nav__link[href='candidater/']")
    assert link.is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + "/candidater/")
    # A section of the menu opens with the keyboard too.
    tab_to(page, "[data-e2c-toggle=__drawer]")
    page.keyboard.press("Enter")
    tab_to(page, ".md-sidebar--primary label.md-nav__link")
    page.keyboard.press("Enter")
    tab_to(page, ".md-sidebar--primary .md-nav__link[href='../mentions-legales/']")
    assert page.evaluate(FOCUS_JS)["shown"]
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + "/mentions-legales/")
    # Escape closes the menu and gives the focus back to its button.
    tab_to(page, "[data-e2c-toggle=__drawer]")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.dataset.e2cToggle") == "__drawer"
    assert not page.locator("#__drawer").is_checked()
