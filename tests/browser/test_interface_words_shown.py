"""The site's script names what it makes with the interface's words the page
carries (content/interface.yml), in the page's language: it holds none itself."""

from __future__ import annotations

import pytest
from browsing import PHONE
from e2c.content.loading import load_content
from site_helpers import PROJECT

pytestmark = pytest.mark.browser

WORDS = load_content(PROJECT / "content").interface


@pytest.mark.parametrize(("path", "language"), [("/", "fr"), ("/en/", "en")])
def test_the_menu_and_search_buttons_are_named_in_the_page_language(
    base_url, new_context, path, language
):
    page = new_context(viewport=PHONE).new_page()
    page.goto(base_url + path)
    words = WORDS[language].page
    for toggle, name in (("__drawer", words.menu), ("__search", words.search)):
        button = page.locator(f"button[data-e2c-toggle={toggle}]")
        button.wait_for()
        assert button.get_attribute("aria-label") == name, toggle
        assert page.get_by_role("button", name=name, exact=True).count() >= 1
