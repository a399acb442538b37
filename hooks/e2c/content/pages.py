"""Rules every page source in docs/ must follow.

Pages use the suffix layout of mkdocs-static-i18n: `page.md` is French (the
default language), `page.en.md` its English twin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

from e2c.content.problems import Problem

DEFAULT_LANGUAGE = "fr"
OTHER_LANGUAGES = ("en",)
LANGUAGES = (DEFAULT_LANGUAGE, *OTHER_LANGUAGES)
# Where each language lives in the built site: French at the root, English in en/.
FOLDERS = {language: "" if language == DEFAULT_LANGUAGE else language for language in LANGUAGES}


def split_language(src_path: str) -> tuple[str, str]:
    """`pour-qui.en.md` -> (`pour-qui.md`, `en`); `pour-qui.md` -> (`pour-qui.md`, `fr`)."""
    path = PurePosixPath(src_path)
    stem, dot, language = path.stem.rpartition(".")
    if dot and language in OTHER_LANGUAGES:
        return str(path.with_name(stem + path.suffix)), language
    return str(path), DEFAULT_LANGUAGE


def twin_path(base: str, language: str) -> str:
    """The source file of `base` (a French path) in `language`."""
    if language == DEFAULT_LANGUAGE:
        return base
    path = PurePosixPath(base)
    return str(path.with_name(f"{path.stem}.{language}{path.suffix}"))


def missing_translations(src_paths: Iterable[str]) -> list[Problem]:
    """A problem for every Markdown page that lacks its twin in another language."""
    languages_of: dict[str, set[str]] = {}
    for src_path in src_paths:
        if not src_path.endswith(".md"):
            continue
        base, language = split_language(src_path)
        languages_of.setdefault(base, set()).add(language)
    problems = []
    for base, present in sorted(languages_of.items()):
        source = twin_path(base, next(lang for lang in LANGUAGES if lang in present))
        for language in LANGUAGES:
            if language in present:
                continue
            wanted = twin_path(base, language)
            problems.append(
                Problem(
                    path=f"docs/{source}",
                    line=1,
                    fr=f"la traduction manque. Créez « docs/{wanted} » avec le même contenu, "
                    f"traduit, ou supprimez aussi cette page.",
                    en=f"the translation is missing. Create 'docs/{wanted}' with the same "
                    f"content, translated, or remove this page too.",
                )
            )
    return problems


def missing_description(src_path: str, meta: Mapping[str, object]) -> Problem | None:
    """Every page needs a short description: search engines and link previews show it."""
    description = meta.get("description")
    if isinstance(description, str) and description.strip():
        return None
    return Problem(
        path=src_path,
        line=1,
        fr="la page n'a pas de description. Ajoutez en tête du fichier, entre deux lignes "
        "« --- », une ligne « description: » avec une phrase qui résume la page.",
        en="the page has no description. At the top of the file, between two '---' "
        "lines, add a 'description:' line with one sentence that sums up the page.",
    )
