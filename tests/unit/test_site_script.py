"""The site's one script: Material's inline scripts and ours, joined once for every page."""

from __future__ import annotations

import re

import pytest
from e2c.publish import page_start, site_script

SCOPE_REST = ",__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+e))"
PALETTE = 'var palette=__md_get("__palette");if(palette){document.body.dataset.p=1}'
ANCHOR = "var target=document.getElementById(location.hash.slice(1));target&&f()"


def page(scope: str) -> str:
    """A page as Material writes it, with its way back to the site's root as `scope`."""
    return (
        f'<html><head><script>__md_scope=new URL("{scope}",location){SCOPE_REST}</script>'
        '<script type="application/ld+json">{}</script></head>'
        f'<body><header><div data-md-component="palette"></div><script>{PALETTE}</script>'
        f"</header><article><h1>T</h1></article>\n<script>{ANCHOR}</script>"
        '<script id="__config" type="application/json">{}</script>'
        '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script></body></html>'
    )


def test_every_page_shares_the_same_code_whatever_its_depth():
    codes = {
        site_script.theme_code(page("."), "./"),
        site_script.theme_code(page(".."), "../"),
        site_script.theme_code(page("../../.."), "../../../"),
        site_script.theme_code(page("/"), "/"),  # the 404 pages, served at any depth
    }
    assert len(codes) == 1
    (code,) = codes
    # The site's root, found from the script's own address (assets/javascripts/).
    assert code.startswith('__md_scope=new URL("../..",document.currentScript.src),__md_get=')
    assert "location)" not in code.split(";")[0]


def test_the_scope_comes_first_the_anchor_waits_for_the_page_and_the_palette_is_left_out():
    code = site_script.theme_code(page(".."), "../")
    assert code.index("__md_scope") < code.index(ANCHOR)
    assert f'document.addEventListener("DOMContentLoaded",function(){{{ANCHOR}}});' in code
    # The palette is set before the page shows, by the page's start script.
    assert PALETTE not in code


def test_another_absolute_scope_is_kept_and_a_wrong_relative_one_refused():
    code = site_script.theme_code(page("/docs/"), "../")  # `extra.scope`: the same everywhere
    assert code.startswith('__md_scope=new URL("/docs/",location)')
    with pytest.raises(ValueError, match="scope"):
        site_script.theme_code(page("../.."), "../")


def test_a_page_missing_one_of_material_scripts_is_an_error():
    for script in (PALETTE, ANCHOR, "__md_scope=new URL"):
        with pytest.raises(ValueError, match="not all found"):
            site_script.theme_code(page("..").replace(f"<script>{script}", "<script>x"), "../")


def test_the_joined_file_is_named_by_its_bytes_and_keeps_our_variables_apart():
    theme = site_script.theme_code(page(".."), "../")
    own = [("e2c.js", "// a comment\nvar toggleButtons = {};\n"), ("eligibility.js", "go();")]
    script = site_script.joined(theme, own)
    assert re.fullmatch(r"assets/javascripts/site\.[0-9a-f]{16}\.js", script.path)
    assert script.text.startswith(theme)
    assert "(function(){var toggleButtons={};})();" in script.text  # minified, in a function
    assert script.text.index("toggleButtons") < script.text.index("go();")
    assert "comment" not in script.text
    assert site_script.joined(theme, own) == script
    assert site_script.joined(theme, [*own[:1], ("eligibility.js", "stop();")]).path != script.path


def test_the_start_script_takes_the_palette_script_place_and_loads_ours_then_the_bundle():
    html = site_script.into_page(page(".."), "../assets/javascripts/site.0123.js")
    assert "__md_scope" not in html and PALETTE not in html and ANCHOR not in html
    start = page_start.element(
        "..",  # the scope Material wrote into the page
        ["../assets/javascripts/site.0123.js", "../assets/javascripts/bundle.a5f9d56c.min.js"],
    )
    assert f'<div data-md-component="palette"></div>{start}</header>' in html
    assert re.findall(r"<script[^>]*>", html) == [
        '<script type="application/ld+json">',
        start[: start.index(">") + 1],
        '<script id="__config" type="application/json">',
    ]
    assert page_start.loaded_scripts(html) == [
        "../assets/javascripts/site.0123.js",
        "../assets/javascripts/bundle.a5f9d56c.min.js",
    ]


def test_the_start_script_reads_the_palette_under_the_scope_material_gives():
    html = site_script.into_page(page("/docs/"), "../assets/javascripts/site.0123.js")
    assert '<script data-e2c-scope="/docs/" ' in html


def test_a_page_without_material_bundle_or_with_two_is_an_error():
    bundle = '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>'
    for html in (page("..").replace(bundle, ""), page("..").replace(bundle, bundle * 2)):
        with pytest.raises(ValueError, match="bundle"):
            site_script.into_page(html, "../assets/javascripts/site.0123.js")


def test_our_sources_come_from_the_first_theme_folder_holding_them(tmp_path):
    overrides, theme = tmp_path / "overrides", tmp_path / "material"
    for folder, name in ((overrides, "e2c.js"), (theme, "e2c.js"), (theme, "eligibility.js")):
        (folder / site_script.FOLDER).mkdir(parents=True, exist_ok=True)
        (folder / site_script.FOLDER / name).write_text(f"// {folder.name}", encoding="utf-8")
    assert site_script.own_sources([overrides, theme]) == [
        ("e2c.js", "// overrides"),
        ("eligibility.js", "// material"),
    ]
    with pytest.raises(ValueError, match=r"eligibility\.js"):
        site_script.own_sources([overrides])
