"""The site's menu (`nav` in mkdocs.yml): every page in it, every title translated.

MkDocs only mentions, in English, a page left out of the menu, and
mkdocs-static-i18n shows a French title on the English site when its
translation is missing: both are refused here, with the line to add.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pathspec

from e2c.content.problems import Problem
from e2c.content.text_files import NotUtf8, read_text
from e2c.content.yaml_source import Located, YamlProblem, load
from e2c.content.yaml_source import Path as DataPath

CONFIG = "mkdocs.yml"


def _entries(node: object, path: DataPath) -> Iterator[tuple[str | None, str | None, DataPath]]:
    """(title, file, path) of every menu entry; a section has a title and no file."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _entries(item, (*path, index))
    elif isinstance(node, dict):
        for title, value in node.items():
            if isinstance(value, str) or value is None:
                yield str(title), value, (*path, title)
            else:
                yield str(title), None, (*path, title)
                yield from _entries(value, (*path, title))
    elif isinstance(node, str):
        yield None, node, path


def _at(data: object, path: DataPath) -> object:
    for part in path:
        data = data[part]  # type: ignore[index]
    return data


def _translations(config: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Each other language's nav_translations, from the i18n plugin's settings."""
    found: dict[str, dict[str, str]] = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
            for language in plugin["i18n"].get("languages") or []:
                if isinstance(language, dict) and not language.get("default"):
                    found[str(language.get("locale"))] = language.get("nav_translations") or {}
    return found


def nav_problems(root: Path, french_pages: list[str]) -> list[Problem]:
    """Pages missing from the menu, menu entries without a page or without a translation."""
    try:
        source: Located = load(read_text(root / CONFIG, CONFIG), CONFIG)
    except (YamlProblem, NotUtf8) as error:
        return [error.problem]
    if not isinstance(source.data, dict):
        return [
            Problem(
                CONFIG,
                1,
                "le fichier est vide ou n'a pas la forme attendue. Remettez son contenu : sur "
                "GitHub, ouvrez l'historique du fichier (« History ») et reprenez sa dernière "
                "version.",
                "the file is empty or not of the expected shape. Put its content back: on "
                "GitHub, open the file's history ('History') and take its last version.",
            )
        ]
    config = source.data
    nav = config.get("nav")
    if not nav:
        return []  # no menu: MkDocs lists every page itself
    problems = []
    entries = list(_entries(nav, ("nav",)))
    listed = {file for _, file, _ in entries if file}
    # MkDocs' own setting for pages kept out of the menu on purpose.
    outside = pathspec.GitIgnoreSpec.from_lines(str(config.get("not_in_nav") or "").splitlines())
    for page in french_pages:
        if page not in listed and not outside.match_file(page):
            problems.append(
                Problem(
                    CONFIG,
                    source.line_of(("nav",)),
                    f"la page docs/{page} n'est pas dans le menu. Ajoutez dans « nav » une "
                    f"ligne « - Titre de la page: {page} » à sa place, et son titre anglais "
                    "dans « nav_translations ».",
                    f"the page docs/{page} is not in the menu. Add under 'nav' a line "
                    f"'- Page title: {page}' where it belongs, and its English title under "
                    "'nav_translations'.",
                )
            )
    for title, file, path in entries:
        if title is not None and file is None and not isinstance(_at(config, path), list):
            problems.append(
                Problem(
                    CONFIG,
                    source.line_of(path),
                    f"le titre « {title} » du menu ne mène à aucune page. Écrivez après les "
                    f"deux-points le nom du fichier : « - {title}: page.md ».",
                    f"the menu title '{title}' leads to no page. Write the file name after the "
                    f"colon: '- {title}: page.md'.",
                )
            )
        if file and not file.startswith(("http://", "https://")) and file not in french_pages:
            problems.append(
                Problem(
                    CONFIG,
                    source.line_of(path),
                    f"le menu mène à « {file} », qui n'existe pas dans docs/. Corrigez le nom "
                    "du fichier ou retirez la ligne.",
                    f"the menu leads to '{file}', which does not exist in docs/. Fix the file "
                    "name or remove the line.",
                )
            )
    for language, translations in _translations(config).items():
        for title, _, path in entries:
            if title is not None and title not in translations:
                problems.append(
                    Problem(
                        CONFIG,
                        source.line_of(path),
                        f"le titre « {title} » du menu n'a pas de traduction ({language}). "
                        f"Ajoutez dans « nav_translations » une ligne « {title}: … » avec "
                        "le titre traduit.",
                        f"the menu title '{title}' has no translation ({language}). Add under "
                        f"'nav_translations' a line '{title}: …' with the translated title.",
                    )
                )
    return problems
