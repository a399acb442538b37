"""A page of docs/ as staff write it: its front matter, read the way a person means it.

A front matter is YAML between two `---` lines. People write French there:
`description: Les conditions : qui peut venir ?` is not valid YAML (a second
« : »), nor is a text that starts and ends with quotes but holds others. Such
a front matter is read line by line instead, `key: the rest of the line`, and
given to MkDocs as valid YAML with the same number of lines. A quote opened
and never closed is a mistake pointed at on its line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from e2c.content.problems import Problem
from e2c.content.text_files import NotUtf8, read_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(\n|\Z)", re.S)
_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$")
_QUOTES = "\"'«“"
_CLOSING = {'"': '"', "'": "'", "«": "»", "“": "”"}


@dataclass
class PageSource:
    """A page split into its front matter (as data) and its body."""

    meta: dict[str, object]
    body: str
    body_line: int  # the line of the file where the body starts (1-based)
    front_matter_lines: list[str] = field(default_factory=list)
    strict_yaml: bool = True  # whether the front matter was valid YAML as written

    def line_of(self, key: str) -> int:
        """The line of the file where a front matter key is written (else the first)."""
        for offset, line in enumerate(self.front_matter_lines):
            if re.match(rf"{re.escape(key)}[ \t]*:", line):
                return offset + 2
        return 1

    def for_mkdocs(self) -> str:
        """The page with a front matter MkDocs reads as meant, lines kept in place."""
        if not self.front_matter_lines:
            return self.body
        if self.strict_yaml:
            head = "".join(f"{line}\n" for line in self.front_matter_lines)
        else:
            rows = [
                f"{key}: {json.dumps(value, ensure_ascii=False)}"
                for key, value in self.meta.items()
            ]
            rows += [""] * (len(self.front_matter_lines) - len(rows))
            head = "".join(f"{row}\n" for row in rows)
        return f"---\n{head}---\n{self.body}"


def _value(raw: str, file: str, line: int) -> tuple[object, Problem | None]:
    text = raw.strip()
    if text in ("true", "false"):
        return text == "true", None
    if text and text[0] in _QUOTES:
        closing = _CLOSING[text[0]]
        if len(text) > 1 and text.endswith(closing) and text[0] in "\"'":
            return text[1:-1].strip(), None  # YAML's quotes around the whole text
        if closing in text[1:]:
            return text, None  # a quotation inside the text: « … » : la suite
        return text, Problem(
            file,
            line,
            f"le guillemet {text[0]} ouvert sur cette ligne n'est pas fermé. Ajoutez "
            f"{closing} à la fin du texte, ou retirez le guillemet du début.",
            f"the quote {text[0]} opened on this line is not closed. Add {closing} at the "
            "end of the text, or remove the opening quote.",
        )
    return text, None


def _lenient(lines: list[str], file: str, first: int) -> tuple[dict[str, object], list[Problem]]:
    """`key: value` lines, the value taken as written; indented lines continue it."""
    meta: dict[str, object] = {}
    raw: dict[str, tuple[str, int]] = {}
    problems = []
    last = None
    for offset, line in enumerate(lines):
        number = first + offset
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY.match(line)
        if match and not line[0].isspace():
            last = match.group(1)
            raw[last] = (match.group(2) or "", number)
        elif last is not None:
            text, start = raw[last]
            raw[last] = (f"{text} {line.strip()}", start)
        else:
            problems.append(
                Problem(
                    file,
                    number,
                    "cette ligne de l'en-tête n'a pas la forme « clé: valeur » (par exemple "
                    "« description: Une phrase. »). Corrigez-la.",
                    "this line of the header is not of the form 'key: value' (for example "
                    "'description: One sentence.'). Fix it.",
                )
            )
    for key, (text, number) in raw.items():
        value, problem = _value(text, file, number)
        meta[key] = value
        if problem:
            problems.append(problem)
    return meta, problems


def parse_page(text: str, file: str) -> tuple[PageSource, list[Problem]]:
    """The page in `text` (the content of `file`), and the mistakes of its front matter."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return PageSource({}, text, 1), []
    lines = (match.group(1) or "").splitlines()
    body = text[match.end() :]
    body_line = len(lines) + 3
    try:
        data = yaml.safe_load("\n".join(lines)) if lines else {}
    except yaml.YAMLError:
        data = None
    if isinstance(data, dict) or (data is None and not any(line.strip() for line in lines)):
        return PageSource(dict(data or {}), body, body_line, lines), []
    meta, problems = _lenient(lines, file, 2)
    return PageSource(meta, body, body_line, lines, strict_yaml=False), problems


def read_page(path: Path, file: str) -> tuple[PageSource | None, list[Problem]]:
    """The page at `path`, shown to staff as `file`; None when it cannot be read."""
    try:
        text = read_text(path, file)
    except NotUtf8 as error:
        return None, [error.problem]
    return parse_page(text, file)
