"""The self-check "Suis-je éligible ?": the schema of its rules, and their checks.

content/eligibility.yml holds the criteria and the outcomes. The reference
evaluator and the JSON the page's script reads are in e2c.render.self_check_rules.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from e2c.content import icons
from e2c.content.models import Id, NonEmpty, Strict, Text
from e2c.content.problems import Problem
from e2c.content.validation import field_name
from e2c.content.yaml_source import Located

AnswerId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Month = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}(-\d{2})?$")]

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}


class Answer(Strict):
    id: AnswerId
    label: Text


class NumberInput(Strict):
    type: Literal["number"]
    unit: Text
    min: int = 0
    max: int


class ChoiceInput(Strict):
    type: Literal["choice"]
    answers: list[Answer] = Field(min_length=2)


class NumberRule(Strict):
    type: Literal["number"]
    operator: Literal[">=", ">", "<=", "<", "=="]
    value: int | float


class ChoiceRule(Strict):
    type: Literal["choice"]
    accept: list[AnswerId] = Field(min_length=1)


class Criterion(Strict):
    id: Id
    condition: Text
    condition_adviser: Text  # the same, said to an adviser about the person
    question: Text
    help: Text
    input: Annotated[NumberInput | ChoiceInput, Field(discriminator="type")]
    rule: Annotated[NumberRule | ChoiceRule, Field(discriminator="type")]
    if_not_met: Id
    explanation: Text
    reason: Text  # the reader's situation, in their words, when not met
    come_back: Text | None = None  # when the condition will be met later
    where_to_turn: Text
    where_to_turn_alone: bool = False  # shown only when the one condition not met
    source: Id
    took_effect: Month


class Outcome(Strict):
    id: Id
    title: Text
    next_steps: Text
    all_met: bool = False
    icon: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+/[a-z0-9-]+$")]
    actions: list[Id] = Field(min_length=1)  # links of content/links.yml to act on


class EligibilityFile(Strict):
    # Numbers that answers and texts state as {name}.
    values: dict[Id, int | float] = Field(default_factory=dict)
    motivation: Text
    criteria: list[Criterion] = Field(min_length=1)
    outcomes: list[Outcome] = Field(min_length=2)
    sources: dict[NonEmpty, Text]


def cross_problems(rules: EligibilityFile, source: Located, file: str) -> list[Problem]:
    """References that must hold between the criteria, the outcomes and the sources."""
    problems = []

    def add(path: tuple[str | int, ...], fr: str, en: str) -> None:
        problems.append(Problem(file, source.line_of(path), fr, en, field=field_name(path)))

    for index, outcome in enumerate(rules.outcomes):
        if icons.svg(outcome.icon) is None:
            add(
                ("outcomes", index, "icon"),
                f"l'icône « {outcome.icon} » n'existe pas. Choisissez-en une sur "
                "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ "
                "(par exemple « material/check-circle »).",
                f"the icon '{outcome.icon}' does not exist. Choose one on "
                "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ "
                "(for example 'material/check-circle').",
            )
    all_met = [outcome for outcome in rules.outcomes if outcome.all_met]
    if len(all_met) != 1:
        add(
            ("outcomes",),
            "un seul résultat doit avoir « all_met: true » (le résultat quand tout est rempli).",
            "exactly one outcome must have 'all_met: true' (the outcome when all is met).",
        )
    fallbacks = [outcome.id for outcome in rules.outcomes if not outcome.all_met]
    for index, criterion in enumerate(rules.criteria):
        where = ("criteria", index)
        if criterion.if_not_met not in fallbacks:
            add(
                (*where, "if_not_met"),
                f"le résultat « {criterion.if_not_met} » n'existe pas (ou c'est celui où "
                f"tout est rempli). Résultats possibles : {', '.join(fallbacks)}.",
                f"the outcome '{criterion.if_not_met}' does not exist (or is the one where "
                f"all is met). Possible outcomes: {', '.join(fallbacks)}.",
            )
        if criterion.source not in rules.sources:
            add(
                (*where, "source"),
                f"la source « {criterion.source} » n'est pas décrite dans « sources ».",
                f"the source '{criterion.source}' is not described under 'sources'.",
            )
        if criterion.input.type != criterion.rule.type:
            add(
                (*where, "rule", "type"),
                f"la règle est de type « {criterion.rule.type} » mais la question attend "
                f"« {criterion.input.type} » : les deux doivent être du même type.",
                f"the rule is of type '{criterion.rule.type}' but the question expects "
                f"'{criterion.input.type}': both must be of the same type.",
            )
        elif isinstance(criterion.rule, ChoiceRule) and isinstance(criterion.input, ChoiceInput):
            answers = [answer.id for answer in criterion.input.answers]
            for position, accepted in enumerate(criterion.rule.accept):
                if accepted not in answers:
                    add(
                        (*where, "rule", "accept", position),
                        f"la réponse « {accepted} » n'existe pas dans cette question. "
                        f"Réponses possibles : {', '.join(answers)}.",
                        f"the answer '{accepted}' does not exist in this question. "
                        f"Possible answers: {', '.join(answers)}.",
                    )
            if set(answers) <= set(criterion.rule.accept):
                add(
                    (*where, "rule", "accept"),
                    "toutes les réponses remplissent la condition : la question ne mène à rien. "
                    "Retirez une réponse de « accept » ou retirez la question.",
                    "every answer meets the condition: the question leads nowhere. Remove an "
                    "answer from 'accept' or remove the question.",
                )
    return problems
