"""Our own stylesheet and scripts, minified in the built site."""

from __future__ import annotations

from e2c.publish.minify import OWN_ASSETS, minified, minify_own_assets

CSS = """/* The share links. */
.e2c-share  a {
  color: red;   /* a comment */
}
"""
JS = """// 1. Copy buttons.
document.addEventListener("click", function (event) {
  /* why: the event bubbles */
  var text = "a // not a comment";
  return text;
});
"""


def test_comments_and_spaces_go_and_the_rules_stay(tmp_path):
    assert minify_own_assets(tmp_path) == []  # nothing built: nothing done
    file = tmp_path / OWN_ASSETS[0]
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(CSS, encoding="utf-8")
    assert minify_own_assets(tmp_path) == [OWN_ASSETS[0]]
    css = file.read_text(encoding="utf-8")
    js = minified("e2c.js", JS)  # as e2c.publish.site_script joins it
    assert css == ".e2c-share a{color:red}"
    assert "comment" not in js.replace("a // not a comment", "") and "Copy buttons" not in js
    assert '"a // not a comment"' in js and len(js) < len(JS)


def test_pages_lose_the_indentation_between_tags_and_nothing_that_shows():
    from e2c.publish.minify import page_whitespace

    page = (
        '<nav>\n    <ul>\n      <li><a href="/">Accueil</a></li>\n\n      <li>Deux</li>\n    </ul>'
        "\n  </nav>\n  <p>Un texte\n     sur deux lignes <a>lien</a> <b>gras</b></p>\n"
        '<p title="a\n    b">x</p>\n<pre class="e2c-copy">\n  <span>garde</span>\n   ses espaces</pre>'
        "\n  <textarea>\n  <b></b>\n</textarea>\n"
    )
    assert page_whitespace(page) == (
        '<nav>\n<ul>\n<li><a href="/">Accueil</a></li>\n<li>Deux</li>\n</ul>'
        "\n</nav>\n<p>Un texte\n     sur deux lignes <a>lien</a> <b>gras</b></p>\n"
        '<p title="a\n    b">x</p>\n<pre class="e2c-copy">\n  <span>garde</span>\n   ses espaces</pre>'
        "\n<textarea>\n  <b></b>\n</textarea>\n"
    )
