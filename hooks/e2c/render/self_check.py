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
from e2c.content.models import Link
from e2c.render.self_check_rules import rules_json
from e2c.render.text import blocks, inline

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}

# The words of the form and of the result, in each language.
UI = {
    "fr": {
        "show": "Voir le résultat",
        "print": "Imprimer ou enregistrer le résultat",
        "restart": "Recommencer",
        "result": "Votre résultat",
        "notMet": "Pourquoi",
        "whereToTurn": "Vers qui vous tourner :",
        "answers": "Vos réponses",
        "date": "Date du test :",
        "unanswered": "Répondez d'abord à ces questions :",
        "noscript": "Le test a besoin de JavaScript, qui est coupé sur votre appareil. "
        "Lisez la liste des conditions ci-dessous : si vous les remplissez, "
        "vous pouvez candidater.",
        "privacy": "Vos réponses restent sur votre appareil : rien n'est envoyé, rien n'est gardé.",
        "since": "en vigueur depuis",
        "source": "Source :",
    },
    "en": {
        "show": "Show the result",
        "print": "Print or save the result",
        "restart": "Start again",
        "result": "Your result",
        "notMet": "Why",
        "whereToTurn": "Where to turn:",
        "answers": "Your answers",
        "date": "Date of the check:",
        "unanswered": "First answer these questions:",
        "noscript": "The check needs JavaScript, which is off on your device. "
        "Read the list of conditions below: if you meet them, you can apply.",
        "privacy": "Your answers stay on your device: nothing is sent, nothing is kept.",
        "since": "in force since",
        "source": "Source:",
    },
}


def month(value: str, language: str) -> str:
    """`2006-02` -> `février 2006` / `February 2006`."""
    year, number = value.split("-")[:2]
    return f"{MONTHS[language].split()[int(number) - 1]} {year}"


def conditions(rules: EligibilityFile, language: str, audience: str = "") -> str:
    """The conditions as a plain list, always visible, then their sources; said
    to the reader, or (`audience="personne"`) to an adviser about the person."""
    count = len(rules.criteria)
    end = {"fr": (" ;", "."), "en": (";", ".")}[language]
    items = "".join(
        f"<li>{inline((c.condition_adviser if audience else c.condition)[language])}"
        f"{end[i == count - 1]}</li>"
        for i, c in enumerate(rules.criteria)
    )
    ui = UI[language]
    origins = sorted({(c.source, c.took_effect) for c in rules.criteria})
    sources = "; ".join(
        f"{inline(rules.sources[name][language])}, {ui['since']} {month(since, language)}"
        for name, since in origins
    )
    return (
        f'<ul class="e2c-conditions">{items}</ul>'
        f'<p class="e2c-source"><em>{ui["source"]} {sources}.</em></p>'
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


def check(rules: EligibilityFile, language: str, link_list: list[Link]) -> str:
    """The form, its buttons (shown by the script), the result area and the rules."""
    ui = UI[language]
    questions = "".join(_question(c, language) for c in rules.criteria)
    links = {link.id: (link.label[language], link.url) for link in link_list}
    data = rules_json(rules, language, blocks, links)
    data["ui"] = ui
    data["conditions"] = {c.id: c.condition[language] for c in rules.criteria}
    # "</" must not close the script element early.
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (
        f'<p class="e2c-privacy">{ui["privacy"]}</p>'
        f'<noscript><p class="e2c-noscript">{ui["noscript"]}</p></noscript>'
        # method="dialog": even without the script, submitting sends nothing anywhere.
        # Hidden until the script shows it: without it the form could give no result.
        f'<form class="e2c-check e2c-js-only" id="e2c-check" method="dialog" hidden>{questions}'
        f'<div class="e2c-form-actions" hidden>'
        f'<button type="submit" class="md-button md-button--primary">{ui["show"]}</button>'
        f"</div></form>"
        f'<div class="e2c-result" id="e2c-result" aria-live="polite" data-outcome=""></div>'
        f'<script type="application/json" id="e2c-rules">{payload}</script>'
    )
