"""Pictograms written in a page like an image: `![Argent](icone:material/cash)`.

The words in brackets are what a screen reader says (empty brackets: a
decorative pictogram, hidden from screen readers). The icon is one of the
sets Material ships, drawn inline: no request, no file to add.
"""

from __future__ import annotations

import re

from e2c.content import icons
from e2c.content.problems import Problem

PICTOGRAM = re.compile(r"!\[([^\]\n]*)\]\(icone:([^)\s]*)\)")
ICONS_PAGE = "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/"


def replace_pictograms(markdown: str, page_path: str, first_line: int) -> tuple[str, list[Problem]]:
    """The page with each pictogram drawn; an unknown icon is a problem at its line."""
    problems: list[Problem] = []

    def draw(match: re.Match[str]) -> str:
        label, name = match.group(1).strip(), match.group(2)
        drawn = icons.labelled(name, label) if label else icons.svg(name)
        if drawn is None:
            line = first_line + markdown.count("\n", 0, match.start())
            problems.append(
                Problem(
                    page_path,
                    line,
                    f"le pictogramme « {name} » n'existe pas. Choisissez-en un sur "
                    f"{ICONS_PAGE} et écrivez-le comme « icone:material/cash ».",
                    f"the pictogram '{name}' does not exist. Choose one on "
                    f"{ICONS_PAGE} and write it like 'icone:material/cash'.",
                )
            )
            return match.group(0)
        return drawn.replace('class="e2c-icon"', 'class="e2c-icon e2c-picto"', 1)

    return PICTOGRAM.sub(draw, markdown), problems
