"""Numbers and dates as each language writes them, in texts and on pages."""

from __future__ import annotations

from datetime import date


def format_number(value: float, language: str) -> str:
    """`17165` -> `17 165` (French, no-break space) / `17,165` (English)."""
    whole = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if language == "fr":
        whole = whole.replace(",", "\u00a0").replace(".", ",")
    return whole


_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}


def format_date(value: date, language: str) -> str:
    """`2027-02-15` -> "15 février 2027" / "15 February 2027"."""
    month = _MONTHS[language].split()[value.month - 1]
    day = "1er" if language == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"
