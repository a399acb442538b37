"""Our own stylesheet and scripts, minified in the built site."""

from __future__ import annotations

from e2c.publish.minify import OWN_ASSETS, minify_own_assets

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
    for path, text in zip(OWN_ASSETS[:2], (CSS, JS), strict=True):
        file = tmp_path / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
    assert minify_own_assets(tmp_path) == list(OWN_ASSETS[:2])  # eligibility.js absent: skipped
    css = (tmp_path / OWN_ASSETS[0]).read_text(encoding="utf-8")
    js = (tmp_path / OWN_ASSETS[1]).read_text(encoding="utf-8")
    assert css == ".e2c-share a{color:red}"
    assert "comment" not in js.replace("a // not a comment", "") and "Copy buttons" not in js
    assert '"a // not a comment"' in js and len(js) < len(JS)
