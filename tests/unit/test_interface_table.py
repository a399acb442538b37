"""The interface's words (content/interface.yml): two tables with the same keys,
checked like every content file. A key one table lacks, an unknown key, an
empty word or a word without its values stops the build with a French message
naming the file, the line and what to do, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from content_helpers import FIXTURE_CONTENT, content_copy, line_of, replace_in
from e2c.content import interface
from e2c.content.loading import ContentError, load_content
from e2c.content.problems import Problem
from site_helpers import ROOT, copy_project

FILE = "content/interface.yml"


@pytest.fixture
def table(tmp_path: Path) -> Path:
    """The fixture's interface.yml, in a copy of the fixture content to break."""
    return content_copy(tmp_path) / interface.FILE


def problems_of(table: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_content(table.parent)
    return [problem for problem in caught.value.problems if problem.path == FILE]


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


def test_the_fixture_tables_hold_every_key_in_both_languages():
    words = load_content(FIXTURE_CONTENT).interface
    for language in ("fr", "en"):
        table = words[language].model_dump()
        assert [(g, k) for g in table for k in table[g]] == interface.every_key()
    assert words["fr"].listen.resume == "Reprendre" and words["en"].listen.resume == "Resume"


def test_a_key_missing_in_one_language_names_the_other_tables_line(table):
    replace_in(table, '    download_charter: "Download the charter"\n', "")
    english_documents = line_of(table, 'download_leaflet: "Download') - 1
    french_line = line_of(table, "    download_charter:")
    problem = only(problems_of(table))
    assert problem.line == english_documents
    assert problem.field == "en → documents"
    assert "« download_charter » manque dans la table anglaise" in problem.fr
    assert f"la table « fr » l'a, ligne {french_line}" in problem.fr
    assert "Ajoutez sous « documents: » la ligne « download_charter: »" in problem.fr
    assert "is missing from the English table" in problem.en


def test_a_group_missing_in_one_language(table):
    replace_in(
        table, '  moved:\n    title: "This page has moved"\n    link: "Go to the new page"\n', ""
    )
    problem = only(problems_of(table))
    assert problem.field == "en" and "« moved » manque dans la table anglaise" in problem.fr
    assert "puis, en retrait, ses mots" in problem.fr


def test_an_unknown_key_is_named_with_the_key_it_may_be(table):
    replace_in(table, '    skip_to_content: "Aller au contenu"\n', "")
    replace_in(table, "  page:\n", '  page:\n    skip_to_contents: "Aller au contenu"\n')
    line = line_of(table, "skip_to_contents:")
    found = problems_of(table)
    unknown = next(p for p in found if "skip_to_contents" in p.fr)
    assert unknown.line == line and unknown.field == "fr → page → skip_to_contents"
    assert "n'est pas un mot de l'interface" in unknown.fr
    assert "Vouliez-vous dire « skip_to_content » ?" in unknown.fr
    assert "Corrigez son nom ou retirez la ligne" in unknown.fr
    missing = next(p for p in found if p is not unknown)
    assert "« skip_to_content » manque dans la table française" in missing.fr


def test_a_key_added_to_one_table_only_is_unknown(table):
    replace_in(table, '    stop: "Stop"\n', '    stop: "Stop"\n    rewind: "Rewind"\n')
    problem = only(problems_of(table))
    assert problem.line == line_of(table, "rewind:")
    assert "« rewind » n'est pas un mot de l'interface" in problem.fr


def test_an_empty_word(table):
    replace_in(table, '    stop: "Arrêter"', '    stop: ""')
    problem = only(problems_of(table))
    assert problem.line == line_of(table, '    stop: ""') and problem.field == "fr → listen → stop"
    assert problem.fr.startswith("ce mot est vide : écrivez-le")


def test_a_word_that_is_not_a_text(table):
    replace_in(table, '    stop: "Stop"', "    stop:\n      - Stop")
    problem = only(problems_of(table))
    assert problem.field == "en → listen → stop" and "doit être un texte" in problem.fr


def test_a_placeholder_renamed_in_one_language(table):
    replace_in(table, '"PDF, {size} KB"', '"PDF, {taille} KB"')
    problem = only(problems_of(table))
    assert problem.line == line_of(table, "{taille}") and problem.field == "en → documents → size"
    assert "ce mot doit contenir {size}, que le site remplace ({taille} n'en est pas une)" in (
        problem.fr
    )
    assert "sans les traduire" in problem.fr


def test_a_placeholder_left_out_or_a_brace_left_alone(table):
    replace_in(table, '"En {year}, dans toute la France :"', '"Dans toute la France :"')
    replace_in(table, '"In {year}, across France:"', '"In {year, across France:"')
    problems = problems_of(table)
    assert [p.field for p in problems] == ["fr → figures → national", "en → figures → national"]
    assert all("doit contenir {year}" in p.fr for p in problems)


def test_a_value_where_the_word_takes_none(table):
    replace_in(table, '    stop: "Stop"', '    stop: "Stop {now}"')
    problem = only(problems_of(table))
    assert "ne prend pas de valeur entre accolades ({now} n'en est pas une)" in problem.fr


def test_the_months_are_twelve(table):
    replace_in(table, "octobre novembre", "octobre")
    problem = only(problems_of(table))
    assert problem.field == "fr → dates → months"
    assert "une liste de 12 mots séparés par des espaces ; elle en a 11" in problem.fr


def test_a_language_table_missing_or_unknown(table):
    text = table.read_text(encoding="utf-8")
    table.write_text(text.replace("\nen:\n", "\nengl:\n"), encoding="utf-8")
    found = problems_of(table)
    assert any("« engl » n'est pas une langue du site" in p.fr for p in found)
    assert any(p.fr.startswith("la table anglaise manque") for p in found)


def test_every_mistake_of_the_file_is_reported_at_once(table):
    replace_in(table, '    stop: "Arrêter"', '    stop: ""')
    replace_in(table, '"PDF, {size} KB"', '"PDF, {taille} KB"')
    replace_in(table, '    download_charter: "Download the charter"\n', "")
    assert len(problems_of(table)) == 3


def test_make_check_stops_on_a_word_missing_from_one_table(tmp_path):
    project = copy_project(tmp_path / "project")
    table = project / "content" / interface.FILE
    replace_in(table, '    pause: "Pause"\n    resume: "Resume"\n', '    pause: "Pause"\n')
    line = line_of(table, '    name: "Listen to this page"') - 1
    result = subprocess.run(
        [sys.executable, "-m", "e2c.cli", "--root", str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "hooks")},
        check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"content/interface.yml, ligne {line}, champ en → listen : « resume » manque" in (
        result.stderr
    )


def test_filling_a_word():
    assert interface.fill("PDF, {size}\u00a0Ko", size="180") == "PDF, 180\u00a0Ko"
    assert interface.placeholders("{day} {month} {year}") == {"day", "month", "year"}
    assert interface.placeholders("{size:>4}") is None
    assert interface.placeholders("a } b") is None
    assert interface.escaped('l\'école <b> & "x"') == "l'école &lt;b&gt; &amp; &quot;x&quot;"


def test_templates_get_escaped_words_and_a_blank_table_without_content():
    words = load_content(FIXTURE_CONTENT).interface["fr"]
    for_templates = interface.for_templates(words)
    assert for_templates["page"]["on_this_page"] == "Sur cette page"
    assert str(for_templates["contact"]["title"]) == "Joindre l'école"  # not &#39;
    blank = interface.Blank()
    assert f"{blank.listen.pause}" == "" and not hasattr(blank, "__html__")
