import pytest
from content_helpers import FIXTURE_CONTENT, content_copy, line_of, replace_in
from e2c.content import ContentError, load_content
from e2c.eligibility import evaluate
from e2c.problems import report
from eligibility_cases import CASES, INCOMPLETE


@pytest.fixture(scope="module")
def rules():
    return load_content(FIXTURE_CONTENT).eligibility


def test_there_are_enough_cases():
    assert len(CASES) >= 30


@pytest.mark.parametrize(("answers", "outcome", "not_met"), CASES)
def test_reference_evaluator_gives_the_expected_outcome(rules, answers, outcome, not_met):
    result = evaluate(rules, answers)
    assert (result.outcome, result.not_met) == (outcome, not_met)


@pytest.mark.parametrize(("answers", "unanswered"), INCOMPLETE)
def test_no_outcome_until_every_question_is_answered(rules, answers, unanswered):
    result = evaluate(rules, answers)
    assert result.outcome is None and result.unanswered == unanswered


def mistake(tmp_path, old: str, new: str) -> tuple[str, int]:
    content = content_copy(tmp_path)
    file = content / "eligibility.yml"
    replace_in(file, old, new)
    with pytest.raises(ContentError) as caught:
        load_content(content)
    return report(caught.value.problems, "fr"), line_of(file, new.strip().splitlines()[0])


def test_unknown_rule_type(tmp_path):
    message, line = mistake(
        tmp_path,
        '    rule:\n      type: number\n      operator: ">="\n      value: 18',
        '    rule:\n      type: age\n      operator: ">="\n      value: 18',
    )
    assert f"ligne {line + 1}, champ criteria → n°1 → rule → type" in message
    assert "choisissez parmi 'number', 'choice'" in message


def test_unknown_operator(tmp_path):
    message, line = mistake(
        tmp_path, 'operator: ">="\n      value: 18', 'operator: "=>"\n      value: 18'
    )
    assert (
        f"content/eligibility.yml, ligne {line}, champ criteria → n°1 → rule → operator" in message
    )
    assert "choisissez parmi" in message


def test_reference_to_an_unknown_outcome(tmp_path):
    message, line = mistake(
        tmp_path,
        "    if_not_met: adviser\n    explanation:\n      fr: L'école accueille les personnes qui ont",
        "    if_not_met: conseiller\n    explanation:\n      fr: L'école accueille les personnes qui ont",
    )
    assert f"ligne {line}, champ criteria → n°6 → if_not_met" in message
    assert "le résultat « conseiller » n'existe pas" in message


def test_accepted_answer_that_does_not_exist(tmp_path):
    message, line = mistake(
        tmp_path, 'accept: ["03", "15", "43", "63"]', 'accept: ["03", "15", "43", "36"]'
    )
    assert f"ligne {line}, champ criteria → n°3 → rule → accept → n°4" in message
    assert "la réponse « 36 » n'existe pas" in message


def test_question_that_leads_nowhere(tmp_path):
    message, line = mistake(
        tmp_path, "      accept: [oui]\n", "      accept: [oui, non, je-ne-sais-pas]\n"
    )
    assert f"ligne {line}, champ criteria → n°6 → rule → accept" in message
    assert "ne mène à rien" in message


def test_missing_translation_in_the_rules(tmp_path):
    message, _ = mistake(tmp_path, "      en: How old are you?\n", "      fr_: x\n")
    assert "champ criteria → n°1 → question → en" in message
    assert "le texte en anglais manque" in message
