"""Reading a YAML file so that every value keeps the line it was written on.

PyYAML's plain loader forgets where values came from and silently keeps the
last of two equal keys. Here the file is composed into nodes, turned into
plain Python data, and each value's path (for example
`("objectives", 2, "title", "en")`) is mapped to its line, so that a mistake
found later can be shown to the person at the right place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from e2c.content.problems import Problem

Path = tuple[str | int, ...]
# libyaml's loader when PyYAML has it: several times faster, same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# A key or list item whose value starts with a quote: `fr: "Texte…`, `- 'texte…`.
_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*:\s+)?(["'])(.*)$""")


class YamlProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message())
        self.problem = problem


@dataclass
class Located:
    """A YAML document as plain data, with the line of every value (1-based)."""

    data: object
    lines: dict[Path, int] = field(default_factory=dict)
    # Numbers with a decimal point, as written ("17.165"): YAML keeps only the value.
    decimals: dict[Path, str] = field(default_factory=dict)

    def line_of(self, path: Path) -> int:
        """The line of `path`, or of its nearest ancestor written in the file."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1


def _unclosed_quote(text: str, before: int) -> int | None:
    """The line (1-based, before line `before`) whose value opens a quote that
    is closed neither on it nor on any line after it up to `before`.

    YAML reads on past an unclosed quote and stumbles many lines later: the
    line where the quote opened is the one to show.
    """
    lines = text.splitlines()[:before]
    for number, line in enumerate(lines, start=1):
        match = _QUOTED_VALUE.match(line)
        if not match:
            continue
        quote, rest = match.group(1), match.group(2)
        if quote == "'":
            rest = rest.replace("''", "")
        else:
            rest = rest.replace("\\\\", "").replace('\\"', "")
        later = "\n".join(lines[number : before - 1])
        if quote not in rest and quote not in later:
            return number
    return None


def load(text: str, file: str) -> Located:
    """Parse `text` (the content of `file`); raise YamlProblem on a mistake.

    An empty file (or one of comments only) gives `data=None`.
    """
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if error.context == "while scanning a quoted scalar" and error.context_mark:
            opened: int | None = error.context_mark.line + 1  # where the quote opened
        else:
            opened = _unclosed_quote(text, line)
        if opened is not None:
            raise YamlProblem(
                Problem(
                    file,
                    opened,
                    "un guillemet ouvert sur cette ligne n'est pas fermé. Ajoutez le même "
                    "guillemet à la fin du texte, sur la même ligne.",
                    "a quote opened on this line is not closed. Add the same quote at the end "
                    "of the text, on the same line.",
                )
            ) from None
        raise YamlProblem(
            Problem(
                file,
                line,
                f"le fichier n'est pas du YAML valide ({error.problem}). "
                "Vérifiez l'indentation (des espaces, pas de tabulations), les deux-points "
                "après chaque clé et les guillemets autour des textes qui contiennent « : ».",
                f"the file is not valid YAML ({error.problem}). Check the "
                "indentation (spaces, no tabs), the colon after each key and the quotes "
                "around texts that contain ': '.",
                column=column,
            )
        ) from None
    if node is None:
        return Located(data=None)  # nothing but comments: the caller decides
    located = Located(data=None)
    located.data = _to_python(node, (), located, file)
    return located


def _to_python(node: yaml.Node, path: Path, located: Located, file: str) -> object:
    lines = located.lines
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in result:
                raise YamlProblem(
                    Problem(
                        file,
                        key_node.start_mark.line + 1,
                        f"la clé « {key} » est écrite deux fois au même niveau. "
                        "Gardez-en une seule.",
                        f"the key '{key}' is written twice at the same level. Keep only one.",
                    )
                )
            lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _to_python(value_node, (*path, key), located, file)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*path, i), located, file) for i, item in enumerate(node.value)]
    if node.tag == "tag:yaml.org,2002:float":
        located.decimals[path] = node.value
    # A scalar: let PyYAML's safe constructor give it its type (number, text, empty).
    try:
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except yaml.constructor.ConstructorError:
        return node.value  # a tag of another tool's (mkdocs.yml's !ENV): its text
