"""The self-check's cases, derived from the rules themselves.

Both the Python reference evaluator and the page in Chromium must give these
results, whatever content/eligibility.yml says today: change a rule and the
cases follow. For a number rule the edges are its value and the numbers
either side of it, and the input's bounds; for a choice rule, every answer.
The expected outcome is spelled out here from the rules' meaning (the first
outcome, in file order, that an unmet criterion leads to), not asked of the
evaluator under test.
"""

from __future__ import annotations

from itertools import combinations
from typing import NamedTuple

from e2c.content.eligibility import ChoiceRule, Criterion, EligibilityFile, NumberRule

MEANING = {
    ">=": lambda answer, value: answer >= value,
    ">": lambda answer, value: answer > value,
    "<=": lambda answer, value: answer <= value,
    "<": lambda answer, value: answer < value,
    "==": lambda answer, value: answer == value,
}


class Case(NamedTuple):
    answers: dict[str, object]
    outcome: str
    not_met: tuple[str, ...] = ()


def meets(criterion: Criterion, answer: object) -> bool:
    if isinstance(criterion.rule, NumberRule):
        return MEANING[criterion.rule.operator](float(answer), criterion.rule.value)
    assert isinstance(criterion.rule, ChoiceRule)
    return answer in criterion.rule.accept


def possible_answers(criterion: Criterion) -> list[object]:
    """The answers worth trying: every choice, or a number rule's edges."""
    if isinstance(criterion.rule, ChoiceRule):
        return [answer.id for answer in criterion.input.answers]
    low, high = criterion.input.min, criterion.input.max
    value = criterion.rule.value
    edges = [low, value - 1, value, value + 1, high]
    whole = [int(edge) if float(edge).is_integer() else edge for edge in edges]
    return sorted({edge for edge in whole if low <= edge <= high})


def meeting_answer(criterion: Criterion) -> object:
    return next(a for a in reversed(possible_answers(criterion)) if meets(criterion, a))


def failing_answer(criterion: Criterion) -> object | None:
    return next((a for a in possible_answers(criterion) if not meets(criterion, a)), None)


def expected(rules: EligibilityFile, answers: dict[str, object]) -> Case:
    not_met = tuple(c.id for c in rules.criteria if not meets(c, answers[c.id]))
    leads_to = {c.if_not_met for c in rules.criteria if c.id in not_met}
    if not_met:
        outcome = next(o.id for o in rules.outcomes if o.id in leads_to)
    else:
        outcome = next(o.id for o in rules.outcomes if o.all_met)
    return Case(dict(answers), outcome, not_met)


def base_answers(rules: EligibilityFile) -> dict[str, object]:
    """Answers that meet every criterion, in the page's order."""
    return {c.id: meeting_answer(c) for c in rules.criteria}


def derived_cases(rules: EligibilityFile) -> list[Case]:
    """Every answer of every question alone, then every pair of unmet criteria."""
    base = base_answers(rules)
    cases = [expected(rules, base)]
    for criterion in rules.criteria:
        for answer in possible_answers(criterion):
            cases.append(expected(rules, {**base, criterion.id: answer}))
    failing = {c.id: failing_answer(c) for c in rules.criteria}
    for first, second in combinations([c for c in rules.criteria if failing[c.id] is not None], 2):
        changes = {first.id: failing[first.id], second.id: failing[second.id]}
        cases.append(expected(rules, {**base, **changes}))
    cases.append(expected(rules, {**base, **{k: v for k, v in failing.items() if v is not None}}))
    return cases


def incomplete_cases(rules: EligibilityFile) -> list[tuple[dict[str, object], tuple[str, ...]]]:
    """Answers that leave the check unfinished (one question left, a number out of
    its bounds), and the questions still to answer."""
    base = base_answers(rules)
    cases = []
    for criterion in rules.criteria:
        cases.append(({k: v for k, v in base.items() if k != criterion.id}, (criterion.id,)))
        if isinstance(criterion.rule, NumberRule):
            cases.append(({**base, criterion.id: criterion.input.max + 1}, (criterion.id,)))
    return cases
