"""A content problem, worded for the staff who edit the site."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One mistake in a source file: where it is and what to do, in French then English."""

    path: str
    line: int
    fr: str
    en: str

    def message(self) -> str:
        french = f"{self.path}, ligne {self.line} : {self.fr}"
        english = f"{self.path}, line {self.line}: {self.en}"
        return f"{french}\n    ({english})"


def report(problems: list[Problem]) -> str:
    """All problems as one message, one block per problem."""
    count = len(problems)
    head = f"{count} problème(s) à corriger dans les pages du site ({count} problem(s) to fix):"
    return "\n".join([head, *(f"  - {p.message()}" for p in problems)])
