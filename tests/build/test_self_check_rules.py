"""The self-check follows whatever rules content/eligibility.yml holds now."""

from __future__ import annotations

import pytest
from e2c.content.loading import load_content
from e2c.render.self_check_rules import evaluate
from eligibility_cases import derived_cases
from site_helpers import PROJECT

pytestmark = pytest.mark.content


def test_the_real_rules_give_their_derived_cases():
    # Whatever content/eligibility.yml holds now, the evaluator follows its rules.
    rules = load_content(PROJECT / "content").eligibility
    wrong = []
    for answers, outcome, not_met in derived_cases(rules):
        result = evaluate(rules, answers)
        if (result.outcome, result.not_met) != (outcome, not_met):
            wrong.append(
                f"{answers}: {result.outcome} {result.not_met}, attendu {outcome} {not_met}"
            )
    assert not wrong, "Le test « Suis-je éligible ? » ne suit pas ses règles :\n" + "\n".join(wrong)
