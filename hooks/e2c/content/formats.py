"""Numbers and dates as each language writes them, in texts and on pages."""

from __future__ import annotations

from datetime import date

from e2c.content.interface import Words, fill, months


def format_number(value: float, language: str) -> str:
    """`17165` -> `17 165` (French, no-break space) / `17,165` (English)."""
    whole = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if language == "fr":
        whole = whole.replace(",", "\u00a0").replace(".", ",")
    return whole


def format_date(value: date, words: Words) -> str:
    """`2027-02-15` -> "15 février 2027" / "15 February 2027", in the words of a
    language (content/interface.yml: its months, their order, "1er")."""
    month = months(words)[value.month - 1]
    if value.day == 1:
        return fill(words.dates.first_of_month, month=month, year=str(value.year))
    return fill(words.dates.date, day=str(value.day), month=month, year=str(value.year))
