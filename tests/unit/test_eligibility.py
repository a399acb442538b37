import pytest
from content_helpers import FIXTURE_CONTENT, content_copy, line_of, replace_in
from e2c.content.eligibility import ChoiceInput
from e2c.content.loading import ContentError, load_content
from e2c.content.problems import report
from e2c.render.self_check_rules import evaluate
from eligibility_cases import derived_cases, incomplete_cases


@pytest.fixture(scope="module")
def rules():
    return load_content(FIXTURE_CONTENT).eligibility


def test_the_cases_cover_every_answer_and_the_edges_of_every_number(rules):
    cases = derived_cases(rules)
    for criterion in rules.criteria:
        tried = {case.answers[criterion.id] for case in cases}
        if isinstance(criterion.input, ChoiceInput):
            assert tried == {answer.id for answer in criterion.input.answers}
        else:
            value = criterion.rule.value
            assert {value - 1, value, value + 1} <= tried
    outcomes = {case.outcome for case in cases}
    assert outcomes == {outcome.id for outcome in rules.outcomes}


def test_a_rule_change_changes_the_cases(rules):
    age = next(c for c in rules.criteria if c.id == "age")
    lowered = age.model_copy(update={"rule": age.rule.model_copy(update={"value": 16})})
    criteria = [lowered if c.id == "age" else c for c in rules.criteria]
    changed = rules.model_copy(update={"criteria": criteria})
    ages = {case.answers["age"] for case in derived_cases(changed)}
    assert {15, 16, 17} <= ages
    seventeen = next(c for c in derived_cases(changed) if c.answers["age"] == 17)
    assert "age" not in seventeen.not_met


def cases_of_fixture():
    return derived_cases(load_content(FIXTURE_CONTENT).eligibility)


@pytest.mark.parametrize(("answers", "outcome", "not_met"), cases_of_fixture())
def test_reference_evaluator_gives_the_expected_outcome(rules, answers, outcome, not_met):
    result = evaluate(rules, answers)
    assert (result.outcome, result.not_met) == (outcome, not_met)


@pytest.mark.parametrize(
    ("answers", "unanswered"), incomplete_cases(load_content(FIXTURE_CONTENT).eligibility)
)
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
        "    if_not_met: adviser\n    reason:\n      fr: Vous n'êtes pas sûr",
        "    if_not_met: conseiller\n    reason:\n      fr: Vous n'êtes pas sûr",
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
