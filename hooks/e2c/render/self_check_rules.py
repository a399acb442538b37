"""The self-check's rules as the page's script reads them, and the reference evaluator.

`evaluate` is the reference the tests use: the page's script must agree with
it on every set of answers (tests/unit/test_evaluators_agree.py runs both).
`rules_json` exports the rules of one language as the JSON the script reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from e2c.content import icons
from e2c.content.eligibility import (
    OPERATORS,
    ChoiceRule,
    Criterion,
    EligibilityFile,
    NumberInput,
    NumberRule,
)


@dataclass(frozen=True)
class Result:
    """The outcome for a set of answers, and the criteria not met (in file order)."""

    outcome: str | None  # None while a question is unanswered
    not_met: tuple[str, ...]
    unanswered: tuple[str, ...]


def is_met(criterion: Criterion, answer: object) -> bool:
    # A rule type (or operator) this does not know is refused, never taken for
    # another: the schema stops it first, and the page's script does the same.
    if isinstance(criterion.rule, NumberRule):
        return OPERATORS[criterion.rule.operator](float(answer), criterion.rule.value)  # type: ignore[arg-type]
    if isinstance(criterion.rule, ChoiceRule):
        return answer in criterion.rule.accept
    raise ValueError(f"unknown rule type: {getattr(criterion.rule, 'type', criterion.rule)}")


def _answered(criterion: Criterion, answer: object) -> bool:
    if answer is None or answer == "":
        return False
    if isinstance(criterion.input, NumberInput):
        try:
            value = float(answer)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        return criterion.input.min <= value <= criterion.input.max
    return answer in [a.id for a in criterion.input.answers]


def evaluate(rules: EligibilityFile, answers: dict[str, object]) -> Result:
    """What the page's script shows for `answers` (criterion id -> answer id or number)."""
    unanswered = tuple(c.id for c in rules.criteria if not _answered(c, answers.get(c.id)))
    if unanswered:
        return Result(None, (), unanswered)
    not_met = [c for c in rules.criteria if not is_met(c, answers[c.id])]
    # The schema keeps one outcome with all_met, and each if_not_met an outcome's id.
    if not not_met:
        outcome = next(o.id for o in rules.outcomes if o.all_met)
    else:
        wanted = {c.if_not_met for c in not_met}
        outcome = next(o.id for o in rules.outcomes if o.id in wanted)
    return Result(outcome, tuple(c.id for c in not_met), ())


def rules_json(
    rules: EligibilityFile,
    language: str,
    html_of: Callable[[str], str],
    links: dict[str, tuple[str, str]],
) -> dict[str, object]:
    """The rules in one language, as the page's script reads them.

    `html_of` turns a text into safe HTML (the script inserts it as is);
    `links`, link id -> (label, address), the sites an outcome offers.
    """
    return {
        "criteria": [
            {
                "id": c.id,
                "rule": c.rule.model_dump(),
                "ifNotMet": c.if_not_met,
                "input": c.input.type,
                "min": getattr(c.input, "min", None),
                "max": getattr(c.input, "max", None),
                "question": c.question[language],
                "explanation": html_of(c.explanation[language]),
                "reason": c.reason[language],
                "comeBack": c.come_back[language] if c.come_back else "",
                "whereToTurn": html_of(c.where_to_turn[language]),
                "whereToTurnAlone": c.where_to_turn_alone,
                "answers": {a.id: a.label[language] for a in getattr(c.input, "answers", [])},
                "unit": c.input.unit[language] if isinstance(c.input, NumberInput) else "",
            }
            for c in rules.criteria
        ],
        "outcomes": [
            {
                "id": o.id,
                "allMet": o.all_met,
                "title": o.title[language],
                "nextSteps": html_of(o.next_steps[language]),
                "icon": icons.svg(o.icon) or "",
                "colour": o.colour,
                # The schema keeps every action a link of content/links.yml.
                "actions": [{"label": links[a][0], "url": links[a][1]} for a in o.actions],
            }
            for o in rules.outcomes
        ],
        "motivation": rules.motivation[language],
    }
