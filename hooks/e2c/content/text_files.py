"""Reading a text file that staff saved, whatever their editor did to it.

A byte-order mark (which some Windows editors add) and Windows line endings
are accepted. A file in
another encoding than UTF-8 is refused with the line of the first character
that cannot be read, and the way to fix it.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from e2c.content.problems import Problem


class NotUtf8(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message())
        self.problem = problem


def decode(data: bytes, file: str) -> str:
    """`data` as text, without a byte-order mark; NotUtf8 names the first bad line."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise NotUtf8(
            Problem(
                file,
                line,
                "le fichier n'est pas enregistré en UTF-8 : un caractère de cette ligne "
                "ne peut pas être lu (souvent une lettre accentuée). Enregistrez le fichier "
                "en UTF-8 : dans votre éditeur, « Enregistrer sous… », encodage « UTF-8 ».",
                "the file is not saved in UTF-8: a character on this line cannot be read "
                "(often an accented letter). Save the file in UTF-8: in your editor, "
                "'Save as…', encoding 'UTF-8'.",
            )
        ) from None
    # Windows line endings read as MkDocs reads them.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, file: str) -> str:
    """The text of `path` (shown to staff as `file`); raises NotUtf8."""
    return decode(path.read_bytes(), file)
