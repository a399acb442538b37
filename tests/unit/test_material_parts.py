"""Parts of Material this site leaves off (e2c.publish.runtime_tokens.PARTS):
their classes stay out of the stylesheet until mkdocs.yml or a page turns
them on, and then their rules come back by themselves."""

from __future__ import annotations

from e2c.publish.runtime_tokens import CLASSES, PARTS, Part, classes_in_use

VERSIONS = Part("versions", frozenset({"md-version"}), settings=frozenset({"extra.version"}))
TAGS = Part("tags", frozenset({"md-tag"}), plugins=frozenset({"tags", "material/tags"}))
TOOLTIPS = Part("tooltips", frozenset({"md-tooltip2"}), features=frozenset({"content.tooltips"}))
TABS = Part("tabs", frozenset({"tabbed-button"}), markup=frozenset({"tabbed-set"}))


def test_a_part_is_off_until_its_setting_plugin_feature_or_markup_is_there():
    plain = {"extra": {"generator": False}, "plugins": {"search": None}}
    for part in (VERSIONS, TAGS, TOOLTIPS, TABS):
        assert not part.is_on(plain, ["navigation.top"], "<p>Bonjour</p>"), part.name
    assert VERSIONS.is_on({"extra": {"version": {"provider": "mike"}}}, [], "")
    assert not VERSIONS.is_on({"extra": {"version": None}}, [], "")
    assert not VERSIONS.is_on({"extra": "not a mapping"}, [], "")
    assert TAGS.is_on({"plugins": {"material/tags": None}}, [], "")
    assert TOOLTIPS.is_on({}, ["content.tooltips"], "")
    assert TABS.is_on({}, [], '<div class="tabbed-set">')


def test_the_classes_in_use_are_the_list_and_those_of_the_parts_on():
    assert classes_in_use({}, [], "") == set(CLASSES)
    code = next(part for part in PARTS if "md-code__button" in part.classes)
    assert classes_in_use({}, [], "<pre><code>x</code></pre>") == set(CLASSES) | code.classes
    every = classes_in_use(
        {"extra": {"version": 1}, "repo_url": "https://x", "plugins": {"tags": None}},
        ["content.tooltips"],
        '<div class="tabbed-set"><pre><code>',
    )
    assert every == set(CLASSES).union(*(part.classes for part in PARTS))
