import pytest
from content_helpers import FIXTURE_CONTENT
from e2c.content.loading import load_content
from e2c.render.markers import front_matter_lines, replace_markers


@pytest.fixture(scope="module")
def content():
    return load_content(FIXTURE_CONTENT)


def test_markers_are_replaced_in_the_page_language(content):
    markdown = "# Titre\n\n<!-- e2c:objectives -->\n\nFin.\n"
    fr, problems = replace_markers(markdown, content, "fr", "docs/x.md")
    en, _ = replace_markers(markdown, content, "en", "docs/x.en.md")
    assert not problems
    assert "Apprendre les bases." in fr and "Learn the basics." in en
    assert "e2c:" not in fr


def test_unknown_marker_names_page_line_and_suggests(content):
    markdown = "# Titre\n\nTexte.\n<!-- e2c:objectifs -->\n"
    _, [problem] = replace_markers(markdown, content, "fr", "docs/x.md", first_line=4)
    assert (problem.path, problem.line) == ("docs/x.md", 7)
    assert "« e2c:objectifs » n'existe pas" in problem.fr
    assert "Vouliez-vous dire « objectives » ?" in problem.fr


def test_marker_argument_must_be_known(content):
    _, [problem] = replace_markers("<!-- e2c:step inconnue -->", content, "fr", "docs/x.md")
    assert "n'accepte pas « inconnue »" in problem.fr and "essai" in problem.fr
    _, [missing] = replace_markers("<!-- e2c:figures -->", content, "en", "docs/x.en.md")
    assert "does not accept '(nothing)'" in missing.en


def test_front_matter_is_counted_for_line_numbers():
    assert front_matter_lines("---\ndescription: x\n---\n# T\n") == 3
    assert front_matter_lines("# T\n") == 0
