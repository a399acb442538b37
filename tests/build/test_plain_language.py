"""Plain language on the pages for young readers, whatever content/ holds:
every rare word explained, short sentences, every hard word's first use
linked to its explanation, and the "Facile à lire" link on every page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from e2c.content.loading import load_content
from e2c.content.pages import twin_path
from e2c.render.glossary import PAGE as GLOSSARY_PAGE
from plain_language import allowed_words, blocks, rare_words, sentence_lengths
from site_helpers import LANGUAGE_PREFIX, PROJECT, built_pages, page_file, slug

CONTENT = load_content(PROJECT / "content")
READING = CONTENT.reading
PROPER_NOUNS = allowed_words(PROJECT / "content" / "proper-nouns.txt")
TRAINEE = [(source, language) for source in READING.trainee_pages for language in ("fr", "en")]
EASY = [(easy.page, language) for easy in READING.easy_pages for language in ("fr", "en")]
# Words per sentence: (average, longest) allowed.
LIMITS = {"trainee": (12, 20), "easy": (10, 12)}


def page_html(site_dir: Path, source: str, language: str) -> str:
    return page_file(site_dir, language, slug(source)).read_text(encoding="utf-8")


def where_written(word: str, source: str, language: str) -> str:
    """The first place in the page or in content/ where staff wrote the word."""
    files = [
        PROJECT / "docs" / twin_path(source, language),
        *sorted((PROJECT / "content").glob("*.yml")),
    ]
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                return f"{file.relative_to(PROJECT).as_posix()}, ligne {number}"
    return "écrit par le gabarit du site"


@pytest.mark.parametrize(("source", "language"), TRAINEE + EASY)
def test_every_rare_word_is_explained(site_dir, source, language):
    text = " ".join(blocks(page_html(site_dir, source, language)))
    explained = [form for term in CONTENT.glossary.terms for form in term.forms(language)]
    found = rare_words(text, language, explained + PROPER_NOUNS)
    assert len(text.split()) > 20  # the page has words to judge
    assert not found, "\n".join(
        f"/{LANGUAGE_PREFIX[language]}{slug(source)} : le mot « {word} » est rare et "
        f"n'est pas expliqué ({where_written(word, source, language)}). Remplacez-le par un mot "
        "plus simple, ou ajoutez-le à content/glossary.yml (un nom propre : "
        "content/proper-nouns.txt)."
        for word in found
    )


@pytest.mark.parametrize(
    ("source", "language", "kind"),
    [(s, lang, "trainee") for s, lang in TRAINEE] + [(s, lang, "easy") for s, lang in EASY],
)
def test_sentences_are_short(site_dir, source, language, kind):
    lengths = sentence_lengths(page_html(site_dir, source, language))
    average, longest = LIMITS[kind]
    page = f"/{LANGUAGE_PREFIX[language]}{slug(source)}"
    assert lengths.longest_words <= longest, (
        f"{page} : une phrase a {lengths.longest_words} mots (au plus {longest}) : "
        f"« {lengths.longest} ». Coupez-la en deux."
    )
    assert lengths.average <= average, (
        f"{page} : {lengths.average:.1f} mots par phrase en moyenne (au plus {average})."
    )


def test_every_page_offers_the_easy_version_and_every_easy_page_the_way_back(site_dir):
    easy_pages = {slug(easy.page): slug(easy.full) for easy in READING.easy_pages}
    for file in built_pages(site_dir):
        relative = file.parent.relative_to(site_dir).as_posix()
        if file.name != "index.html":
            continue
        html = file.read_text(encoding="utf-8")
        link = re.search(r'<a class="e2c-easy-link" href="([^"]*)"', html)
        assert link, f"{relative}: no 'Facile à lire' link"
        language = "en" if relative == "en" or relative.startswith("en/") else "fr"
        page = relative.removeprefix("en").strip("/")
        page = f"{page}/" if page and page != "." else ""
        target = (file.parent / link.group(1) / "index.html").resolve()
        if page in easy_pages:  # an easy page leads back to its full page
            expected = easy_pages[page]
        else:
            fulls = {full: easy for easy, full in easy_pages.items()}
            expected = fulls.get(page, slug(READING.easy_home))
        assert target == page_file(site_dir, language, expected).resolve(), relative


def test_each_hard_word_is_linked_once_to_its_explanation_on_the_page(site_dir):
    for source, language in TRAINEE + EASY:
        html = page_html(site_dir, source, language)
        targets = re.findall(r'<a class="e2c-term" id="([^"]+)-texte" href="#([^"]+)"', html)
        ids = [own for own, _ in targets]
        assert len(ids) == len(set(ids)), f"{source} ({language}): a word marked twice"
        for own, target in targets:
            assert own == target
            assert f'<dt id="{target}">' in html, f"{source}: no explanation for {target}"
            assert f'href="#{target}-texte"' in html, f"{source}: no way back from {target}"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_glossary_page_explains_every_term(site_dir, language):
    html = page_file(site_dir, language, slug(GLOSSARY_PAGE)).read_text(encoding="utf-8")
    for term in CONTENT.glossary.terms:
        assert f'<dt id="{term.id}">' in html
        assert " ".join(term.explanation[language].split()) in " ".join(
            html.replace("&#x27;", "'").split()
        )
