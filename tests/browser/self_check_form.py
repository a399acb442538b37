"""The self-check's form, filled in like a person would."""

from __future__ import annotations

PAGE = {"fr": "/suis-je-eligible/", "en": "/en/suis-je-eligible/"}


def fill(page, answers: dict) -> None:
    """Answer like a person: type numbers, tap the answer's label."""
    for criterion, answer in answers.items():
        field = page.locator(f'input[name="{criterion}"]')
        if field.first.get_attribute("type") == "number":
            field.click()
            page.keyboard.press("Control+A")
            page.keyboard.type(str(answer))
        else:
            page.locator(f'label:has(input[name="{criterion}"][value="{answer}"])').click()


def outcome_of(page) -> tuple[str, tuple[str, ...]]:
    result = page.locator("#e2c-result")
    not_met = result.locator("[data-criterion]").evaluate_all(
        "items => items.map(i => i.dataset.criterion)"
    )
    return result.get_attribute("data-outcome"), tuple(not_met)
