"""One search index per language.

mkdocs-static-i18n merges the entries of every language into the one index at
the site's root, so a French word found on an English page shows English and
French results. This splits the merged index: each language's entries go to
the index under its own root, their locations made relative to that root.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
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


def write_split(site_dir: Path, prefixes: Mapping[str, str]) -> None:
    """Each language's part of the merged index at the site's root, under its own
    root (the default language's replaces the merged one)."""
    merged = site_dir / "search" / "search_index.json"
    if not merged.exists():
        return  # a build without the search plugin
    index = json.loads(merged.read_text(encoding="utf-8"))
    for language, part in split_by_language(index, prefixes).items():
        target = site_dir / prefixes[language] / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), "utf-8")
