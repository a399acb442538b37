"""Mistakes that involve two fields or two files: a reference to an unknown id,
a word explained twice, a count written like a decimal.
"""

from __future__ import annotations

import re

from e2c.content import eligibility, icons, models
from e2c.content.problems import Problem
from e2c.content.validation import field_name
from e2c.content.yaml_source import Located
from e2c.content.yaml_source import Path as FieldPath


def thousands_separators(model: models.FiguresFile, source: Located, file: str) -> list[Problem]:
    """A count written "17.165" is read as 17.165: a dot before exactly three
    digits in a count (no unit) is a thousands separator, not a decimal."""
    problems = []
    for index, figure in enumerate(model.figures):
        path = ("figures", index, "value")
        written = source.decimals.get(path, "")
        if figure.unit == "" and re.fullmatch(r"\d{1,3}(\.\d{3})+", written):
            whole = written.replace(".", "")
            problems.append(
                Problem(
                    file,
                    source.line_of(path),
                    f"« {written} » se lit comme un nombre à virgule. Si c'est {whole}, "
                    f"écrivez {whole}, sans point, espace ni virgule entre les milliers.",
                    f"'{written}' reads as a decimal number. If it is {whole}, write {whole}, "
                    "without a dot, space or comma between thousands.",
                    field=field_name(path),
                )
            )
    return problems


def file_problems(model: models.Strict, source: Located, file: str) -> list[Problem]:
    """Mistakes that involve two fields: a reference to an unknown id, a reversed range."""
    problems = []
    if isinstance(model, eligibility.EligibilityFile):
        problems += eligibility.cross_problems(model, source, file)
    if isinstance(model, models.TypicalPathFile):
        for index, fact in enumerate(model.facts):
            if icons.svg(fact.icon) is None:
                path = ("facts", index, "icon")
                problems.append(
                    Problem(
                        file,
                        source.line_of(path),
                        f"l'icône « {fact.icon} » n'existe pas. Choisissez-en une sur "
                        "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ "
                        "(par exemple « material/cash »).",
                        f"the icon '{fact.icon}' does not exist. Choose one on "
                        "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ "
                        "(for example 'material/cash').",
                        field=field_name(path),
                    )
                )
    if isinstance(model, models.FiguresFile):
        problems += thousands_separators(model, source, file)
    if isinstance(model, models.GlossaryFile):
        problems += glossary_problems(model, source, file)
    if isinstance(model, models.PartnersFile):
        kinds = [kind.id for kind in model.kinds]
        # Kinds and partners become sections of one page: their ids are its anchors.
        for index, partner in enumerate(model.partners):
            if partner.id in kinds:
                path = ("partners", index, "id")
                problems.append(
                    Problem(
                        file,
                        source.line_of(path),
                        f"l'identifiant « {partner.id} » est déjà celui d'un type (kinds). "
                        "Les deux sont des ancres de la même page : changez l'un des deux.",
                        f"the id '{partner.id}' is already a kind's id. Both are anchors of "
                        "the same page: change one of them.",
                        field=field_name(path),
                    )
                )
        for index, partner in enumerate(model.partners):
            if partner.kind not in kinds:
                path = ("partners", index, "kind")
                problems.append(
                    Problem(
                        file,
                        source.line_of(path),
                        f"le type « {partner.kind} » n'existe pas. Types connus : "
                        f"{', '.join(kinds)}. Corrigez-le ou ajoutez ce type dans « kinds ».",
                        f"the kind '{partner.kind}' does not exist. Known kinds: "
                        f"{', '.join(kinds)}. Fix it or add this kind under 'kinds'.",
                        field=field_name(path),
                    )
                )
    return problems


# An explanation is read on the easy-to-read pages too: their sentences' limit.
EXPLANATION_WORDS = 12


def glossary_problems(model: models.GlossaryFile, source: Located, file: str) -> list[Problem]:
    """A word explained twice (the page would not know which explanation to
    give), and an explanation too long for the easy-to-read pages."""
    problems = []
    for index, term in enumerate(model.terms):
        for language in ("fr", "en"):
            for sentence in re.split(r"(?<=[.!?…])\s+", term.explanation[language]):
                if len(sentence.split()) > EXPLANATION_WORDS:
                    path: FieldPath = ("terms", index, "explanation", language)
                    problems.append(
                        Problem(
                            file,
                            source.line_of(path),
                            f"la phrase « {sentence} » a {len(sentence.split())} mots : "
                            f"{EXPLANATION_WORDS} au plus, pour les pages « Facile à lire ». "
                            "Coupez-la en deux phrases.",
                            f"the sentence '{sentence}' has {len(sentence.split())} words: "
                            f"at most {EXPLANATION_WORDS}, for the easy-to-read pages. "
                            "Split it into two sentences.",
                            field=field_name(path),
                        )
                    )
    for language in ("fr", "en"):
        seen: dict[str, int] = {}
        for index, term in enumerate(model.terms):
            paths: list[FieldPath] = [("terms", index, "term", language)] + [
                ("terms", index, "variants", language, number)
                for number in range(len(term.variants[language]))
            ]
            for form, path in zip(term.forms(language), paths, strict=True):
                key = " ".join(form.casefold().split())
                line = source.line_of(path)
                if key in seen:
                    problems.append(
                        Problem(
                            file,
                            line,
                            f"le mot « {form} » est déjà expliqué ligne {seen[key]}. "
                            "Un mot n'a qu'une explication : gardez-le à un seul endroit.",
                            f"the word '{form}' is already explained on line {seen[key]}. "
                            "A word has one explanation only: keep it in one place.",
                            field=field_name(path),
                        )
                    )
                else:
                    seen[key] = line
    return problems


def action_problems(
    rules: eligibility.EligibilityFile, links: models.LinksFile, source: Located
) -> list[Problem]:
    """Each outcome's actions are links of content/links.yml."""
    known = [link.id for link in links.links]
    problems = []
    for index, outcome in enumerate(rules.outcomes):
        for position, action in enumerate(outcome.actions):
            if action not in known:
                path = ("outcomes", index, "actions", position)
                problems.append(
                    Problem(
                        "content/eligibility.yml",
                        source.line_of(path),
                        f"le lien « {action} » n'est pas dans content/links.yml. Liens "
                        f"possibles : {', '.join(known)}.",
                        f"the link '{action}' is not in content/links.yml. Possible links: "
                        f"{', '.join(known)}.",
                        field=field_name(path),
                    )
                )
    return problems
