import json
import re

import pytest
from content_helpers import FIXTURE_CONTENT
from e2c.content.loading import load_content
from e2c.publish import theme_fixes

# The interface's words (content/interface.yml) the fixes write, by language.
WORDS = load_content(FIXTURE_CONTENT).interface

PAGE = """<html><head><script>__md_scope=new URL("..",location)</script></head>
<body><script>var palette=__md_get("__palette");</script>
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<label class="md-header__button md-icon" for="__drawer"><svg></svg></label>
<label class="md-header__button md-icon" for="__search"><svg></svg></label>
<div data-md-component="skip">
  </div>
<div class="md-search" data-md-component="search" role="dialog"></div>
<article><h1 id="page-not-found">Page not found</h1></article>
<script>var target=document.getElementById(location.hash.slice(1));target&&f()</script>
<script id="__config" type="application/json">{"base": "../..", "search": "x.js"}</script>
</body></html>"""


def config_of(html: str) -> dict:
    match = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html)
    assert match
    return json.loads(match.group(1))


def test_checkbox_loses_autocomplete_and_nothing_else():
    fixed = theme_fixes.drop_checkbox_autocomplete(PAGE)
    assert "autocomplete" not in fixed
    assert 'id="__drawer">' in fixed


def test_a_page_without_table_of_contents_gets_a_skip_link_to_its_heading():
    fixed = theme_fixes.ensure_skip_link(PAGE, WORDS["en"])
    skip = WORDS["en"].page.skip_to_content
    assert f'<a href="#page-not-found" class="md-skip">{skip}</a>' in fixed
    assert theme_fixes.ensure_skip_link(fixed, WORDS["en"]) == fixed


def test_skip_link_needs_a_heading_to_lead_to():
    with pytest.raises(ValueError, match="h1"):
        theme_fixes.ensure_skip_link(PAGE.replace(' id="page-not-found"', ""), WORDS["fr"])


def test_the_search_dialog_gets_a_name_in_the_page_language():
    fixed = theme_fixes.name_search_dialog(PAGE, WORDS["en"])
    assert f'role="dialog" aria-label="{WORDS["en"].page.search_site}">' in fixed
    with pytest.raises(ValueError, match="search dialog"):
        theme_fixes.name_search_dialog("<html></html>", WORDS["fr"])


def test_the_header_labels_carry_the_names_of_the_buttons_the_script_makes():
    fixed = theme_fixes.name_header_buttons(PAGE, WORDS["en"])
    menu, search = WORDS["en"].page.menu, WORDS["en"].page.search
    assert f'for="__drawer" data-e2c-name="{menu}">' in fixed
    assert f'for="__search" data-e2c-name="{search}">' in fixed
    with pytest.raises(ValueError, match="__search"):
        theme_fixes.name_header_buttons(PAGE.replace('for="__search"', ""), WORDS["en"])


def test_language_root_becomes_the_base_of_other_languages():
    assert config_of(theme_fixes.set_language_root(PAGE, "en"))["base"] == "../../en/"
    assert config_of(theme_fixes.set_language_root(PAGE, ""))["base"] == "../.."
    absolute = PAGE.replace('"../.."', '"/"')
    assert config_of(theme_fixes.set_language_root(absolute, "en"))["base"] == "/en/"


def test_a_page_without_material_config_is_an_error():
    with pytest.raises(ValueError, match="__config"):
        theme_fixes.set_language_root("<html></html>", "en")


def test_fix_page_applies_every_correction():
    words = WORDS["fr"]
    fixed = theme_fixes.fix_page(PAGE, words, "")
    assert "autocomplete" not in fixed
    assert words.page.skip_to_content in fixed
    assert f'aria-label="{words.page.search_site}"' in fixed
    assert f'data-e2c-name="{words.page.menu}"' in fixed
    # Material's inline scripts are left to e2c.publish.site_script.
    assert fixed.count("<script>") == PAGE.count("<script>")


def test_the_header_title_also_has_its_short_form_for_phones():
    page = (
        '<div class="md-header__topic">\n  <span class="md-ellipsis">\n    École longue\n  </span>'
    )
    fixed = theme_fixes.short_title_for_phones(page, "E2C & co")
    assert '<span class="e2c-title-long">École longue</span>' in fixed
    assert '<span class="e2c-title-short">E2C &amp; co</span>' in fixed


def test_the_palette_is_no_form_and_search_is_never_sent():
    page = (
        '<form class="md-header__option" data-md-component="palette"><input></form>'
        '<form class="md-search__form" name="search"><input type="text"></form>'
    )
    fixed = theme_fixes.palette_without_form(page)
    fixed = theme_fixes.search_form_never_sent(fixed, WORDS["fr"])
    assert '<div class="md-header__option" data-md-component="palette"><input></div>' in fixed
    assert (
        '<form class="md-search__form" name="search">'
        f'<button type="submit" hidden disabled>{WORDS["fr"].page.search_site}</button>'
    ) in fixed


def test_a_toc_toggle_without_label_goes():
    toggle = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'
    assert theme_fixes.drop_unused_toc_toggle(f"<p>{toggle}</p>") == "<p></p>"
    kept = f'{toggle}<label for="__toc">x</label>'
    assert theme_fixes.drop_unused_toc_toggle(kept) == kept


def test_the_sections_title_of_a_page_outside_the_menu_labels_nothing():
    title = '<label class="md-nav__title" for="__toc">\n <span></span>\n Sur cette page\n</label>'
    assert theme_fixes.toc_title_without_toggle(f"<nav>{title}</nav>") == (
        '<nav><div class="md-nav__title">\n <span></span>\n Sur cette page\n</div></nav>'
    )
    with_toggle = f'<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">{title}'
    assert theme_fixes.toc_title_without_toggle(with_toggle) == with_toggle
