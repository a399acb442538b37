"""The start script every page holds: one text, allowed by one hash."""

from __future__ import annotations

import base64
import hashlib

import pytest
from e2c.publish import page_start


def test_the_policy_names_the_hash_of_the_text_every_page_holds():
    digest = hashlib.sha256(page_start.code().encode("utf-8")).digest()
    assert page_start.policy_source() == f"'sha256-{base64.b64encode(digest).decode()}'"
    element = page_start.element("../", ["a.js"])
    assert element.endswith(f">{page_start.code()}</script>")
    # The page's differences are in its attributes, not in the hashed text.
    assert page_start.element("/", ["b.js", "c.js"]).endswith(f">{page_start.code()}</script>")


def test_the_text_is_minified_and_could_not_end_its_element_early():
    assert "//" not in page_start.code()  # no comment left
    assert "<" not in page_start.code()


def test_the_element_holds_the_root_and_the_scripts_in_order():
    element = page_start.element('a"b/', ["../x.js", "../bundle.1.min.js"])
    assert element.startswith(
        '<script data-e2c-scope="a&quot;b/" data-e2c-scripts="../x.js ../bundle.1.min.js">'
    )
    page = f"<body><header>{element}</header></body>"
    assert page_start.loaded_scripts(page) == ["../x.js", "../bundle.1.min.js"]
    assert page_start.loaded_scripts("<body></body>") == []


def test_an_address_that_would_break_the_list_is_refused():
    for scripts in ([], ["a b.js"], ['a".js']):
        with pytest.raises(ValueError, match="addresses"):
            page_start.element("../", scripts)
