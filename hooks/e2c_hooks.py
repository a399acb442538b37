"""MkDocs hooks: thin adapters from MkDocs events to the plain functions in `e2c`.

mkdocs-static-i18n runs the whole build once per language (French first, then
English into en/), so every event here runs once per language.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# `mkdocs serve` runs this file again on every rebuild, but Python would reuse
# the e2c modules imported the first time: forget them, so that an edit to
# hooks/ shows in the preview.
for _name in [name for name in sys.modules if name == "e2c" or name.startswith("e2c.")]:
    del sys.modules[_name]

from e2c import material_markup, pages, search_index  # noqa: E402
from e2c.content import Content, ContentError, load_content  # noqa: E402
from e2c.markers import front_matter_lines, replace_markers  # noqa: E402
from e2c.problems import report  # noqa: E402
from e2c.typography import french_spacing  # noqa: E402

# The content of this build, read afresh by on_pre_build every time.
_build: dict[str, Content] = {}


def on_pre_build(config: MkDocsConfig) -> None:
    # Read docs/ from disk: the i18n plugin hides the other language's files
    # from each build, so MkDocs' own file list cannot show a missing twin.
    docs = Path(config.docs_dir)
    sources = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")]
    problems = pages.missing_translations(sources)
    if problems:
        raise PluginError(report(problems))
    content_dir = Path(config.config_file_path).parent / "content"
    try:
        _build["content"] = load_content(content_dir)
    except ContentError as error:
        raise PluginError(report(error.problems)) from None


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    problem = pages.missing_description(f"docs/{page.file.src_uri}", page.meta)
    if problem:
        raise PluginError(report([problem]))
    _, language = pages.split_language(page.file.src_uri)
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    markdown, problems = replace_markers(
        markdown,
        _build["content"],
        language,
        f"docs/{page.file.src_uri}",
        first_line=front_matter_lines(source) + 1,
    )
    if problems:
        raise PluginError(report(problems))
    return french_spacing(markdown) if language == "fr" else markdown


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    _, language = pages.split_language(page.file.src_uri)
    return material_markup.fix_page(output, language, pages.FOLDERS[language])


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name != "404.html":
        return output
    # Every language build writes 404.html at the site's root, the last one
    # winning: put each language's page in its own folder instead.
    language = config.theme["language"]
    folder = pages.FOLDERS[language]
    output = material_markup.fix_page(output, language, folder)
    if not folder:
        return output
    target = Path(config.site_dir) / folder / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""  # MkDocs writes nothing at the root for this language


@event_priority(-200)  # after mkdocs-static-i18n has written the merged search index
def on_post_build(config: MkDocsConfig) -> None:
    merged = Path(config.site_dir) / "search" / "search_index.json"
    if not merged.exists():
        return
    index = json.loads(merged.read_text(encoding="utf-8"))
    for language, part in search_index.split_by_language(index, pages.FOLDERS).items():
        target = Path(config.site_dir) / pages.FOLDERS[language] / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), "utf-8")
