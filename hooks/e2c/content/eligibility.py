"""The self-check "Suis-je éligible ?": the schema of its rules, and their checks.

content/eligibility.yml holds the criteria and the outcomes. The reference
evaluator and the JSON the page's script reads are in e2c.render.self_check_rules.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Annotated, Literal, Self

from pydantic import Field, StringConstraints, model_validator

from e2c.content.models import (
    IconName,
    Id,
    LinkId,
    Location,
    NonEmpty,
    Strict,
    Text,
    drawn_icon,
    staff_errors,
)

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

    @model_validator(mode="after")
    def _rule_fits_the_question(self) -> Self:
        found: list[tuple[Location, str, str]] = []
        if self.input.type != self.rule.type:
            found.append(
                (
                    ("rule", "type"),
                    f"la règle est de type « {self.rule.type} » mais la question attend "
                    f"« {self.input.type} » : les deux doivent être du même type.",
                    f"the rule is of type '{self.rule.type}' but the question expects "
                    f"'{self.input.type}': both must be of the same type.",
                )
            )
        elif isinstance(self.rule, ChoiceRule) and isinstance(self.input, ChoiceInput):
            answers = [answer.id for answer in self.input.answers]
            found += [
                (
                    ("rule", "accept", position),
                    f"la réponse « {accepted} » n'existe pas dans cette question. "
                    f"Réponses possibles : {', '.join(answers)}.",
                    f"the answer '{accepted}' does not exist in this question. "
                    f"Possible answers: {', '.join(answers)}.",
                )
                for position, accepted in enumerate(self.rule.accept)
                if accepted not in answers
            ]
            if set(answers) <= set(self.rule.accept):
                found.append(
                    (
                        ("rule", "accept"),
                        "toutes les réponses remplissent la condition : la question ne mène "
                        "à rien. Retirez une réponse de « accept » ou retirez la question.",
                        "every answer meets the condition: the question leads nowhere. Remove "
                        "an answer from 'accept' or remove the question.",
                    )
                )
        if found:
            raise staff_errors("Criterion", found)
        return self


class Outcome(Strict):
    id: Id
    title: Text
    next_steps: Text
    all_met: bool = False
    icon: Annotated[IconName, drawn_icon("material/check-circle")]
    # The result's colour (`.e2c-verdict--COLOUR` in e2c.css): a property of the
    # outcome, so that its id can change freely.
    colour: Literal["green", "amber", "purple"] = "amber"
    actions: list[LinkId] = Field(min_length=1)  # links of content/links.yml to act on


class EligibilityFile(Strict):
    # Numbers that answers and texts state as {name}.
    values: dict[Id, int | float] = Field(default_factory=dict)
    motivation: Text
    criteria: list[Criterion] = Field(min_length=1)
    outcomes: list[Outcome] = Field(min_length=2)
    sources: dict[NonEmpty, Text]

    @model_validator(mode="after")
    def _references_hold(self) -> Self:
        # Together, so that a renamed outcome gets every message at once.
        found: list[tuple[Location, str, str]] = []
        # The evaluators give the outcome with all_met when every condition is met.
        if sum(outcome.all_met for outcome in self.outcomes) != 1:
            found.append(
                (
                    ("outcomes",),
                    "un seul résultat doit avoir « all_met: true » (le résultat quand tout "
                    "est rempli).",
                    "exactly one outcome must have 'all_met: true' (the outcome when all is met).",
                )
            )
        fallbacks = [outcome.id for outcome in self.outcomes if not outcome.all_met]
        for index, criterion in enumerate(self.criteria):
            if criterion.if_not_met not in fallbacks:
                found.append(
                    (
                        ("criteria", index, "if_not_met"),
                        f"le résultat « {criterion.if_not_met} » n'existe pas (ou c'est celui "
                        f"où tout est rempli). Résultats possibles : {', '.join(fallbacks)}.",
                        f"the outcome '{criterion.if_not_met}' does not exist (or is the one "
                        f"where all is met). Possible outcomes: {', '.join(fallbacks)}.",
                    )
                )
            if criterion.source not in self.sources:
                found.append(
                    (
                        ("criteria", index, "source"),
                        f"la source « {criterion.source} » n'est pas décrite dans « sources ».",
                        f"the source '{criterion.source}' is not described under 'sources'.",
                    )
                )
        if found:
            raise staff_errors("EligibilityFile", found)
        return self
