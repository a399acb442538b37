"""The interface's words: the words of the site's machinery, one table per language.

Not what staff write for readers (content/*.yml, docs/), but the words around
it: "Télécharger le dépliant", "Sur cette page", "Écouter", the months of a
date. content/interface.yml holds them, a table `fr:` then a table `en:`, with
the same keys. The hooks read them from the loaded content
(`content.interface[language]`), the templates from `config.extra.e2c_words`
(set for each language's pass, see `for_templates`), and the scripts from the
page's HTML, where the hooks or the templates put only the words each needs.

The keys are this module's schema (`Words`): a key missing from one table, an
unknown key, an empty word or a word without the values its key takes (`{size}`,
filled in by the code) is a message for staff, never a traceback.
"""

from __future__ import annotations

import difflib
import html
import string
from typing import Annotated

from markupsafe import Markup
from pydantic import BaseModel

from e2c.content.models import NonEmpty, Strict
from e2c.content.problems import LANGUAGES, Problem
from e2c.content.validation import field_name
from e2c.content.yaml_source import Located
from e2c.content.yaml_source import Path as DataPath

FILE = "interface.yml"  # in content/
LANGUAGE_NAMES = {"fr": ("française", "French"), "en": ("anglaise", "English")}


class Takes:
    """The values a word names between braces, which the code fills in."""

    def __init__(self, *names: str) -> None:
        self.names = frozenset(names)


class Count:
    """A word that is a list of `words`, separated by spaces (the months)."""

    def __init__(self, words: int) -> None:
        self.words = words


Word = NonEmpty


class PageWords(Strict):
    skip_to_content: Word
    search_site: Word
    menu: Word
    search: Word
    on_this_page: Word


class EasyReadWords(Strict):
    link: Word
    back: Word
    reviewed: Annotated[Word, Takes("by", "date")]


class NotFoundWords(Strict):
    title: Word
    text: Word
    home: Word


class MovedWords(Strict):
    title: Word
    link: Word


class ListenWords(Strict):
    name: Word
    listen: Word
    pause: Word
    resume: Word
    stop: Word


class ShareWords(Strict):
    title: Word
    email: Word
    copy_link: Word
    more: Word
    link_copied: Word


class ShareTextWords(Strict):
    heading: Word
    website: Word
    self_check: Word
    apply: Word
    leaflet: Word
    copy_text: Word
    copied: Word


class FooterWords(Strict):
    useful_pages: Word
    contact: Word
    documents: Word
    referring: Word
    legal: Word
    personal_data: Word
    accessibility: Word


class ContactWords(Strict):
    title: Word
    phone: Word
    email: Word
    address: Word
    opening_hours: Word


class LegalWords(Strict):
    title: Word
    publisher: Word
    director: Word
    host: Word


class FiguresWords(Strict):
    national: Annotated[Word, Takes("year")]
    local: Word
    about: Word
    more_than: Word


class DocumentsWords(Strict):
    download_leaflet: Word
    download_charter: Word
    size: Annotated[Word, Takes("size")]
    leaflet_pending: Word
    charter_pending: Word
    places: Annotated[Word, Takes("years")]
    official_charter: Annotated[Word, Takes("link")]


class GlossaryWords(Strict):
    heading: Word
    pictogram: Word
    back: Word
    all: Word


class SelfCheckWords(Strict):
    privacy: Word
    noscript: Word
    show: Word
    why: Word
    where_to_turn: Word
    answers: Word
    date: Word
    unanswered: Word
    print: Word
    restart: Word
    since: Word


class DatesWords(Strict):
    months: Annotated[Word, Count(12)]
    date: Annotated[Word, Takes("day", "month", "year")]
    first_of_month: Annotated[Word, Takes("month", "year")]
    # The end of every page: when it last changed (e2c.publish.dates).
    updated: Annotated[Word, Takes("date")]


class CommonWords(Strict):
    source: Word
    website: Word
    or_word: Word


class Words(Strict):
    """One language's table, in the order of the file."""

    page: PageWords
    easy_read: EasyReadWords
    not_found: NotFoundWords
    moved: MovedWords
    listen: ListenWords
    share: ShareWords
    share_text: ShareTextWords
    footer: FooterWords
    contact: ContactWords
    legal: LegalWords
    figures: FiguresWords
    documents: DocumentsWords
    glossary: GlossaryWords
    self_check: SelfCheckWords
    dates: DatesWords
    common: CommonWords


class InterfaceFile(Strict):
    fr: Words
    en: Words

    def __getitem__(self, language: str) -> Words:
        return self.fr if language == "fr" else self.en


def fill(word: str, **values: str) -> str:
    """`word` with each `{name}` replaced (the check made sure it names exactly these)."""
    return word.format_map(values)


def escaped(word: str) -> str:
    """`word` as HTML text or a double-quoted attribute value; apostrophes kept as typed."""
    return html.escape(word, quote=False).replace('"', "&quot;")


def months(words: Words) -> list[str]:
    return words.dates.months.split()


# -- For the templates -----------------------------------------------------------


def for_templates(words: Words) -> dict[str, dict[str, Markup]]:
    """One language's words, each escaped once (so `| e` changes nothing), by group:
    a template writes `{{ words.listen.pause }}` after `set words = config.extra.e2c_words`."""
    return {
        group: {key: Markup(escaped(word)) for key, word in table.items()}
        for group, table in words.model_dump().items()
    }


class Blank(str):
    """Any word, as nothing: the templates' words while content/ cannot be read
    (`mkdocs serve` then shows the problems in every page instead)."""

    def __getattr__(self, name: str) -> Blank:
        if name.startswith("__"):  # not a word: what Python and Jinja ask of any object
            raise AttributeError(name)
        return self


# -- The check -------------------------------------------------------------------


def _groups(model: type[BaseModel]) -> dict[str, type[BaseModel]]:
    groups = {}
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            groups[name] = annotation
    return groups


def every_key() -> list[tuple[str, str]]:
    """Every key of a table, (group, key), in the order of the schema."""
    return [(group, key) for group, model in _groups(Words).items() for key in model.model_fields]


def _takes(group: str, key: str) -> frozenset[str]:
    metadata = _groups(Words)[group].model_fields[key].metadata
    return next((m.names for m in metadata if isinstance(m, Takes)), frozenset())


def _count(group: str, key: str) -> int | None:
    metadata = _groups(Words)[group].model_fields[key].metadata
    return next((m.words for m in metadata if isinstance(m, Count)), None)


def _braces(names: frozenset[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names))


def placeholders(word: str) -> frozenset[str] | None:
    """The `{name}`s of `word`, or None when its braces are not all `{name}`s."""
    names = set()
    try:
        for _, name, spec, conversion in string.Formatter().parse(word):
            if name is None:
                continue
            if not name.isidentifier() or spec or conversion:
                return None
            names.add(name)
    except ValueError:  # a brace left alone
        return None
    return frozenset(names)


class _Check:
    """The problems of the file's data, gathered in order of the file."""

    def __init__(self, source: Located, file: str) -> None:
        self.source = source
        self.file = file
        self.problems: list[Problem] = []

    def add(self, path: DataPath, fr: str, en: str) -> None:
        self.problems.append(
            Problem(self.file, self.source.line_of(path), fr, en, field=field_name(path))
        )

    def table(self, data: dict[str, object], language: str) -> dict[str, object] | None:
        table = data.get(language)
        if language not in data:
            name_fr, name_en = LANGUAGE_NAMES[language]
            self.add(
                (),
                f"la table {name_fr} manque : ajoutez une ligne « {language}: » puis, en "
                "retrait, les mêmes mots que l'autre table, traduits.",
                f"the {name_en} table is missing: add a line '{language}:' then, indented, "
                "the same words as the other table, translated.",
            )
            return None
        if not isinstance(table, dict):
            self.add(
                (language,),
                f"« {language}: » doit contenir les mots, par groupe, un par ligne, en retrait.",
                f"'{language}:' must hold the words, by group, one per line, indented.",
            )
            return None
        return table

    def unknown(self, path: DataPath, known: list[str]) -> None:
        key = str(path[-1])
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint_fr = f" Vouliez-vous dire « {close[0]} » ?" if close else ""
        hint_en = f" Did you mean '{close[0]}'?" if close else ""
        self.add(
            path,
            f"« {key} » n'est pas un mot de l'interface : le site ne s'en sert pas.{hint_fr} "
            f"Corrigez son nom ou retirez la ligne. Clés possibles : {', '.join(known)}.",
            f"'{key}' is not a word of the interface: the site does not use it.{hint_en} "
            f"Fix its name or remove the line. Possible keys: {', '.join(known)}.",
        )

    def missing(self, path: DataPath, tables: dict[str, dict[str, object]]) -> None:
        """`path` (language, group[, key]) lacks in its table: say where the other has it."""
        language, *rest = path
        parent, key = (language, *rest[:-1]), str(rest[-1])
        name_fr, name_en = LANGUAGE_NAMES[str(language)]
        elsewhere = [other for other in tables if other != language and _at(tables[other], rest)]
        if elsewhere:
            other = elsewhere[0]
            line = self.source.line_of((other, *rest))
            where_fr = f" ; la table « {other} » l'a, ligne {line}"
            where_en = f"; the '{other}' table has it, on line {line}"
        else:
            where_fr = where_en = ""
        if len(rest) > 1:  # a word of a group
            do_fr = (
                f"Ajoutez sous « {rest[-2]}: » la ligne « {key}: » avec le mot dans cette langue."
            )
            do_en = f"Add under '{rest[-2]}:' the line '{key}:' with the word in this language."
        else:  # a whole group
            do_fr = f"Ajoutez la ligne « {key}: » puis, en retrait, ses mots dans cette langue."
            do_en = f"Add the line '{key}:' then, indented, its words in this language."
        self.add(
            parent,
            f"« {key} » manque dans la table {name_fr}{where_fr}. {do_fr}",
            f"'{key}' is missing from the {name_en} table{where_en}. {do_en}",
        )

    def word(self, path: DataPath, value: object, group: str, key: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(
                path,
                "ce mot est vide : écrivez-le (en français dans la table fr, en anglais "
                "dans la table en).",
                "this word is empty: write it (in French in the fr table, in English in the "
                "en table).",
            )
            return
        if not isinstance(value, str):
            self.add(
                path,
                "ce mot doit être un texte : écrivez-le entre guillemets, sur la même ligne.",
                "this word must be a text: write it between quotes, on the same line.",
            )
            return
        wanted = _takes(group, key)
        found = placeholders(value)
        if found != wanted:
            if wanted:
                needs_fr = f"doit contenir {_braces(wanted)}, que le site remplace"
                needs_en = f"must hold {_braces(wanted)}, which the site fills in"
            else:
                needs_fr = "ne prend pas de valeur entre accolades"
                needs_en = "takes no value between braces"
            extra = found - wanted if found is not None else frozenset()
            wrong_fr = f" ({_braces(extra)} n'en est pas une)" if extra else ""
            wrong_en = f" ({_braces(extra)} is not one of them)" if extra else ""
            self.add(
                path,
                f"ce mot {needs_fr}{wrong_fr}. Écrivez les mêmes noms entre accolades que "
                "dans l'autre langue, sans les traduire, et aucune autre accolade.",
                f"this word {needs_en}{wrong_en}. Write the same names between braces as in "
                "the other language, untranslated, and no other brace.",
            )
        count = _count(group, key)
        if count is not None and len(value.split()) != count:
            self.add(
                path,
                f"ce mot est une liste de {count} mots séparés par des espaces ; elle en a "
                f"{len(value.split())}.",
                f"this word is a list of {count} words separated by spaces; it has "
                f"{len(value.split())}.",
            )


def _at(table: dict[str, object], path: list[str | int]) -> bool:
    node: object = table
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def table_problems(source: Located, file: str) -> list[Problem]:
    """Every mistake of content/interface.yml, worded for the two tables: a key one
    table lacks names the other's line. None: the schema accepts the file."""
    check = _Check(source, file)
    data = source.data
    if not isinstance(data, dict):
        check.add(
            (),
            "le fichier doit contenir deux tables, « fr: » puis « en: ».",
            "the file must hold two tables, 'fr:' then 'en:'.",
        )
        return check.problems
    for language in data:
        if language not in LANGUAGES:
            check.add(
                (language,),
                f"« {language} » n'est pas une langue du site : les deux tables sont « fr: » "
                "et « en: ».",
                f"'{language}' is not a language of the site: the two tables are 'fr:' and 'en:'.",
            )
    tables = {
        language: table
        for language in LANGUAGES
        if (table := check.table(data, language)) is not None
    }
    groups = _groups(Words)
    for language, table in tables.items():
        for group in table:
            if group not in groups:
                check.unknown((language, group), list(groups))
        for group, model in groups.items():
            if group not in table:
                check.missing((language, group), tables)
                continue
            words = table[group]
            if not isinstance(words, dict):
                check.add(
                    (language, group),
                    f"« {group}: » doit contenir ses mots, un par ligne, en retrait.",
                    f"'{group}:' must hold its words, one per line, indented.",
                )
                continue
            known = list(model.model_fields)
            for key in words:
                if key not in known:
                    check.unknown((language, group, key), known)
            for key in known:
                if key in words:
                    check.word((language, group, key), words[key], group, key)
                else:
                    check.missing((language, group, key), tables)
    return sorted(check.problems, key=lambda problem: problem.line)
