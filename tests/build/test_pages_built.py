"""Every page is built in both languages, at its URL, with its language's head."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote

import pytest
from e2c.content.formats import format_number
from e2c.content.loading import load_content
from e2c.content.page_source import read_page
from e2c.content.rule_values import fill_page
from e2c.content.text_files import read_text
from e2c.content.yaml_source import load
from site_helpers import (
    LANGUAGE_PREFIX,
    PAGES,
    PROJECT,
    build,
    built_pages,
    current_slug,
    french_sources,
    page_file,
)
from site_helpers import slug as page_slug

CONTENT = load_content(PROJECT / "content")
SITE_NAME = CONTENT.site.name
SOURCE_SUFFIX = {"fr": ".md", "en": ".en.md"}


def source_of(language: str, slug: str) -> Path:
    """The page's source in docs/ (`documents/` may be `documents.md` or `documents/index.md`)."""
    [french] = [source for source in french_sources() if page_slug(source) == slug]
    return PROJECT / "docs" / french.replace(".md", SOURCE_SUFFIX[language])


def description(language: str, slug: str) -> str:
    """The page's description as the reader gets it: read as meant, values filled."""
    path = source_of(language, slug)
    page, problems = read_page(path, path.name)
    assert page is not None and not problems, problems
    text = str(page.meta["description"])
    return fill_page(text, CONTENT.values[language], path.name, 2, markdown=False)[0]


def head_of(html: str) -> str:
    return html.split("</head>", 1)[0]


def meta_description(html: str) -> str:
    match = re.search(r'<meta name="description" content="([^"]*)"', head_of(html))
    assert match, "no meta description"
    return match.group(1)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("slug", PAGES)
def test_page_exists_with_its_language_title_and_description(site_dir, language, slug):
    path = page_file(site_dir, language, slug)
    assert path.exists(), f"/{'en/' if language == 'en' else ''}{slug} was not built"
    html = path.read_text(encoding="utf-8")
    assert re.search(rf'<html lang="{language}"', html)
    title = re.search(r"<title>([^<]+)</title>", html)
    assert title and SITE_NAME[language] in unescape(title.group(1))
    assert unescape(meta_description(html)) == description(language, slug)


@pytest.mark.content
@pytest.mark.parametrize("slug", PAGES)
def test_each_language_has_its_own_description(slug):
    assert description("fr", slug) != description("en", slug)


def test_english_navigation_is_translated(site_dir):
    html = page_file(site_dir, "en", "").read_text(encoding="utf-8")
    labels = set(re.findall(r'<span class="md-ellipsis">\s*(.*?)\s*</span>', html, flags=re.S))
    labels = {unescape(label) for label in labels}
    config = load(read_text(PROJECT / "mkdocs.yml", "mkdocs.yml"), "mkdocs.yml").data
    [i18n] = [p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p]
    [english] = [lang for lang in i18n["languages"] if lang["locale"] == "en"]
    for french, translated in english["nav_translations"].items():
        assert translated in labels, translated
        if french != translated:
            assert french not in labels, french


def test_home_links_to_apply_to_who_it_is_for_and_to_the_self_check(site_dir):
    for language in ("fr", "en"):
        html = page_file(site_dir, language, "").read_text(encoding="utf-8")
        apply, check, who = (
            current_slug(site_dir, language, slug)
            for slug in ("candidater/", "suis-je-eligible/", "pour-qui/")
        )
        # The main action is the self-check; the second, finding an adviser.
        assert re.search(rf'<a class="md-button md-button--primary" href="{check}"', html)
        finder = next(
            link.url for link in CONTENT.links.links if link.id == "trouver-un-conseiller"
        )
        assert re.search(rf'<a class="md-button" href="{re.escape(finder)}"', html)
        assert f'href="{who}"' in html and f'href="{apply}"' in html


def test_who_it_is_for_and_how_to_apply_link_to_the_self_check(site_dir):
    for language in ("fr", "en"):
        check = current_slug(site_dir, language, "suis-je-eligible/")
        for slug in ("pour-qui/", "candidater/"):
            html = page_file(site_dir, language, slug).read_text(encoding="utf-8")
            assert f'href="../{check}"' in html, (language, slug)


def test_canonical_urls_use_the_production_host(site_dir):
    page = current_slug(site_dir, "en", "pour-qui/")
    html = page_file(site_dir, "en", "pour-qui/").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="https://www.e2c-allier.fr/en/{page}">' in html


def test_site_url_can_be_overridden_for_another_host(tmp_path):
    result = build(PROJECT, tmp_path, {"E2C_SITE_URL": "https://preview.example.org/"})
    assert result.returncode == 0, result.stderr
    html = page_file(tmp_path, "fr", "contact/").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://preview.example.org/contact/">' in html


def material_config(html: str) -> dict:
    match = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html)
    assert match
    return json.loads(match.group(1))


def test_theme_has_no_instant_navigation_and_a_palette_toggle(site_dir):
    for language in ("fr", "en"):
        html = page_file(site_dir, language, "").read_text(encoding="utf-8")
        assert "navigation.instant" not in material_config(html)["features"]
        assert 'data-md-component="palette"' in html
        assert html.count('data-md-color-scheme="') >= 2


def test_logo_and_favicon_are_ours_and_read_e2c_allier(site_dir):
    # Written into every page (e2c.publish.inline_images): no request for them.
    for file in built_pages(site_dir):
        html = file.read_text(encoding="utf-8")
        icons = re.findall(r'<link rel="icon" href="data:image/svg\+xml,([^"]+)"', html)
        logos = re.findall(r'<img src="data:image/svg\+xml,([^"]+)" alt="[^"]+"', html)
        assert len(icons) == 1 and len(logos) >= 1, file
        for svg in [*icons, *logos]:
            assert ">E2C<" in unquote(svg) and ">ALLIER<" in unquote(svg), file
        assert not re.search(r'(?:src|href)="[^"]*assets/images/(?:logo|favicon)\.svg"', html)
    # The files stay published: the structured data names the logo by its address.
    for name in ("logo.svg", "favicon.svg"):
        svg = (site_dir / "assets" / "images" / name).read_text(encoding="utf-8")
        assert ">E2C<" in svg and ">ALLIER<" in svg


def test_french_punctuation_does_not_wrap_alone_but_english_is_untouched(site_dir):
    fr = page_file(site_dir, "fr", "pour-qui/").read_text(encoding="utf-8")
    en = page_file(site_dir, "en", "pour-qui/").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>Pour qui\u202f\?</h1>", fr)
    assert "Vous avez fait des erreurs\u202f?" in fr
    assert "Have you made mistakes?" in en
    # Every figure of four digits or more keeps its groups together; percentages too.
    ecole = page_file(site_dir, "fr", "ecole/").read_text(encoding="utf-8")
    for figure in CONTENT.figures.figures:
        number = format_number(figure.value, "fr")
        if figure.unit == "%":
            number += "\u00a0%"
        assert f"{number}</strong>" in ecole, number
    assert not re.search(r"\d [%:;?!]", ecole)
    assert "\u202f" not in en and "\u00a0" not in en


def test_each_language_has_its_own_search_index(site_dir):
    french = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads((site_dir / "en" / "search" / "search_index.json").read_text("utf-8"))
    assert french["config"]["lang"] == ["fr"] and english["config"]["lang"] == ["en"]
    assert not any(doc["location"].startswith("en/") for doc in french["docs"])
    titles = {doc["title"] for doc in english["docs"]}
    assert "Who is it for?" in titles and "Pour qui\u202f?" not in titles
    en_page = page_file(site_dir, "en", "pour-qui/").read_text(encoding="utf-8")
    assert material_config(en_page)["base"] == "../../en/"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_can_be_found_by_search_in_its_language(site_dir, language):
    # mkdocs-static-i18n's search of duplicates dropped the English pages whose
    # title is the same word in French ("Contact", "Documents").
    folder = site_dir / LANGUAGE_PREFIX[language]
    index = json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert [slug for slug in PAGES if slug not in locations] == []


def test_each_language_has_its_own_404_page(site_dir):
    french = (site_dir / "404.html").read_text(encoding="utf-8")
    english = (site_dir / "en" / "404.html").read_text(encoding="utf-8")
    words = CONTENT.interface
    assert '<html lang="fr"' in french and words["fr"].not_found.title in french
    assert '<html lang="en"' in english and words["en"].not_found.title in english
    assert '<a href="/">' in french and '<a href="/en/">' in english
