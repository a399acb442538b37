"""Mistakes only the file as written shows, after its schema has accepted it:
a count written like a decimal (YAML keeps only the number), a word explained
twice (the message names the line of the first explanation).

Every other check, references between fields and files included, is in the
schemas (e2c.content.models, e2c.content.eligibility).
"""

from __future__ import annotations

import re

from e2c.content import models
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


def words_explained_twice(model: models.GlossaryFile, source: Located, file: str) -> list[Problem]:
    """A word explained twice: the page would not know which explanation to give."""
    problems = []
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


def file_problems(model: models.Strict, source: Located, file: str) -> list[Problem]:
    """The mistakes of a file its schema accepted that only its written form shows."""
    if isinstance(model, models.FiguresFile):
        return thousands_separators(model, source, file)
    if isinstance(model, models.GlossaryFile):
        return words_explained_twice(model, source, file)
    return []
