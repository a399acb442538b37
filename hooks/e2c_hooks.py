"""MkDocs hooks: thin adapters from MkDocs events to the plain functions in `e2c`."""

from __future__ import annotations

from pathlib import Path

from e2c import pages
from e2c.problems import report
from e2c.typography import french_spacing
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page


def on_pre_build(config: MkDocsConfig) -> None:
    # Read docs/ from disk: the i18n plugin hides the other language's files
    # from each build, so MkDocs' own file list cannot show a missing twin.
    docs = Path(config.docs_dir)
    sources = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")]
    problems = pages.missing_translations(sources)
    if problems:
        raise PluginError(report(problems))


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    problem = pages.missing_description(f"docs/{page.file.src_uri}", page.meta)
    if problem:
        raise PluginError(report([problem]))
    _, language = pages.split_language(page.file.src_uri)
    return french_spacing(markdown) if language == "fr" else markdown
