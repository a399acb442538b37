"""MkDocs hooks: thin adapters from MkDocs events to the plain functions in `e2c`.

mkdocs-static-i18n runs the whole build once per language (French first, then
English into en/), so every event here runs once per language.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import pkgutil
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from jinja2 import Template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler, get_relative_url

if TYPE_CHECKING:  # at run time, e2c is imported afresh by _import_e2c
    from e2c.problems import Problem

HOOKS_DIR = Path(__file__).resolve().parent
# pydantic looks for plugins among every installed package's entry points the
# first time a model is made: a tenth of the hooks' time, for none here.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# The e2c modules and the content, set afresh by on_config for every build:
# nothing from an earlier build of `mkdocs serve` survives.
lib = SimpleNamespace()
# documents: language -> document id -> the PDF file to publish.
build = SimpleNamespace(
    content=None,
    documents={},
    titles={},
    body_lines={},
    description_lines={},
    offered={},  # page source -> [(document id, link)] it offers (e2c.markers)
    passes_ended=0,
)
# What the modules and the content were loaded from: each language's pass of
# one build, and a preview's rebuild after an unrelated edit, reuse them.
loaded = SimpleNamespace(modules=None, content=None)
# The command MkDocs runs, and the staff mistakes this build met: under
# `mkdocs serve` they are shown in its pages instead (see e2c.problem_page).
preview = SimpleNamespace(command="build", problems=[])
log = logging.getLogger("mkdocs.plugins.e2c")


def _import_e2c() -> SimpleNamespace:
    """Import the e2c package from disk again.

    MkDocs loads this file once per `mkdocs serve` process and Python keeps
    imported modules: without this, an edit to hooks/e2c/ would not show in
    the preview until the server restarts.
    """
    for name in [name for name in sys.modules if name == "e2c" or name.startswith("e2c.")]:
        del sys.modules[name]
    sys.path.insert(0, str(HOOKS_DIR))
    try:
        # Every module of the package, found on disk: a new one needs no list.
        names = sorted(m.name for m in pkgutil.iter_modules([str(HOOKS_DIR / "e2c")]))
        return SimpleNamespace(**{m: importlib.import_module(f"e2c.{m}") for m in names})
    finally:
        sys.path.remove(str(HOOKS_DIR))


def _signature(folder: Path) -> str:
    """A hash of every file under `folder`, names and bytes: a change of any
    shows, even one saved twice within the file system's clock tick."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(folder).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def on_startup(command: str, dirty: bool) -> None:
    preview.command = command


@event_priority(-150)  # after mkdocs-static-i18n has set this pass's language
def on_config(config: MkDocsConfig) -> None:
    global lib
    modules = _signature(HOOKS_DIR / "e2c")
    if modules != loaded.modules:
        lib = _import_e2c()
        loaded.modules, loaded.content = modules, None
    if config.theme["language"] == lib.pages.DEFAULT_LANGUAGE:
        build.passes_ended = 0  # a build starts with the default language's pass
        preview.problems = []
    if preview.problems:
        _keep_strict_from_aborting()  # this pass's own counter, too
    content_dir = Path(config.config_file_path).parent / "content"
    content = _signature(content_dir)
    if content != loaded.content:
        try:
            build.content = lib.content.load_content(content_dir)
        except lib.content.ContentError as error:
            # Under `mkdocs serve`, _stop returns: the build goes on without
            # content (later events skip what needs it), read again next time.
            build.content = loaded.content = None
            _stop(error.problems)
            return
        loaded.content = content
    # The school's name and description live in content/site.yml only.
    site = build.content.site
    language = config.theme["language"]
    config.site_name = site.name[language]
    config.site_description = site.description[language]
    config.copyright = site.name[language]
    config.extra["e2c_footer"] = lib.render.footer(
        build.content, language, lib.pages.FOLDERS[language]
    )
    # Where the "Facile à lire" link leads from a page that is not in docs/ (404).
    config.extra["e2c_easy_home"] = lib.reading.page_url(build.content.reading.easy_home, language)


def _stop(problems: list[Problem]) -> None:
    """Stop the build on staff mistakes, with the message `make check` gives.

    Under `mkdocs serve`, log them and let the build go on instead: its pages
    show them (see e2c.problem_page), where a failed build would leave the open
    page hanging.
    """
    if not lib.problem_page.shown_in_pages(preview.command):
        raise PluginError(lib.problems.report(problems))
    new = lib.problem_page.new_problems(preview.problems, problems)
    if new:
        preview.problems += new
        _keep_strict_from_aborting()  # before logging: the error must not count
        log.error(lib.problems.report(new))


def _uncounted(record: logging.LogRecord) -> bool:
    return False


def _keep_strict_from_aborting() -> None:
    """A build showing the problems must succeed: strict mode would abort it on
    any warning, counted by a handler MkDocs adds to its logger for each build
    (and each language's pass), and removes after. The next build counts afresh."""
    for handler in logging.getLogger("mkdocs").handlers:
        if isinstance(handler, CountHandler):
            handler.counts.clear()
            handler.addFilter(_uncounted)


def _show_problems(site_dir: Path) -> None:
    """Every page of the site becomes the page of the problems, in its language."""
    for page in site_dir.rglob("*.html"):
        path = page.relative_to(site_dir).as_posix()
        language = lib.problem_page.language_of(path, lib.pages.FOLDERS, lib.pages.DEFAULT_LANGUAGE)
        page.write_text(lib.problem_page.html(preview.problems, language), encoding="utf-8")


def on_pre_build(config: MkDocsConfig) -> None:
    if build.content is None:
        return  # content/ could not be loaded (mkdocs serve): nothing to check or make
    # The checks of `make check`, once per build (the default language's pass):
    # docs/ is read from disk, where the i18n plugin hides nothing.
    if config.theme["language"] == lib.pages.DEFAULT_LANGUAGE:
        root = Path(config.config_file_path).parent
        # CI and the publishing workflow: the published site always has its PDFs.
        reason = lib.pdf_engine.unavailable(root, build.content)
        if reason is not None and lib.pdf_engine.required():
            raise PluginError(reason.stop_message())
        problems = lib.checks.project_problems(root, build.content)
        if problems:
            _stop(problems)
    _make_documents(config)


def _make_documents(config: MkDocsConfig) -> None:
    """This language's PDFs, made now or taken from the cache; none where they
    cannot be made (see e2c.pdf_engine): the download links say so instead."""
    root = Path(config.config_file_path).parent
    language = config.theme["language"]
    made = {}
    official = root / lib.documents.OFFICIAL_CHARTER
    if official.is_file():
        made["charter"] = official
    if lib.pdf_engine.unavailable(root, build.content) is None:
        cache = root / lib.documents.CACHE
        for (document, in_language), html in lib.documents.to_print(root, build.content).items():
            if in_language == language:
                pdf = lib.documents.make_pdf(html, cache, f"{document} ({language})")
                made[document] = pdf.path
    build.documents[language] = made


def on_page_read_source(page: Page, config: MkDocsConfig) -> str:
    # The front matter as staff meant it (see e2c.page_source), and the line
    # where the body starts, for the markers' messages.
    page_path = f"docs/{page.file.src_uri}"
    if page.file.abs_src_path is None:  # every page is a file of docs/: none is generated
        raise PluginError(f"{page_path}: a page without a source file, which cannot be checked")
    source, problems = lib.page_source.read_page(Path(page.file.abs_src_path), page_path)
    if source is None or problems:
        _stop(problems)
    if source is None:
        return ""  # mkdocs serve: the page shows the problems instead
    build.body_lines[page.file.src_uri] = source.body_line
    build.description_lines[page.file.src_uri] = source.line_of("description")
    return str(source.for_mkdocs())


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if preview.problems:
        return markdown  # the page becomes the problems' page (on_post_build)
    page_path = f"docs/{page.file.src_uri}"
    _, language = lib.pages.split_language(page.file.src_uri)
    values = build.content.values[language]
    page.meta["description"] = lib.rule_values.fill_page(
        str(page.meta.get("description", "")),
        values,
        page_path,
        build.description_lines[page.file.src_uri],
        markdown=False,
    )[0]
    folder = lib.pages.FOLDERS[language]
    sizes = {name: path.stat().st_size for name, path in build.documents[language].items()}
    context = lib.markers.PageContext(page.url, folder, sizes, config.site_url or "")
    markdown, problems = lib.markers.replace_markers(
        markdown,
        build.content,
        language,
        page_path,
        first_line=build.body_lines[page.file.src_uri],
        context=context,
    )
    if problems:
        _stop(problems)
    build.offered[page.file.src_uri] = context.offered
    base, _ = lib.pages.split_language(page.file.src_uri)
    reader = lib.reading.reader_page(build.content.reading, base, language)
    # For the templates: the "Facile à lire" link, the listen button, the easy style.
    page.meta["e2c_reader"] = {
        "kind": reader.kind,
        "easy": reader.easy,
        "listen": reader.listen,
        "other_version": get_relative_url(reader.other_version, page.url),
    }
    return lib.typography.french_spacing(markdown) if language == "fr" else markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if preview.problems:
        return html
    base, language = lib.pages.split_language(page.file.src_uri)
    if base == lib.glossary.PAGE:
        return html  # the glossary's own words are its explanations
    marked = lib.glossary.mark_first_uses(html, build.content.glossary, language)
    glossary_page = files.get_file_from_path(lib.pages.twin_path(lib.glossary.PAGE, language))
    href = get_relative_url(glossary_page.url, page.url) if glossary_page else None
    reader = lib.reading.reader_page(build.content.reading, base, language)
    html = marked.html + lib.glossary.explanations(marked.terms, language, href, reader.easy)
    if reader.easy:
        html = (
            f'<div class="e2c-easy">{html}{lib.reading.review_note(reader.review, language)}</div>'
        )
    return html


@event_priority(-150)  # after mkdocs-static-i18n has translated the navigation
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    # Page titles by URL, for the breadcrumbs of the structured data; a
    # section's first page without its own title takes the section's.
    build.titles[config.theme["language"]] = {
        page.url: page.title or (page.parent.title if page.parent else None) for page in nav.pages
    }
    return nav


def _externalize_scripts(output: str, root: str, config: MkDocsConfig) -> str:
    """The page's inline scripts moved into files (see e2c.inline_scripts)."""
    output, scripts = lib.inline_scripts.externalize(output, root)
    for script in scripts:
        target = Path(config.site_dir) / script.path
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(script.text, encoding="utf-8")
    return output


def _with_policy(output: str) -> str:
    """The page with the Content-Security-Policy in a <meta> element, for hosts
    that send no headers (see e2c.security_headers). Not under `mkdocs serve`:
    its live-reload script is inline, and the policy would block it."""
    if preview.command == "serve":
        return output
    return str(lib.security_headers.with_meta_policy(output))


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if preview.problems:
        return output  # the page becomes the problems' page (on_post_build)
    _, language = lib.pages.split_language(page.file.src_uri)
    output = lib.material_markup.fix_page(
        output, language, lib.pages.FOLDERS[language], build.content.site.short_name
    )
    output = _externalize_scripts(output, get_relative_url(".", page.url).rstrip("/") + "/", config)
    output = _with_policy(output)
    # Without site_url, a page has no canonical address: no structured data then.
    if not page.canonical_url or not config.site_url:
        return output
    output = lib.seo.absolute_alternates(output, page.canonical_url, lib.pages.DEFAULT_LANGUAGE)
    data = _structured_data(page, page.canonical_url, config.site_url, language)
    return output.replace("</head>", data + "</head>", 1)


def _structured_data(page: Page, canonical_url: str, site_url: str, language: str) -> str:
    site = build.content.site
    folder = lib.pages.FOLDERS[language]
    # The menu's titles, and the page's own (an easy-read page is not in the menu).
    titles = {**build.titles.get(language, {}), page.url: page.title}
    crumbs = lib.seo.breadcrumbs(page.url, folder, titles, site_url, site.name[language])
    names = {
        "leaflet": build.content.leaflet.name[language],
        "charter": build.content.charter.title[language],
    }
    documents = [
        (str(names[document]), urljoin(canonical_url, href))
        for document, href in build.offered.get(page.file.src_uri, [])
    ]
    return str(
        lib.seo.json_ld(
            name=site.name[language],
            short_name=site.short_name,
            description=site.description[language],
            site_url=site_url,
            language=language,
            logo=site_url + "assets/images/logo.svg",
            breadcrumbs=crumbs,
            documents=documents,
        )
    )


def on_pre_template(template: Template, template_name: str, config: MkDocsConfig) -> Template:
    if template_name == "404.html" and config.extra.get("alternate"):
        homes = lib.seo.home_alternates(
            config.extra["alternate"], config.site_url or "", lib.pages.FOLDERS
        )
        # mkdocs-static-i18n also sets it as an attribute, which templates read first.
        config.extra["alternate"] = homes
        config.extra.alternate = homes  # type: ignore[attr-defined]  # i18n's, not in MkDocs' types
    return template


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name != "404.html":
        return output
    # Every language build writes 404.html at the site's root, the last one
    # winning: put each language's page in its own folder instead.
    language = config.theme["language"]
    folder = lib.pages.FOLDERS[language]
    short = build.content.site.short_name if build.content else ""
    output = lib.material_markup.fix_page(output, language, folder, short)
    site_url = config.site_url or ""  # none: addresses relative to the host's root
    home = urljoin(site_url, f"{folder}/".lstrip("/"))
    output = lib.seo.absolute_alternates(output, home, lib.pages.DEFAULT_LANGUAGE)
    # Served at any depth: Material's links in it start at the site's path.
    output = _externalize_scripts(output, urlsplit(site_url).path.rstrip("/") + "/", config)
    output = _with_policy(output)
    if not folder:
        return output
    target = Path(config.site_dir) / folder / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""  # MkDocs writes nothing at the root for this language


@event_priority(-200)  # after mkdocs-static-i18n has written the merged search index
def on_post_build(config: MkDocsConfig) -> None:
    # What follows is for the whole site: done once, when the last language's
    # pass ends (mkdocs-static-i18n runs the others inside the first one's).
    build.passes_ended += 1
    if build.passes_ended < len(lib.pages.LANGUAGES):
        return
    if preview.problems:  # mkdocs serve only: a build stops on them
        _show_problems(Path(config.site_dir))
        return
    # Publish the PDFs under their stable names, in each language's documents/.
    for language, made in build.documents.items():
        for document, path in made.items():
            name = lib.documents.DOCUMENTS[document].files[language]
            target = Path(config.site_dir) / lib.pages.FOLDERS[language] / "documents" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    _write_redirects(Path(config.site_dir))
    site_dir = Path(config.site_dir)
    if preview.command != "serve":  # the redirect pages, and any other page written so far
        lib.security_headers.add_meta_policy_to_pages(site_dir)
    lib.minify.minify_own_assets(site_dir)
    (site_dir / "robots.txt").write_text(
        lib.seo.robots_txt(config.site_url or ""), encoding="utf-8"
    )
    headers = lib.security_headers.headers_file(lib.security_headers.security_headers())
    (site_dir / "_headers").write_text(headers, encoding="utf-8")
    root = Path(config.config_file_path).parent
    image = lib.seo.preview_image(
        build.content.site.short_name, build.content.site.name["fr"], root / ".cache" / "images"
    )
    shutil.copyfile(image, site_dir / "assets" / "images" / "og-image.png")
    merged = Path(config.site_dir) / "search" / "search_index.json"
    if not merged.exists():
        return
    index = json.loads(merged.read_text(encoding="utf-8"))
    folders = lib.pages.FOLDERS
    for language, part in lib.search_index.split_by_language(index, folders).items():
        target = Path(config.site_dir) / folders[language] / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), "utf-8")


def _write_redirects(site_dir: Path) -> None:
    """A page at each old address of content/redirects.yml, sending readers on."""
    problems = lib.urls.write_redirects(
        site_dir, build.content.redirects.redirects, build.content.sources["redirects.yml"]
    )
    if problems:
        _stop(problems)
        _show_problems(site_dir)  # mkdocs serve: _stop returned; the pages are already written
