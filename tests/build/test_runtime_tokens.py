"""The list of what scripts add at run time (e2c.publish.runtime_tokens) is what
the scripts the pages load can add: the pruned stylesheet keeps their rules.

After an upgrade of Material, a failure here names what its bundle now adds
(or no longer does): change the list, and the pruned stylesheet follows.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
from e2c.content.text_files import read_text
from e2c.content.yaml_source import load
from e2c.publish import page_start, runtime_tokens
from e2c.publish.stylesheet import Outline, outline
from script_tokens import Added, scan
from site_helpers import PROJECT, built_pages

SCRIPT_SRC = re.compile(r"<script\b[^>]*\ssrc=\"([^\"]+)\"")
# The stylesheets as written, before pruning: Material's and ours.
MATERIAL_STYLESHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
OWN_STYLESHEET = PROJECT / "overrides" / "assets" / "stylesheets" / "e2c.css"
MATERIAL_CSS = "".join(p.read_text(encoding="utf-8") for p in MATERIAL_STYLESHEETS.glob("*.css"))


def loaded_scripts(site_dir: Path) -> set[Path]:
    """Every script file a page loads (a worker's scripts touch no page)."""
    found = set()
    for page in built_pages(site_dir):
        html = page.read_text(encoding="utf-8")
        # Linked, or loaded by the page's start script (e2c.publish.page_start).
        for src in SCRIPT_SRC.findall(html) + page_start.loaded_scripts(html):
            path = site_dir / src.lstrip("/") if src.startswith("/") else page.parent / src
            found.add(path.resolve())
    return found


def added_by_scripts(site_dir: Path) -> Added:
    added = Added()
    for script in loaded_scripts(site_dir):
        found = scan(script.read_text(encoding="utf-8"))
        added.classes |= found.classes
        added.attributes |= found.attributes
        added.elements |= found.elements
    return added


def element_names(items: Outline) -> set[str]:
    """Every element a selector of the outline names."""
    names: set[str] = set()

    def visit(needs: list) -> None:
        for compound in needs:
            for condition in compound:
                if condition[0] == "element":
                    names.add(condition[1].lower())
                elif condition[0] == "any":
                    for option in condition[1]:
                        visit(option)

    for item in items:
        if item[0] == "rule":
            for _, _, needs in item[1]:
                visit(needs)
        elif item[0] == "group":
            names |= element_names(item[2])
    return names


def test_the_pages_load_material_s_bundle_and_ours(site_dir):
    names = {path.name for path in loaded_scripts(site_dir)}
    assert any(name.startswith("bundle.") for name in names), names
    assert any(name.startswith("site.") for name in names), names  # ours, joined
    assert all(path.is_file() for path in loaded_scripts(site_dir))


def test_the_list_holds_every_class_a_script_can_add_and_no_other(site_dir):
    added = added_by_scripts(site_dir).classes
    listed = runtime_tokens.CLASSES.union(*(part.classes for part in runtime_tokens.PARTS))
    assert not added - listed, "add to CLASSES, or to a part's: a script adds them"
    assert not listed - added, "no script adds these any more"
    # A part's classes are added only for it: never always.
    for part in runtime_tokens.PARTS:
        assert not part.classes & runtime_tokens.CLASSES, part.name


def site_config() -> dict:
    """mkdocs.yml as the parts read it: its settings, and its plugins by name."""
    data = load(read_text(PROJECT / "mkdocs.yml", "mkdocs.yml"), "mkdocs.yml").data
    plugins = [next(iter(p)) if isinstance(p, dict) else p for p in data.get("plugins") or []]
    return {**data, "plugins": dict.fromkeys(plugins)}


def test_a_part_of_material_left_off_leaves_its_rules_out(site_dir):
    mkdocs_config = site_config()
    (sheet,) = (site_dir / "assets" / "stylesheets").glob("site.*.css")
    css = sheet.read_text(encoding="utf-8")
    pages = "".join(page.read_text(encoding="utf-8") for page in built_pages(site_dir))
    features = mkdocs_config["theme"].get("features") or []
    for part in runtime_tokens.PARTS:
        # A class only this part adds, which a rule of Material's names.
        own = (
            part.classes
            - runtime_tokens.CLASSES
            - set().union(*(other.classes for other in runtime_tokens.PARTS if other is not part))
        )
        named = {name for name in own if f".{name}" in MATERIAL_CSS}
        found = {name for name in named if re.search(rf"\.{re.escape(name)}(?![\w-])", css)}
        # On, its rules stay when the rest of their selectors could match (tested
        # in tests/unit/test_material_parts.py).
        if not part.is_on(mkdocs_config, features, pages):
            assert named, part.name
            assert not found, f"{part.name} is off, yet its rules stay: {sorted(found)}"


def test_the_list_holds_every_attribute_a_script_can_set_and_no_other(site_dir):
    added = added_by_scripts(site_dir).attributes
    listed = (
        runtime_tokens.ATTRIBUTES
        | runtime_tokens.COPIED_ATTRIBUTES
        | runtime_tokens.LEFT_OUT_ATTRIBUTES
    )
    assert not added - listed, "add to ATTRIBUTES: a script sets them"
    assert not listed - added, "no script sets these any more"


def test_the_rules_of_attributes_left_out_are_not_in_the_stylesheet(site_dir):
    (sheet,) = (site_dir / "assets" / "stylesheets").glob("site.*.css")
    css = sheet.read_text(encoding="utf-8")
    for name in runtime_tokens.LEFT_OUT_ATTRIBUTES:
        assert f"[{name}" in MATERIAL_CSS, f"Material no longer names {name}: take it off the list"
        assert f"[{name}" not in css, name
    assert not runtime_tokens.LEFT_OUT_ATTRIBUTES & runtime_tokens.ATTRIBUTES


def test_the_list_holds_every_element_a_script_can_create_that_a_rule_names(site_dir):
    sheets = [*sorted(MATERIAL_STYLESHEETS.glob("*.min.css")), OWN_STYLESHEET]
    named = set().union(*(element_names(outline(p.read_text(encoding="utf-8"))) for p in sheets))
    assert "body" in named  # the stylesheets were read
    assert added_by_scripts(site_dir).elements & named == runtime_tokens.ELEMENTS
