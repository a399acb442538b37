"""The glossary: its file's mistakes, and the marking of each term's first use."""

from __future__ import annotations

import pytest
from content_helpers import FIXTURE_CONTENT, content_copy, line_of, replace_in
from e2c.content.loading import ContentError, load_content
from e2c.content.problems import report
from e2c.render.glossary import explanations, glossary_list, mark_first_uses

GLOSSARY = load_content(FIXTURE_CONTENT).glossary
WORDS = load_content(FIXTURE_CONTENT).interface["fr"]


def mistakes(content_dir) -> str:
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    return report(caught.value.problems)


def test_a_term_without_english_names_the_file_and_line(tmp_path):
    content = content_copy(tmp_path)
    file = content / "glossary.yml"
    replace_in(file, "term: {fr: stage, en: placement}", "term: {fr: stage}")
    message = mistakes(content)
    assert f"content/glossary.yml, ligne {line_of(file, 'term: {fr: stage}')}" in message
    assert "champ terms → n°1 → term → en" in message and "le texte en anglais manque" in message


def test_a_word_explained_twice_names_both_lines(tmp_path):
    content = content_copy(tmp_path)
    file = content / "glossary.yml"
    replace_in(file, "term: {fr: essai, en: trial}", "term: {fr: Stages, en: trial}")
    message = mistakes(content)
    first, second = line_of(file, "variants: {fr: [stages]"), line_of(file, "fr: Stages")
    assert f"content/glossary.yml, ligne {second}" in message
    assert f"le mot « Stages » est déjà expliqué ligne {first}" in message


def marked(html: str, language: str = "fr"):
    return mark_first_uses(html, GLOSSARY, language)


def test_only_the_first_use_of_a_term_is_marked():
    result = marked("<p>Un stage, puis des stages.</p><p>Encore un stage.</p>")
    assert result.html.count('class="e2c-term"') == 1
    assert '<a class="e2c-term" id="mot-stage-texte" href="#mot-stage">stage</a>' in result.html
    assert [term.id for term in result.terms] == ["stage"]


def test_the_longest_term_wins_and_case_and_no_break_spaces_do_not_matter():
    result = marked("<p>La Période\u00a0d'essai, puis un essai.</p>")
    assert ">La Période\u00a0d'essai<" not in result.html
    assert ">Période\u00a0d'essai</a>" in result.html
    assert [term.id for term in result.terms] == ["periode-essai", "essai"]


@pytest.mark.parametrize(
    "html",
    [
        '<p><a href="x/">un stage</a></p>',
        "<h2>Le stage</h2>",
        "<p><button>stage</button></p>",
        "<p><label>Un stage <input name=x></label></p>",
        '<div class="e2c-no-terms"><div><p>Un stage</p></div></div>',
        "<p><code>stage</code></p>",
    ],
)
def test_words_in_links_headings_controls_and_the_glossary_are_not_marked(html):
    result = marked(html)
    assert result.html == html and result.terms == []


def test_marking_resumes_after_an_element_left_alone():
    result = marked('<div class="e2c-no-terms"><div>stage</div></div><p>Un stage.</p>')
    assert result.html.endswith(
        '<p>Un <a class="e2c-term" id="mot-stage-texte" href="#mot-stage">stage</a>.</p>'
    )


def test_a_word_inside_another_word_is_not_a_term():
    assert marked("<p>Stagewise, essais-transformés.</p>").terms == []


def test_each_language_marks_its_own_words():
    assert [t.id for t in marked("<p>A placement and a stage.</p>", "en").terms] == ["stage"]


def test_the_explanations_link_back_to_each_first_use_and_to_the_glossary():
    terms = marked("<p>Un stage et un essai.</p>").terms
    section = explanations(terms, "fr", "../mots-expliques/", WORDS)
    assert section.index('id="mot-stage"') < section.index('id="mot-essai"')
    assert 'href="#mot-stage-texte"' in section and 'href="#mot-essai-texte"' in section
    assert "Un stage, c'est travailler" in section
    assert '<a href="../mots-expliques/">' in section
    assert f'<h2 id="mots-expliques">{WORDS.glossary.heading}</h2>' in section
    assert f">{WORDS.glossary.back}<" in section and f">{WORDS.glossary.all}<" in section
    assert explanations([], "fr", None, WORDS) == ""


def test_the_glossary_page_lists_every_term_in_alphabetical_order():
    listed = glossary_list(GLOSSARY, "fr")
    assert listed.index(">essai<") < listed.index(">période d'essai<") < listed.index(">stage<")
    assert 'class="e2c-glossary e2c-no-terms"' in listed
    assert glossary_list(GLOSSARY, "en").index(">placement<") < glossary_list(GLOSSARY, "en").index(
        ">trial<"
    )


def test_an_explanation_too_long_for_the_easy_pages_is_refused_naming_its_line(tmp_path):
    content = content_copy(tmp_path)
    file = content / "glossary.yml"
    long = "Un stage, c'est une période où vous travaillez dans une entreprise pour apprendre."
    replace_in(file, "Un stage, c'est travailler dans une entreprise pour apprendre.", long)
    message = mistakes(content)
    assert f"content/glossary.yml, ligne {line_of(file, long)}" in message
    assert "a 13 mots : 12 au plus" in message


def test_on_an_easy_page_the_explanations_have_a_pictogram_that_says_what_it_shows():
    terms = marked("<p>Un stage.</p>").terms
    easy = explanations(terms, "fr", None, WORDS, pictogram=True)
    assert f'role="img" aria-label="{WORDS.glossary.pictogram}"' in easy
    assert "<svg" not in explanations(terms, "fr", None, WORDS)
