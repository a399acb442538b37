"""The interface's words come from content/interface.yml, and only from there.

Every word of the table is used by the hooks or the templates (a dead key is a
defect); no template asks which language it is to choose its words; no hook,
template or script writes out a word of the table; and each script finds the
words it shows, and only those, in the page's HTML.
"""

from __future__ import annotations

import ast
import json
import re
from html import unescape
from pathlib import Path

import pytest
from e2c.content import interface
from e2c.content.loading import load_content
from site_helpers import PROJECT, ROOT, page_file

HOOKS = sorted((ROOT / "hooks" / "e2c").rglob("*.py"))
TEMPLATES = sorted((ROOT / "overrides").rglob("*.html"))
SCRIPTS = sorted((ROOT / "overrides" / "assets" / "javascripts").glob("*.js"))
WORDS = load_content(PROJECT / "content").interface
LANGUAGES = ("fr", "en")

_JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.S)
_JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_JS_COMMENT = re.compile(r"^\s*//[^\n]*|/\*.*?\*/", re.M | re.S)
_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""")


def _attribute_chains(path: Path) -> set[str]:
    """Every `a.b.c` of a module's code, as `b.c` pairs of names: `words.listen.pause`
    gives `listen.pause` (comments and strings left out)."""
    pairs = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            pairs.add(f"{node.value.attr}.{node.attr}")
    return pairs


def _template_code(path: Path) -> str:
    """A template's tags only: `{{ … }}` and `{% … %}`, not its comments or HTML."""
    text = _JINJA_COMMENT.sub("", path.read_text(encoding="utf-8"))
    return "\n".join(_JINJA_TAG.findall(text))


def _script_strings(path: Path) -> list[str]:
    text = _JS_COMMENT.sub("", path.read_text(encoding="utf-8"))
    return [double or single for double, single in _STRING.findall(text)]


def _python_strings(path: Path) -> list[str]:
    return [
        node.value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def _table_words() -> set[str]:
    """Every word of both tables as a reader sees it: not the ones that are also
    plain lower-case names of the code (the figures' qualifier `about`)."""
    return {
        word
        for language in LANGUAGES
        for table in WORDS[language].model_dump().values()
        for word in table.values()
        if not re.fullmatch(r"[a-z_]+", word)
    }


def test_every_word_of_the_table_is_used_by_the_hooks_or_the_templates():
    used = set().union(*(_attribute_chains(path) for path in HOOKS))
    templates = "\n".join(_template_code(path) for path in TEMPLATES)
    dead = [
        f"{group}.{key}"
        for group, key in interface.every_key()
        if f"{group}.{key}" not in used and not re.search(rf"\.{group}\.{key}\b", templates)
    ]
    assert not dead, f"words of content/interface.yml nothing uses (remove them): {dead}"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_no_template_chooses_its_words_by_language(template):
    code = _template_code(template)
    assert "theme.language" not in code, f"{template.name}: words come from config.extra.e2c_words"
    assert not re.search(r"\bif\s+english\b", code), template.name


@pytest.mark.parametrize("source", [*HOOKS, *TEMPLATES, *SCRIPTS], ids=lambda path: path.name)
def test_no_word_of_the_table_is_written_out(source):
    if source.name == "interface.py":
        pytest.skip("the table's schema: keys, no words")
    if source.suffix == ".py":
        strings = _python_strings(source)
    elif source.suffix == ".js":
        strings = _script_strings(source)
    else:
        strings = [s for pair in _STRING.findall(_template_code(source)) for s in pair if s]
    written = sorted({s.strip() for s in strings} & _table_words())
    assert not written, f"{source.name} writes out words of content/interface.yml: {written}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_self_check_script_gets_exactly_the_words_it_shows(site_dir, language):
    html = page_file(site_dir, language, "suis-je-eligible/").read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="e2c-rules">(.*?)</script>', html, re.S)
    assert data, "no rules in the self-check page"
    ui = json.loads(data.group(1))["ui"]
    script = (ROOT / "overrides" / "assets" / "javascripts" / "eligibility.js").read_text("utf-8")
    assert set(ui) == set(re.findall(r"\bui\.(\w+)", script))
    assert set(ui.values()) <= set(WORDS[language].self_check.model_dump().values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_site_script_finds_its_words_on_the_elements_it_enhances(site_dir, language):
    words = WORDS[language]
    home = page_file(site_dir, language, "").read_text(encoding="utf-8")
    for toggle, name in (("__drawer", words.page.menu), ("__search", words.page.search)):
        assert f'for="{toggle}" data-e2c-name="{name}">' in home, toggle
    assert f'data-e2c-copied="{words.share.link_copied}"' in home
    listen = re.search(r'<div class="e2c-listen"[^>]*>', home)
    assert listen, "no listen button on the home page"
    assert f'data-e2c-pause="{words.listen.pause}"' in listen.group(0)
    assert f'data-e2c-resume="{words.listen.resume}"' in listen.group(0)
    script = (ROOT / "overrides" / "assets" / "javascripts" / "e2c.js").read_text("utf-8")
    attributes = set(re.findall(r"""["'](data-e2c-[a-z-]+)["']""", script))
    assert {"data-e2c-name", "data-e2c-copied", "data-e2c-pause", "data-e2c-resume"} <= attributes


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_not_found_page_speaks_with_the_table(site_dir, language):
    folder = site_dir / ("en" if language == "en" else "")
    html = unescape((folder / "404.html").read_text(encoding="utf-8"))
    words = WORDS[language].not_found
    for word in (words.title, words.text, words.home):
        assert word in html, word
