import pytest
from content_helpers import FIXTURE_CONTENT, content_copy, set_scalar
from e2c.content.loading import ContentError, load_content
from e2c.content.rule_values import fill_page, join_words


@pytest.fixture(scope="module")
def content():
    return load_content(FIXTURE_CONTENT)


def test_texts_state_the_rules_values(content):
    age = next(c for c in content.eligibility.criteria if c.id == "age")
    assert "{age}" not in age.condition.fr
    assert str(int(age.rule.value)) in age.condition.fr
    assert content.values["fr"]["nombre-de-questions"] == str(len(content.eligibility.criteria))


def test_a_rule_change_changes_every_text_that_states_it(tmp_path):
    copy = content_copy(tmp_path)
    criteria = load_content(FIXTURE_CONTENT).eligibility.criteria
    index = next(i for i, c in enumerate(criteria) if c.id == "age")
    set_scalar(copy / "eligibility.yml", ("criteria", index, "rule", "value"), "16")
    age = load_content(copy).eligibility.criteria[index]
    assert "16" in age.condition.fr and "16" in age.condition.en
    assert "16" in age.explanation.fr and "16" in age.where_to_turn.en


def test_a_choice_rule_states_its_accepted_answers():
    assert join_words(["Allier (03)", "Cantal (15)", "Puy-de-Dôme (63)"], "ou") == (
        "Allier (03), Cantal (15) ou Puy-de-Dôme (63)"
    )
    assert join_words(["a", "b"], "or") == "a or b"
    assert join_words(["a"], "or") == "a"


def test_an_unknown_value_in_a_page_names_its_line_and_suggests(content):
    text, [problem] = fill_page("Titre\n\nVous avez {ag} ans.", content.values["fr"], "p.md", 4)
    assert problem.line == 6 and "« {ag} »" in problem.fr and "« {age} »" in problem.fr
    assert "{ag}" in text


def test_markdown_attributes_are_not_values(content):
    text, problems = fill_page(
        "## T { #id }\n[a](b.md){ .md-button }", content.values["fr"], "p", 1
    )
    assert not problems and "{ #id }" in text


def test_an_unknown_value_in_content_names_the_file_and_line(tmp_path):
    copy = content_copy(tmp_path)
    line = set_scalar(copy / "objectives.yml", ("objectives", 0, "title", "fr"), "Dès {agee} ans")
    with pytest.raises(ContentError) as caught:
        load_content(copy)
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == ("content/objectives.yml", line)
    assert "« {agee} » ne correspond à aucune règle" in problem.fr
