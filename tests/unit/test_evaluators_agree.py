"""The page's script and the reference evaluator give the same results.

eligibility.js, the very file the page loads, runs under Node
(tests/eligibility/evaluate.cjs) on the rules exactly as the page holds them,
against the cases the Python evaluator is held to: the fixture's derived cases,
and small rule sets made here for every operator and every rule type of the
schema, at their edges. A rule type or operator one of the two does not know
fails here. One Node process per test, whatever the number of cases.
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path
from typing import Literal, get_args

import pytest
from chromium import run_node
from content_helpers import FIXTURE_CONTENT
from e2c.content.eligibility import (
    OPERATORS,
    ChoiceInput,
    Criterion,
    EligibilityFile,
    NumberInput,
    NumberRule,
)
from e2c.content.loading import load_content
from e2c.content.models import Strict
from e2c.render import self_check
from e2c.render.self_check_rules import evaluate, rules_json
from e2c.render.text import blocks
from eligibility_cases import MEANING, derived_cases, expected, incomplete_cases
from pydantic import ValidationError

RUNNER = Path(__file__).resolve().parent.parent / "eligibility" / "evaluate.cjs"
PAYLOAD = re.compile(r'<script type="application/json" id="e2c-rules">(.*?)</script>', re.S)
CONTENT = load_content(FIXTURE_CONTENT)
RULES = CONTENT.eligibility


def schema_types(field: str) -> set[str]:
    """The `type` values the schema allows for a criterion's `rule` or `input`."""
    models = get_args(Criterion.model_fields[field].annotation)
    return {value for model in models for value in get_args(model.model_fields["type"].annotation)}


SCHEMA_OPERATORS = set(get_args(NumberRule.model_fields["operator"].annotation))


def page_rules(rules: EligibilityFile, language: str = "fr") -> dict:
    """The rules as the page holds them: the JSON of the self-check's HTML, in
    which rules_json's output is written unchanged."""
    html = self_check.check(rules, language, CONTENT.links.links, CONTENT.interface[language])
    data = json.loads(PAYLOAD.search(html).group(1))
    links = {link.id: (link.label[language], link.url) for link in CONTENT.links.links}
    written = json.loads(json.dumps(rules_json(rules, language, blocks, links)))
    assert {key: data[key] for key in written} == written
    return data


def node(sets: list[tuple[dict, list[dict]]]) -> dict:
    """eligibility.js's results: per rule set, one per answers."""
    request = [{"rules": rules, "cases": cases} for rules, cases in sets]
    return run_node(RUNNER, request, "eligibility.js under Node", timeout=60)


def result(outcome: str | None, not_met=(), unanswered=()) -> dict:
    return {"outcome": outcome, "notMet": list(not_met), "unanswered": list(unanswered)}


def reference(rules: EligibilityFile, answers: dict) -> dict:
    got = evaluate(rules, answers)
    return result(got.outcome, got.not_met, got.unanswered)


def answered(criterion: Criterion, answer: object) -> bool:
    """An answer counts once it is one of the question's, or a number within
    the question's bounds, however it is written."""
    if isinstance(criterion.input, ChoiceInput):
        return answer in [a.id for a in criterion.input.answers]
    try:
        number = float(answer)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return criterion.input.min <= number <= criterion.input.max


def wanted(rules: EligibilityFile, answers: dict) -> dict:
    """The result spelled out from the rules' meaning (eligibility_cases)."""
    unanswered = [c.id for c in rules.criteria if not answered(c, answers.get(c.id))]
    if unanswered:
        return result(None, (), unanswered)
    case = expected(rules, answers)
    return result(case.outcome, case.not_met)


def as_typed(answers: dict) -> dict:
    """The same answers as the form gives them: numbers as the text typed."""
    return {k: v if isinstance(v, str) else str(v) for k, v in answers.items()}


def disagreements(rules: EligibilityFile, cases: list[tuple[dict, dict]], got: list) -> list:
    assert len(got) == len(cases)
    return [
        (answers, want, reference(rules, answers), script)
        for (answers, want), script in zip(cases, got, strict=True)
        if not want == reference(rules, answers) == script
    ]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_script_agrees_with_the_reference_on_the_fixture_cases(language):
    cases = []
    for case in derived_cases(RULES):
        want = result(case.outcome, case.not_met)
        cases += [(case.answers, want), (as_typed(case.answers), want)]
    for answers, unanswered in incomplete_cases(RULES):
        cases += [(answers, result(None, (), unanswered))]
    got = node([(page_rules(RULES, language), [answers for answers, _ in cases])])
    assert not disagreements(RULES, cases, got["results"][0])
    assert len(cases) > 50


# Small rule sets, made from the fixture's criteria: one criterion each, for every
# operator and every rule type, and one set with all of them.
NUMBER = next(c for c in RULES.criteria if isinstance(c.input, NumberInput))
CHOICE = next(
    c for c in RULES.criteria if isinstance(c.input, ChoiceInput) and len(c.input.answers) == 3
)
NOT_ANSWERS = [None, "", "  ", "peut-etre", "constructor", "toString"]


def rule_set(criteria: list[dict]) -> EligibilityFile:
    """Rules with these criteria, through the schema (it must accept them)."""
    return EligibilityFile.model_validate({**RULES.model_dump(), "criteria": criteria})


def criterion(model: Criterion, cid: str, rule: dict, if_not_met: str = "elsewhere") -> dict:
    return {**model.model_dump(), "id": cid, "rule": rule, "if_not_met": if_not_met}


def number_rules(operator: str, value: float) -> dict:
    return {"type": "number", "operator": operator, "value": value}


def number_sets() -> list[tuple[EligibilityFile, list[dict]]]:
    """Every operator, on a whole and a half value and at the input's bounds,
    answered at the value, either side of it, at and beyond the bounds."""
    low, high = NUMBER.input.min, NUMBER.input.max
    sets = []
    for operator in sorted(SCHEMA_OPERATORS):
        for value in (18, 17.5, low, high):
            rules = rule_set([criterion(NUMBER, "n", number_rules(operator, value))])
            edges = {low, high, value - 1, value - 0.5, value, value + 0.5, value + 1, 17, 18}
            inside = sorted(edge for edge in edges if low <= edge <= high)
            outside = [low - 1, low - 0.5, high + 0.5, high + 1, "abc", "1e9", "Infinity"]
            cases = [{"n": a} for a in inside] + [{"n": str(a)} for a in inside]
            sets.append((rules, cases + [{"n": a} for a in outside + NOT_ANSWERS] + [{}]))
    return sets


def choice_sets() -> list[tuple[EligibilityFile, list[dict]]]:
    """Every choice rule a question of three answers can have (not all accepted),
    answered with each answer and with what is not one."""
    ids = [answer.id for answer in CHOICE.input.answers]
    sets = []
    for size in range(1, len(ids)):
        for accept in combinations(ids, size):
            rules = rule_set([criterion(CHOICE, "c", {"type": "choice", "accept": list(accept)})])
            sets.append((rules, [{"c": a} for a in [*ids, *NOT_ANSWERS]] + [{}]))
    return sets


SETS_OF_TYPE = {"number": number_sets, "choice": choice_sets}


def all_together() -> tuple[EligibilityFile, list[dict]]:
    """A criterion per operator and a choice, leading to two outcomes: the
    derived cases (every edge alone, every pair) and the unfinished ones."""
    criteria = [
        criterion(NUMBER, f"n{index}", number_rules(op, 18), ("elsewhere", "adviser")[index % 2])
        for index, op in enumerate(sorted(SCHEMA_OPERATORS))
    ]
    accept = [CHOICE.input.answers[0].id]
    criteria.append(criterion(CHOICE, "c", {"type": "choice", "accept": accept}, "adviser"))
    rules = rule_set(criteria)
    cases = [case.answers for case in derived_cases(rules)]
    return rules, cases + [answers for answers, _ in incomplete_cases(rules)]


def test_the_script_agrees_with_the_reference_for_every_operator_and_rule_type():
    sets = [pair for kind in sorted(schema_types("rule")) for pair in SETS_OF_TYPE[kind]()]
    sets.append(all_together())
    got = node([(page_rules(rules), cases) for rules, cases in sets])["results"]
    wrong = []
    for (rules, cases), results in zip(sets, got, strict=True):
        with_wanted = [(answers, wanted(rules, answers)) for answers in cases]
        wrong += disagreements(rules, with_wanted, results)
    assert not wrong, wrong[:5]
    tried = [rules.criteria[0].rule for rules, _ in sets]
    assert {rule.type for rule in tried} == schema_types("rule")
    assert {rule.operator for rule in tried if isinstance(rule, NumberRule)} == SCHEMA_OPERATORS
    assert sum(len(cases) for _, cases in sets) > 500


def test_both_know_the_same_rule_types_and_operators():
    known = node([])
    assert set(known["types"]) == schema_types("rule") == schema_types("input")
    assert set(SETS_OF_TYPE) == schema_types("rule")  # each type is tried above
    assert set(known["operators"]) == SCHEMA_OPERATORS == set(OPERATORS) == set(MEANING)
    assert len(known["types"]) == len(set(known["types"]))
    assert len(known["operators"]) == len(set(known["operators"]))


class DateRule(Strict):
    """A rule type neither evaluator knows."""

    type: Literal["date"]
    after: str


UNKNOWN_RULES = [
    {"type": "date", "after": "2000-01"},
    {"type": "constructor"},
    {"type": "number", "operator": "=>", "value": 18},
    {"type": "number", "operator": "!=", "value": 18},
    {"type": "number", "operator": "toString", "value": 18},
    {"type": "number", "value": 18},
]


@pytest.mark.parametrize("rule", UNKNOWN_RULES)
def test_the_schema_refuses_a_rule_it_does_not_know(rule):
    with pytest.raises(ValidationError):
        rule_set([criterion(NUMBER, "n", rule)])


def test_the_reference_evaluator_refuses_a_rule_type_it_does_not_know():
    odd = NUMBER.model_copy(update={"rule": DateRule(type="date", after="2000-01")})
    with pytest.raises(ValueError, match="unknown rule type: date"):
        evaluate(RULES.model_copy(update={"criteria": [odd]}), {NUMBER.id: 18})


def test_the_script_refuses_a_rule_type_or_operator_it_does_not_know():
    page = page_rules(rule_set([criterion(NUMBER, "n", number_rules(">=", 18))]))
    sets = []
    for rule in UNKNOWN_RULES:
        for input_type in {"number", rule["type"]}:  # the question of that type too
            odd = {**page["criteria"][0], "rule": rule, "input": input_type}
            sets.append(({**page, "criteria": [odd]}, [{"n": 18}, {"n": 17}, {}]))
    results = node(sets)["results"]
    errors = [r.get("error", "") for set_results in results for r in set_results]
    assert len(errors) == 3 * len(sets)
    assert all(re.match(r"unknown (rule type|operator): ", error) for error in errors), errors
