"""The values of the admission rules, written once and stated everywhere.

A text of content/ or a page of docs/ writes `{age}` where it states the value
of the rule of the criterion `age` in content/eligibility.yml ("vous avez
{age} ans ou plus"; for a choice, the accepted answers: "Allier (03), … ou
Puy-de-Dôme (63)"), and `{nombre-de-questions}` for the number of questions
of the self-check. Change the rule, and every text that states it follows.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable

from e2c.content.eligibility import ChoiceInput, ChoiceRule, EligibilityFile, NumberRule
from e2c.content.formats import format_number
from e2c.content.interface import InterfaceFile
from e2c.content.models import Link
from e2c.content.problems import LANGUAGES, Problem
from e2c.content.validation import field_name
from e2c.content.yaml_source import Located, Path

PLACEHOLDER = re.compile(r"\{[ \t]*([a-z0-9]+(?:-[a-z0-9]+)*)[ \t]*\}")
# A link to a site of content/links.yml: `[le texte](lien:trouver-un-conseiller)`.
LINK = re.compile(r"(?<=\]\()[ \t]*(lien:[a-z0-9]+(?:-[a-z0-9]+)*)[ \t]*(?=\))")
LINK_PREFIX = "lien:"
_MARKDOWN_SIGNS = re.compile(r"([\\`*_\[\]#|])")
QUESTION_COUNT = "nombre-de-questions"

Values = dict[str, dict[str, str]]  # language -> name -> text


def rule_values(rules: EligibilityFile, words: InterfaceFile) -> Values:
    """Each name a text may use, and what it stands for in each language."""
    values: Values = {language: {} for language in LANGUAGES}
    for language in LANGUAGES:
        for criterion in rules.criteria:
            if isinstance(criterion.rule, NumberRule):
                values[language][criterion.id] = format_number(criterion.rule.value, language)
            elif (
                isinstance(criterion.rule, ChoiceRule)
                and isinstance(criterion.input, ChoiceInput)
                and len(criterion.rule.accept) > 1  # a list worth stating, not "Non"
            ):
                labels = {answer.id: answer.label[language] for answer in criterion.input.answers}
                # The schema keeps accepted answers among the question's answers.
                accepted = [labels[a] for a in criterion.rule.accept]
                or_word = words[language].common.or_word
                values[language][criterion.id] = join_words(accepted, or_word)
        values[language][QUESTION_COUNT] = str(len(rules.criteria))
        for name, number in rules.values.items():
            values[language][name] = format_number(number, language)
    return values


def join_words(words: list[str], or_word: str) -> str:
    """`a, b ou c` / `a, b or c` (`or_word`: the language's "ou", content/interface.yml)."""
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {or_word} " + words[-1]


def link_values(links: list[Link], values: Values) -> Values:
    """`values` with each link of content/links.yml under `lien:ID`, its address."""
    for language in values:
        values[language].update({f"{LINK_PREFIX}{link.id}": link.url for link in links})
    return values


def _unknown_link(name: str, known: list[str]) -> tuple[str, str]:
    close = difflib.get_close_matches(name, known, n=1)
    hint = (
        (f" Vouliez-vous dire « {close[0]} » ?", f" Did you mean '{close[0]}'?")
        if close
        else ("", "")
    )
    return (
        f"« {name} » n'est pas un lien de content/links.yml.{hint[0]} "
        f"Liens possibles : {', '.join(known)}.",
        f"'{name}' is not a link of content/links.yml.{hint[1]} "
        f"Possible links: {', '.join(known)}.",
    )


def _unknown(name: str, known: list[str]) -> tuple[str, str]:
    if name.startswith(LINK_PREFIX):
        return _unknown_link(name, [k for k in known if k.startswith(LINK_PREFIX)])
    known = [k for k in known if not k.startswith(LINK_PREFIX)]
    close = difflib.get_close_matches(name, known, n=1)
    hint = (
        (f" Vouliez-vous dire « {{{close[0]}}} » ?", f" Did you mean '{{{close[0]}}}'?")
        if close
        else ("", "")
    )
    names = ", ".join(f"{{{n}}}" for n in known)
    return (
        f"« {{{name}}} » ne correspond à aucune règle du test (content/eligibility.yml).{hint[0]} "
        f"Valeurs possibles : {names}.",
        f"'{{{name}}}' matches no rule of the self-check (content/eligibility.yml).{hint[1]} "
        f"Possible values: {names}.",
    )


def fill(text: str, values: dict[str, str], report: Callable[[str, int], None]) -> str:
    """`text` with each `{name}` and `(lien:ID)` replaced; `report(name, offset)`
    for an unknown one."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        report(name, match.start())
        return match.group(0)

    return PLACEHOLDER.sub(replace, LINK.sub(replace, text))


def fill_page(
    text: str, values: dict[str, str], page: str, first_line: int, markdown: bool = True
) -> tuple[str, list[Problem]]:
    """A page's Markdown (or, `markdown=False`, its plain description) with its
    values filled in, and the unknown names as problems."""
    problems: list[Problem] = []

    def report(name: str, offset: int) -> None:
        line = first_line + text.count("\n", 0, offset)
        problems.append(Problem(page, line, *_unknown(name, sorted(values))))

    if markdown:
        # A value is text in a page too: what looks like HTML or Markdown in it shows as written.
        values = {
            name: value
            if name.startswith(LINK_PREFIX)
            else _MARKDOWN_SIGNS.sub(r"\\\1", html.escape(value, quote=False))
            for name, value in values.items()
        }
    return fill(text, values, report), problems


def fill_data(data: object, values: Values, source: Located, file: str) -> list[Problem]:
    """Fill every text of a content file's data in place; the unknown names as problems."""
    problems: list[Problem] = []

    def walk(node: object, path: Path) -> object:
        if isinstance(node, dict):
            for key in node:
                node[key] = walk(node[key], (*path, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                node[index] = walk(item, (*path, index))
        elif isinstance(node, str):
            language = path[-1] if path and path[-1] in values else LANGUAGES[0]

            def report(name: str, offset: int) -> None:
                words = _unknown(name, sorted(values[language]))
                line = source.line_of(path)
                problems.append(Problem(file, line, *words, field=field_name(path)))

            return fill(node, values[str(language)], report)
        return node

    walk(data, ())
    return problems
