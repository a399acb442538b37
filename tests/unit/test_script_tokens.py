"""Reading a script for what it can add to a page (tests/script_tokens.py), on
scripts of our own: minified like Material's bundle, and plain like ours."""

from __future__ import annotations

from script_tokens import scan

MINIFIED = """
function x(e,t,...r){let o=document.createElement(e);return o}
function A(e){e.classList.toggle("md-header--shadow",!0);e.classList.add("js","md-x")}
function B(e){return x("li",{class:`md-search-result__item md-tag--${e.type}`,
"data-md-score":1,role:"listitem",tabIndex:-1})}
function C(e){document.body.setAttribute(`data-md-color-${e}`,"x");e.toggleAttribute("data-md-visible",!0)}
function D(e){return e.querySelector(".md-read-only [data-md-read]")||e.getAttribute("data-md-got")}
var re=/["'&<>]/;function E(e){var t=""+e;return t}
function F(e){e.hidden=!0;e.dataset.mdState="lock";return x("mark",null,e)}
"""

PLAIN = """
var div = document.createElement("div");
div.className = "e2c-made";
result.innerHTML = '<div class="e2c-verdict e2c-verdict--' + colour + '">' +
  '<h2 id="resultat" tabindex="-1">' + '<li data-criterion="' + id + '">';
box.getAttribute(paused ? "data-e2c-resume" : "data-e2c-pause");
button.className = label.className;
"""


def test_classes_added_by_calls_markup_and_literals_are_found():
    added = scan(MINIFIED)
    assert {"md-header--shadow", "js", "md-x", "md-search-result__item", "md-tag--"} <= (
        added.classes
    )
    assert "md-read-only" not in added.classes  # looked for, not added
    plain = scan(PLAIN)
    assert plain.classes == {"e2c-made", "e2c-verdict", "e2c-verdict--"}


def test_attributes_set_by_calls_markup_properties_and_factories_are_found():
    added = scan(MINIFIED)
    assert {
        "data-md-score",
        "role",
        "tabindex",
        "data-md-color-",
        "data-md-visible",
        "hidden",
        "data-md-state",
    } <= added.attributes
    # Read, not set; and no attribute in what only looks like markup (a regular expression).
    assert not {"data-md-read", "data-md-got", "t", "class"} & added.attributes
    assert scan(PLAIN).attributes == {"id", "tabindex", "data-criterion"}


def test_elements_created_by_calls_markup_and_factories_are_found():
    assert {"li", "mark"} <= scan(MINIFIED).elements
    assert scan(PLAIN).elements >= {"div", "h2", "li"}
