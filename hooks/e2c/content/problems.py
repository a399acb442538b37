"""A content problem, worded for the staff who edit the site."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Problem:
    """One mistake in a source file: where it is and what to do, in French and English."""

    path: str
    line: int
    fr: str
    en: str
    field: str = ""
    column: int | None = None

    def where(self, language: str) -> str:
        words = {"fr": ("ligne", "colonne", "champ"), "en": ("line", "column", "field")}
        line, column, field = words[language]
        parts = [self.path, f"{line} {self.line}"]
        if self.column is not None:
            parts.append(f"{column} {self.column}")
        if self.field:
            parts.append(f"{field} {self.field}")
        return ", ".join(parts)

    def message(self, language: str | None = None) -> str:
        """The problem in one language, or in French then English when none is given."""
        if language in LANGUAGES:
            text = self.fr if language == "fr" else self.en
            separator = " : " if language == "fr" else ": "
            return f"{self.where(language)}{separator}{text}"
        return f"{self.message('fr')}\n    ({self.message('en')})"


def report(problems: list[Problem], language: str | None = None) -> str:
    """All problems as one message, one block per problem."""
    count = len(problems)
    heads = {
        "fr": f"{count} problème(s) à corriger :",
        "en": f"{count} problem(s) to fix:",
        None: f"{count} problème(s) à corriger ({count} problem(s) to fix):",
    }
    head = heads.get(language, heads[None])
    return "\n".join([head, *(f"  - {p.message(language)}" for p in problems)])
