"""The self-check's rules reach every page that states them, from the one
place they are written (content/eligibility.yml), whatever it holds now."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from e2c.content.loading import load_content
from site_helpers import PROJECT, article_text, page_file
from staff_edits import condition_pages, folded, pages_with_marker

CONTENT = load_content(PROJECT / "content")
RULES = CONTENT.eligibility
LISTS = condition_pages(PROJECT)
FORMS = pages_with_marker(PROJECT, "e2c:eligibility-check")


def text_of(site_dir, language: str, page: str) -> str:
    return folded(article_text(page_file(site_dir, language, page).read_text(encoding="utf-8")))


def plain(text: str) -> str:
    """A text of content/ as a reader sees it: links and bold as their words."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return folded(text.replace("**", ""))


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(("page", "key"), LISTS)
def test_every_condition_is_in_the_list(site_dir, language, page, key):
    shown = text_of(site_dir, language, page)
    missing = [c.id for c in RULES.criteria if plain(getattr(c, key)[language]) not in shown]
    assert not missing, f"/{language}/{page}: conditions missing: {missing}"


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("page", FORMS)
def test_every_criterion_is_a_question_of_the_form_with_its_rule(site_dir, language, page):
    html = page_file(site_dir, language, page).read_text(encoding="utf-8")
    for criterion in RULES.criteria:
        assert f'id="fieldset-{criterion.id}"' in html, criterion.id
        assert f'name="{criterion.id}"' in html
    data = re.search(r'<script type="application/json" id="e2c-rules">(.*?)</script>', html, re.S)
    assert data, "the rules' data is not in the page"
    rules = json.loads(unescape(data.group(1)).replace("<\\/", "</"))
    assert [c["rule"] for c in rules["criteria"]] == [c.rule.model_dump() for c in RULES.criteria]


def test_no_text_leaves_a_rule_value_unfilled(site_dir):
    # `{age}` and its kind are filled at build: none reaches a reader.
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        found = re.findall(
            r"\{(?:[a-z0-9]+-)*[a-z0-9]+\}", article_text(text) if "<article" in text else ""
        )
        assert not found, f"{page}: {found}"
