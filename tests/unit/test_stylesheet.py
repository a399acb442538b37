"""One stylesheet: Material's rules the pages cannot use taken out, ours kept,
joined in order, written once under a hash of its bytes and linked by every page."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from e2c.publish import stylesheet
from e2c.publish.stylesheet import (
    ENV,
    joined,
    links_of,
    outline,
    outline_cached,
    publish,
    site_markup,
    valued_attributes,
    wanted,
    with_one_link,
    without_unread_properties,
)

PAGE = """<!doctype html><html lang="fr" class="no-js"><head><title>Page</title></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="custom">
<input class="md-toggle" type="checkbox" data-md-toggle="drawer" id="__drawer">
<label class="md-option" for="__palette_1" data-md-color-scheme="slate"></label>
<header class="md-header"><a href="/" class="md-logo">Logo</a></header>
<article class="md-typeset"><h1 id="title">Titre</h1><p>Un <a class="e2c-term">mot</a>.</p>
<ul class="e2c-facts"><li>Un</li></ul></article>
<script type="application/json" id="e2c-rules">{"outcomes": [{"text": "<p class=\\"e2c-only-in-data\\">Oui</p>"}]}</script>
<script>var fake = '<div class="e2c-only-in-code">';</script>
</body></html>"""


# What scripts add at run time, as e2c.publish.runtime_tokens lists it: fixtures.
ADDED = {
    "classes": {"md-header--shadow", "md-tag--"},
    "attributes": {"data-md-color-switching", "data-clipboard-"},
    "elements": {"mark"},
}
NOTHING_ADDED: dict[str, set[str]] = {"classes": set(), "attributes": set(), "elements": set()}


def prune(css: str, *pages: str, added: dict[str, set[str]] = NOTHING_ADDED) -> str:
    """`css` as Material's, pruned against `pages` (PAGE by default)."""
    items = outline(css)
    markup = site_markup(pages or (PAGE,), valued_attributes([items]), **added)
    return joined([(items, True)], markup)


def kept(selector: str, *pages: str) -> bool:
    return prune(f"{selector}{{color:red}}", *pages) != ""


@pytest.mark.parametrize(
    "selector",
    [
        ".md-header",
        "body",
        "HTML",
        ".md-typeset a",
        ".md-typeset>h1+p",
        "#title",
        "article h1#title",
        "[data-md-toggle=drawer]:checked~.md-header .md-logo",
        "[dir=ltr] .md-typeset ul li",
        "[data-md-color-scheme=slate]",
        "[data-md-color-scheme=SLATE]",
        '[data-md-color-scheme="slate" i]',
        "input[type^=check]",
        "[for$=_1]",
        "[for*=palette]",
        "[lang|=fr]",
        "[class~=md-toggle]",
        "a[href]",
        ".md-typeset a:hover::before",
        ".md-typeset a:not(.md-missing)",
        ".md-header:is(.md-missing, .md-header)",
        ":root",
        ":root>*",
        "*",
        ".e2c-only-in-data",
    ],
)
def test_a_rule_that_could_match_a_page_stays(selector):
    assert kept(selector)


@pytest.mark.parametrize(
    "selector",
    [
        ".md-missing",
        "table",
        "#missing",
        ".md-typeset .md-missing",
        ".md-missing > .md-header",
        ".md-header.md-missing",
        "[dir=rtl] .md-typeset",
        "[data-md-color-primary=pink]",
        "[data-md-missing]",
        "input[type=radio]",
        "[for^=__search]",
        ".md-header:is(.md-missing, .md-other-missing)",
        ".md-missing:hover",
        # What an executable script's text holds is not markup of the page.
        ".e2c-only-in-code",
    ],
)
def test_a_rule_that_no_page_can_use_goes(selector):
    assert not kept(selector)


@pytest.mark.parametrize(
    "selector",
    [
        ".md-header--shadow",
        ".md-tag--anything",  # `md-tag--` is a prefix a script completes
        "[data-md-color-switching] .md-header",
        "[data-md-color-switching=any]",
        "[data-clipboard-anything]",
        ".md-typeset mark",
    ],
)
def test_what_scripts_add_at_run_time_keeps_its_rules(selector):
    assert not kept(selector)
    assert prune(f"{selector}{{color:red}}", added=ADDED) == f"{selector}{{color:red}}"


def test_only_the_selectors_that_could_match_stay_in_a_list():
    assert prune(".md-header,.md-missing,body{color:red}") == ".md-header,body{color:red}"


def test_a_list_with_a_vendor_specific_selector_stays_whole():
    # Splitting it could make valid for a browser a rule it drops today.
    css = ".md-header::-moz-selection,.md-missing::selection{color:red}"
    assert prune(css) == css
    assert prune(".md-missing::-moz-selection,.md-other::selection{color:red}") == ""


def test_media_and_supports_keep_what_stays_and_go_when_empty():
    css = (
        "@media screen and (min-width:60em){.md-header{top:0}.md-missing{top:1px}}"
        "@media print{.md-missing{display:none}}"
        "@supports selector(::-webkit-scrollbar){@media screen{body{margin:0}}}"
        "@supports (display:grid){.md-missing{display:grid}}"
    )
    assert prune(css) == (
        "@media screen and (min-width:60em){.md-header{top:0}}"
        "@supports selector(::-webkit-scrollbar){@media screen{body{margin:0}}}"
    )


def test_keyframes_and_fonts_stay_only_when_a_rule_kept_names_them():
    css = (
        "@keyframes pulse{0%{opacity:0}to{opacity:1}}"
        "@keyframes unused{0%{opacity:0}}"
        "@keyframes indirect{0%{opacity:0}}"
        "@keyframes of-a-pruned-rule{0%{opacity:0}}"
        '@font-face{font-family:"Roboto Mono";src:url(x.woff2)}'
        "@font-face{font-family:Lost;src:url(y.woff2)}"
        ".md-header{animation:pulse 1s}"
        ":root{--md-animation:indirect;--md-code-font:'Roboto Mono',monospace}"
        ".md-missing{animation:of-a-pruned-rule 1s;font-family:Lost}"
    )
    out = prune(css)
    assert "@keyframes pulse" in out and "@keyframes indirect" in out
    assert "unused" not in out and "@keyframes of-a-pruned-rule" not in out
    assert "Roboto Mono" in out and "@font-face{font-family:Lost" not in out


def test_custom_properties_on_the_root_and_the_palettes_stay():
    css = (
        ':root{--md-icon:url("data:image/svg+xml;charset=utf-8,<svg/>")}'
        "[data-md-color-scheme=slate]{--md-hue:232}"
        "[data-md-color-scheme=default]{--md-hue:0}"
    )
    assert prune(css) == css


def test_ours_is_kept_whole_and_the_order_holds():
    material = outline(".md-header{color:red}.md-missing{color:blue}")
    ours = outline(".e2c-missing{color:green}.md-header{color:black}")
    markup = site_markup([PAGE], valued_attributes([material, ours]))
    assert joined([(material, True), (ours, False)], markup) == (
        ".md-header{color:red}.e2c-missing{color:green}.md-header{color:black}"
    )


def test_one_charset_first_when_the_text_needs_it():
    out = prune('@charset "UTF-8";.md-header:before{content:"⌘"}body{margin:0}')
    assert out == '@charset "UTF-8";.md-header:before{content:"⌘"}body{margin:0}'
    assert prune('@charset "UTF-8";body{margin:0}') == "body{margin:0}"


def test_a_stylesheet_that_imports_another_cannot_be_joined():
    with pytest.raises(ValueError, match="imports"):
        outline('@import "other.css";body{margin:0}')


def test_the_outline_is_read_once_and_cached(tmp_path):
    css = ".md-header{color:red}"
    first = outline_cached(css, tmp_path)
    (cached,) = tmp_path.iterdir()
    assert outline_cached(css, tmp_path) == first == outline(css)
    assert list(tmp_path.iterdir()) == [cached]


LINKS = """<title>x</title>
      <link rel="stylesheet" href="../assets/stylesheets/main.1a2b3c4d.min.css">
        <link rel="stylesheet" href="../assets/stylesheets/palette.5e6f7a8b.min.css">
    <link rel="icon" href="../assets/images/favicon.svg">
      <link rel="stylesheet" href="../assets/stylesheets/e2c.css">
<meta name="x">"""


def test_a_page_links_one_stylesheet_where_the_first_was():
    links = links_of(LINKS)
    assert links is not None and links.root == "../"
    assert links.paths == (
        "assets/stylesheets/main.1a2b3c4d.min.css",
        "assets/stylesheets/palette.5e6f7a8b.min.css",
        "assets/stylesheets/e2c.css",
    )
    assert with_one_link(LINKS, "../assets/stylesheets/site.0123.css") == (
        "<title>x</title>\n"
        '      <link rel="stylesheet" href="../assets/stylesheets/site.0123.css">\n'
        '    <link rel="icon" href="../assets/images/favicon.svg">\n'
        '<meta name="x">'
    )
    # A page without the spaces between its tags stays without them.
    compact = "".join(line.strip() for line in LINKS.splitlines())
    assert with_one_link(compact, "/s.css") == (
        '<title>x</title><link rel="stylesheet" href="/s.css">'
        '<link rel="icon" href="../assets/images/favicon.svg"><meta name="x">'
    )
    assert links_of("<title>no stylesheet</title>") is None
    with pytest.raises(ValueError, match="different folders"):
        links_of(LINKS.replace('"../assets/stylesheets/e2c.css', '"/assets/stylesheets/e2c.css'))


def site(tmp_path: Path, pages: dict[str, str]) -> Path:
    """A built site: its pages, and the stylesheets they link."""
    sheets = tmp_path / "assets" / "stylesheets"
    sheets.mkdir(parents=True)
    (sheets / "main.1a2b3c4d.min.css").write_text(".md-header{top:0}.md-missing{top:1px}")
    (sheets / "main.1a2b3c4d.min.css.map").write_text("{}")
    (sheets / "palette.5e6f7a8b.min.css").write_text("[data-md-color-scheme=slate]{--x:1;--y:2}")
    (sheets / "e2c.css").write_text(".e2c-missing{color:var(--x)}")  # minified by the build
    for path, html in pages.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(html)
    return tmp_path


def test_publish_writes_one_file_named_by_its_bytes_and_every_page_links_it(tmp_path):
    head = LINKS.replace("../", "{root}")
    built = site(
        tmp_path,
        {
            "index.html": head.format(root="") + PAGE,
            "en/ecole/index.html": head.format(root="../../") + PAGE,
            "404.html": head.format(root="/") + PAGE,  # served at any depth
            "old/index.html": '<meta http-equiv="refresh" content="0; url=../">',
        },
    )
    name = publish(built)
    css = (built / name).read_text()
    assert name == f"assets/stylesheets/site.{hashlib.sha256(css.encode()).hexdigest()[:16]}.css"
    # `--y`: read by nothing, it goes.
    assert css == ".md-header{top:0}[data-md-color-scheme=slate]{--x:1}.e2c-missing{color:var(--x)}"
    assert sorted(p.name for p in (built / "assets" / "stylesheets").iterdir()) == [Path(name).name]
    for page, root in (("index.html", ""), ("en/ecole/index.html", "../../"), ("404.html", "/")):
        html = (built / page).read_text()
        assert html.count('rel="stylesheet"') == 1
        assert f'<link rel="stylesheet" href="{root}{name}">' in html
    assert "stylesheet" not in (built / "old/index.html").read_text()


def test_publish_stops_when_no_page_links_a_stylesheet_as_expected(tmp_path):
    # Material's links written another way would otherwise ship three stylesheets.
    page = '<link href="../assets/stylesheets/e2c.css" rel="stylesheet">'
    built = site(tmp_path, {"index.html": page})
    with pytest.raises(ValueError, match="no page links its stylesheets"):
        publish(built)
    assert len(list((built / "assets" / "stylesheets").iterdir())) == 4


def test_pages_linking_different_stylesheets_cannot_share_one(tmp_path):
    built = site(tmp_path, {"a.html": LINKS, "b.html": LINKS.replace("e2c.css", "other.css")})
    with pytest.raises(ValueError, match="different stylesheets"):
        publish(built)


def test_the_build_joins_them_unless_told_not_to(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert wanted()
    monkeypatch.setenv(ENV, "0")
    assert not wanted()


def test_custom_properties_nothing_reads_go_with_a_rule_left_empty():
    css = (
        ":root{--read:1px;--unread:2px;--only-by-unread:3px;--named-by-a-script:4px}"
        "[data-x]{--unread:5px}"
        "@media screen{:root{--unread:6px;--read-in-media:7px}.a{top:var(--read-in-media)}}"
        ".b{top:var(--read);--unread-here:var(--only-by-unread)}"
    )
    out = without_unread_properties(css, "<script>x.style.setProperty('--named-by-a-script')")
    assert out == (
        ":root{--read:1px;--named-by-a-script:4px}"
        "@media screen{:root{--read-in-media:7px}.a{top:var(--read-in-media)}}"
        ".b{top:var(--read)}"
    )
    assert without_unread_properties(out, "") == out.replace(";--named-by-a-script:4px", "")


def test_a_stylesheet_whose_properties_are_all_read_is_left_as_it_is():
    css = ':root{--icon:url("data:image/svg+xml;charset=utf-8,<svg/>")}.a:before{mask:var(--icon)!important}'
    assert without_unread_properties(css, "") == css


def test_the_pruned_stylesheet_is_made_again_only_from_other_texts(tmp_path):
    made: list[str] = []

    def make(text: str):
        return lambda: made.append(text) or text

    assert stylesheet._cached(tmp_path, ["a", "b"], make("first")) == "first"
    assert stylesheet._cached(tmp_path, ["a", "b"], make("again")) == "first"
    assert stylesheet._cached(tmp_path, ["a", "c"], make("other")) == "other"
    assert stylesheet._cached(None, ["a", "c"], make("uncached")) == "uncached"
    assert made == ["first", "other", "uncached"]
    assert [p.read_text() for p in tmp_path.glob("*.css")] == ["other"]
