"""The self-check page's HTML: the list of conditions, the form, the rules' JSON.

The form works as a plain list of questions without JavaScript; the site's
script `eligibility.js` reads the rules' JSON and shows the result. The
inputs are named after the criteria's ids and the result carries the outcome's
id in `data-outcome`, so the page can be tested and automated.
"""

from __future__ import annotations

import html
import json

from e2c.content.eligibility import ChoiceInput, Criterion, EligibilityFile, NumberInput
from e2c.content.interface import Words, escaped, months
from e2c.content.models import Link
from e2c.render.self_check_rules import rules_json
from e2c.render.text import blocks, inline


def script_words(words: Words) -> dict[str, str]:
    """The words eligibility.js shows (`rules.ui`), and only those: they weigh on the page."""
    return {
        "notMet": words.self_check.why,
        "whereToTurn": words.self_check.where_to_turn,
        "answers": words.self_check.answers,
        "date": words.self_check.date,
        "unanswered": words.self_check.unanswered,
        "print": words.self_check.print,
        "restart": words.self_check.restart,
    }


def month(value: str, words: Words) -> str:
    """`2006-02` -> `février 2006` / `February 2006`."""
    year, number = value.split("-")[:2]
    return f"{months(words)[int(number) - 1]} {year}"


def conditions(rules: EligibilityFile, language: str, words: Words, audience: str = "") -> str:
    """The conditions as a plain list, always visible, then their sources; said
    to the reader, or (`audience="personne"`) to an adviser about the person;
    `words`, the interface's in `language`."""
    count = len(rules.criteria)
    end = {"fr": (" ;", "."), "en": (";", ".")}[language]
    items = "".join(
        f"<li>{inline((c.condition_adviser if audience else c.condition)[language])}"
        f"{end[i == count - 1]}</li>"
        for i, c in enumerate(rules.criteria)
    )
    since_word = escaped(words.self_check.since)
    origins = sorted({(c.source, c.took_effect) for c in rules.criteria})
    sources = "; ".join(
        f"{inline(rules.sources[name][language])}, {since_word} {escaped(month(since, words))}"
        for name, since in origins
    )
    return (
        f'<ul class="e2c-conditions">{items}</ul>'
        f'<p class="e2c-source"><em>{escaped(words.common.source)} {sources}.</em></p>'
    )


def _question(criterion: Criterion, language: str) -> str:
    cid = html.escape(criterion.id)
    legend = f'<legend id="question-{cid}">{inline(criterion.question[language])}</legend>'
    help_text = f'<p class="e2c-help" id="help-{cid}">{inline(criterion.help[language])}</p>'
    if isinstance(criterion.input, NumberInput):
        field = (
            f'<div class="e2c-number"><input type="number" id="answer-{cid}" name="{cid}" '
            f'min="{criterion.input.min}" max="{criterion.input.max}" step="1" '
            f'inputmode="numeric" aria-labelledby="question-{cid} unit-{cid}" '
            f'aria-describedby="help-{cid}">'
            f'<span id="unit-{cid}">{inline(criterion.input.unit[language])}</span></div>'
        )
    else:
        assert isinstance(criterion.input, ChoiceInput)
        field = (
            '<div class="e2c-choices">'
            + "".join(
                f'<label class="e2c-choice"><input type="radio" name="{cid}" '
                f'value="{html.escape(answer.id)}" aria-describedby="help-{cid}"> '
                f"{inline(answer.label[language])}</label>"
                for answer in criterion.input.answers
            )
            + "</div>"
        )
    return (
        f'<fieldset class="e2c-question" id="fieldset-{cid}">{legend}{help_text}{field}</fieldset>'
    )


def check(rules: EligibilityFile, language: str, link_list: list[Link], words: Words) -> str:
    """The form, its buttons (shown by the script), the result area and the rules;
    `words`, the interface's in `language`."""
    questions = "".join(_question(c, language) for c in rules.criteria)
    links = {link.id: (link.label[language], link.url) for link in link_list}
    data = rules_json(rules, language, blocks, links)
    data["ui"] = script_words(words)
    data["conditions"] = {c.id: c.condition[language] for c in rules.criteria}
    # "</" must not close the script element early.
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (
        f'<p class="e2c-privacy">{escaped(words.self_check.privacy)}</p>'
        f'<noscript><p class="e2c-noscript">{escaped(words.self_check.noscript)}</p></noscript>'
        # method="dialog": even without the script, submitting sends nothing anywhere.
        # Hidden until the script shows it: without it the form could give no result.
        f'<form class="e2c-check e2c-js-only" id="e2c-check" method="dialog" hidden>{questions}'
        f'<div class="e2c-form-actions" hidden>'
        f'<button type="submit" class="md-button md-button--primary">{escaped(words.self_check.show)}</button>'
        f"</div></form>"
        f'<div class="e2c-result" id="e2c-result" aria-live="polite" data-outcome=""></div>'
        f'<script type="application/json" id="e2c-rules">{payload}</script>'
    )
