"""One search index per language.

mkdocs-static-i18n merges the entries of every language into the one index at
the site's root, so a French word found on an English page shows English and
French results. This splits the merged index: each language's entries go to
the index under its own root, their locations made relative to that root.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any


def split_by_language(
    index: Mapping[str, Any], prefixes: Mapping[str, str]
) -> dict[str, dict[str, Any]]:
    """`prefixes` maps a language to its folder ("" for the default language).

    Returns a full index (config and docs) for each language.
    """
    folders = {language: f"{prefix}/" for language, prefix in prefixes.items() if prefix}
    default = next(language for language, prefix in prefixes.items() if not prefix)
    split = {}
    for language in prefixes:
        part = {key: copy.deepcopy(value) for key, value in index.items() if key != "docs"}
        part["docs"] = []
        part.setdefault("config", {})["lang"] = [language]
        split[language] = part
    for doc in index.get("docs", []):
        location = doc["location"]
        language = next(
            (lang for lang, folder in folders.items() if location.startswith(folder)), default
        )
        entry = dict(doc)
        if language != default:
            entry["location"] = location.removeprefix(folders[language])
        split[language]["docs"].append(entry)
    return split
