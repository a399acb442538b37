"""One build of the site, event by event: what each MkDocs event asks of the package.

hooks/e2c_hooks.py only passes MkDocs' events here. mkdocs-static-i18n runs
the whole build once per language (French first, then English into en/), so
every method runs once per language; the state of the build in progress
(the content, the PDFs made, the titles, the documents each page offers)
is kept here.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler, get_relative_url

from e2c import checks
from e2c.content import interface, pages, reading
from e2c.content.loading import Content, ContentError, load_content
from e2c.content.page_source import read_page
from e2c.content.problems import Problem, report
from e2c.content.rule_values import fill_page
from e2c.publish import (
    addresses,
    dates,
    inline_images,
    inline_scripts,
    minify,
    page_start,
    pdf,
    pdf_engine,
    precompress,
    preview_problems,
    search_index,
    security_headers,
    seo,
    site_script,
    stylesheet,
    theme_fixes,
)
from e2c.render import (
    content_blocks,
    documents,
    glossary,
    markers,
    page_body,
    page_sources,
    typography,
)

# pydantic looks for plugins among every installed package's entry points the
# first time a model is made: a tenth of the hooks' time, for none here.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
log = logging.getLogger("mkdocs.plugins.e2c")
# The theme's templates, compiled (Jinja checks each against its source).
TEMPLATE_CACHE = Path(".cache") / "templates"


@dataclass
class PageFacts:
    """What the reading of a page's source tells the later events."""

    body_line: int  # the line of the file where the body starts
    description_line: int


@dataclass
class SiteBuild:
    """The builds of one MkDocs process (`mkdocs build`, or `mkdocs serve`'s
    rebuilds), as long as the package's code is unchanged."""

    command: str  # `build` or `serve` (see e2c.publish.preview_problems)
    content: Content | None = None
    content_signature: str | None = None
    # language -> document id -> the PDF file to publish.
    documents: dict[str, dict[str, Path]] = field(default_factory=dict)
    titles: dict[str, dict[str, str | None]] = field(default_factory=dict)
    facts: dict[str, PageFacts] = field(default_factory=dict)
    offered: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # The dates (e2c.publish.dates): Git's history, read once per build; the
    # build's date (SOURCE_DATE_EPOCH); for each content file, the files its
    # values come from; for each page, the files it shows.
    history: dates.History = field(default_factory=dates.History)
    build_epoch: int = 0
    content_values: dict[str, set[str]] = field(default_factory=dict)
    shows: dict[str, set[str]] = field(default_factory=dict)
    passes_ended: int = 0
    # The staff mistakes this build met: under `mkdocs serve` they are shown
    # in its pages instead (see e2c.publish.preview_problems).
    problems: list[Problem] = field(default_factory=list)
    # The site's one script (e2c.publish.site_script) and the images written
    # into pages (e2c.publish.inline_images): made once per build.
    script: site_script.SiteScript | None = None
    images: dict[str, str] = field(default_factory=dict)

    # -- config: a pass starts ------------------------------------------------

    def config(self, config: MkDocsConfig, content_signature: str) -> None:
        language = config.theme["language"]
        if language == pages.DEFAULT_LANGUAGE:
            self.passes_ended = 0  # a build starts with the default language's pass
            self.problems = []
            self.script, self.images = None, {}
            self._read_dates(_root(config))
        if self.problems:
            _keep_strict_from_aborting()  # this pass's own counter, too
        if content_signature != self.content_signature:
            try:
                self.content = load_content(_root(config) / "content")
            except ContentError as error:
                # Under `mkdocs serve`, stop() returns: the build goes on without
                # content (later events skip what needs it), read again next time.
                self.content, self.content_signature = None, None
                self.stop(error.problems)
                config.extra["e2c_words"] = interface.Blank()  # the templates still render
                return
            self.content_signature = content_signature
        content = self._content()
        # The school's name and description live in content/site.yml only.
        site = content.site
        config.site_name = site.name[language]
        config.site_description = site.description[language]
        config.copyright = site.name[language]
        config.extra["e2c_footer"] = content_blocks.footer(
            content, language, pages.FOLDERS[language]
        )
        # Where the "Facile à lire" link leads from a page not in docs/ (404).
        config.extra["e2c_easy_home"] = reading.page_url(content.reading.easy_home, language)
        # The templates' words, this language's (content/interface.yml), and what
        # else differs by language, so that no template asks which language it is.
        config.extra["e2c_words"] = interface.for_templates(content.interface[language])
        config.extra["e2c_home"] = reading.page_url("index.md", language)
        config.extra["e2c_locale"] = seo.OPEN_GRAPH_LOCALES[language]
        config.extra["e2c_other_locales"] = [
            locale for other, locale in seo.OPEN_GRAPH_LOCALES.items() if other != language
        ]

    def _read_dates(self, root: Path) -> None:
        """Git's history, once per build, and the build's date: SOURCE_DATE_EPOCH,
        set from the last commit when nobody has (e2c.publish.dates)."""
        self.history = dates.read_history(root)
        try:
            self.build_epoch = dates.use_source_date_epoch(root, self.history)
        except dates.DateError as error:
            raise PluginError(str(error)) from None
        self.content_values = page_sources.content_values(root / "content")
        self.shows = {}

    def stop(self, problems: list[Problem]) -> None:
        """Stop the build on staff mistakes, with the message `make check` gives.

        Under `mkdocs serve`, log them and let the build go on instead: its pages
        show them, where a failed build would leave the open page hanging.
        """
        if not preview_problems.shown_in_pages(self.command):
            raise PluginError(report(problems))
        new = preview_problems.new_problems(self.problems, problems)
        if new:
            self.problems += new
            _keep_strict_from_aborting()  # before logging: the error must not count
            log.error(report(new))

    def _content(self) -> Content:
        if self.content is None:  # only reached when content/ was loaded
            raise PluginError("content/ was not loaded")
        return self.content

    # -- pre_build: the checks, and the PDFs ----------------------------------

    def pre_build(self, config: MkDocsConfig) -> None:
        if self.content is None:
            return  # content/ could not be loaded (mkdocs serve): nothing to check or make
        root = _root(config)
        # The checks of `make check`, once per build (the default language's pass):
        # docs/ is read from disk, where the i18n plugin hides nothing.
        if config.theme["language"] == pages.DEFAULT_LANGUAGE:
            # CI and the publishing workflow: the published site always has its PDFs.
            reason = pdf_engine.unavailable(root, self.content)
            if reason is not None and pdf_engine.required():
                raise PluginError(reason.stop_message())
            problems = checks.project_problems(root, self.content)
            if problems:
                self.stop(problems)
        self.documents[config.theme["language"]] = self._make_documents(root, config)

    def _make_documents(self, root: Path, config: MkDocsConfig) -> dict[str, Path]:
        """This language's PDFs, made now or taken from the cache; none where they
        cannot be made (see e2c.publish.pdf_engine): the download links say so."""
        language = config.theme["language"]
        made = {}
        official = root / documents.OFFICIAL_CHARTER
        if official.is_file():
            made["charter"] = official
        if pdf_engine.unavailable(root, self._content()) is None:
            for (document, in_language), html in documents.to_print(root, self._content()).items():
                if in_language == language:
                    name = f"{document} ({language})"
                    printed = pdf.make_pdf(html, root / pdf.CACHE, name, self.build_epoch)
                    made[document] = printed.path
        return made

    # -- each page ------------------------------------------------------------

    def page_source(self, page: Page) -> str:
        # The front matter as staff meant it (see e2c.content.page_source), and
        # the line where the body starts, for the markers' messages.
        page_path = f"docs/{page.file.src_uri}"
        if page.file.abs_src_path is None:  # every page is a file of docs/
            raise PluginError(f"{page_path}: a page without a source file, which cannot be checked")
        source, problems = read_page(Path(page.file.abs_src_path), page_path)
        if source is None or problems:
            self.stop(problems)
        if source is None:
            return ""  # mkdocs serve: the page shows the problems instead
        self.facts[page.file.src_uri] = PageFacts(source.body_line, source.line_of("description"))
        return str(source.for_mkdocs())

    def page_markdown(self, markdown: str, page: Page, config: MkDocsConfig) -> str:
        if self.problems:
            return markdown  # the page becomes the problems' page (post_build)
        content = self._content()
        page_path = f"docs/{page.file.src_uri}"
        base, language = pages.split_language(page.file.src_uri)
        facts = self.facts[page.file.src_uri]
        description = str(page.meta.get("description", ""))
        values = content.values[language]
        page.meta["description"] = fill_page(
            description, values, page_path, facts.description_line, markdown=False
        )[0]
        sizes = {name: path.stat().st_size for name, path in self.documents[language].items()}
        folder = pages.FOLDERS[language]
        context = markers.PageContext(page.url, folder, sizes, config.site_url or "")
        markdown, problems = markers.replace_markers(
            markdown, content, language, page_path, first_line=facts.body_line, context=context
        )
        if problems:
            self.stop(problems)
        self.offered[page.file.src_uri] = context.offered
        # What dates the page: its source, what its markers and values show.
        source = os.path.relpath(str(page.file.abs_src_path), _root(config))
        shows = {Path(source).as_posix(), *context.shows, *page_sources.values_read(description)}
        self.shows[page.file.src_uri] = shows
        reader = reading.reader_page(content.reading, base, language)
        # For the templates: the "Facile à lire" link, the listen button, the easy style.
        page.meta["e2c_reader"] = {
            "kind": reader.kind,
            "easy": reader.easy,
            "listen": reader.listen,
            "other_version": get_relative_url(reader.other_version, page.url),
        }
        return typography.french_spacing(markdown) if language == "fr" else markdown

    def page_content(self, html: str, page: Page, files: Files) -> str:
        if self.problems:
            return html
        content = self._content()
        base, language = pages.split_language(page.file.src_uri)
        shows = self.shows.setdefault(page.file.src_uri, set())
        if base == glossary.PAGE:
            self._date(page, language)
            return html  # the glossary's own words are its explanations
        glossary_page = files.get_file_from_path(pages.twin_path(glossary.PAGE, language))
        href = get_relative_url(glossary_page.url, page.url) if glossary_page else None
        reader = reading.reader_page(content.reading, base, language)
        words = content.interface[language]
        html = page_body.finished(html, content.glossary, language, href, reader, words, shows)
        self._date(page, language)
        return html

    def _date(self, page: Page, language: str) -> None:
        """The page's date, the last commit that changed what it shows (its
        source, the content it shows: e2c.render.page_sources), for the
        sitemap's <lastmod> and the "Mis à jour le" line of overrides/main.html."""
        shown = self.shows.get(page.file.src_uri, set())
        epoch = self.history.last_change(
            page_sources.with_values(shown, self.content_values), self.build_epoch
        )
        day = dates.day_of(epoch)
        page.update_date = day.isoformat()
        page.meta["e2c_updated"] = page_body.updated_note(day, self._content().interface[language])

    def template_env(self, env: Environment, config: MkDocsConfig) -> None:
        # Each build, and each language's pass, compiles the theme's templates
        # afresh: kept compiled on disk, a build only reads them back.
        env.bytecode_cache = FileSystemBytecodeCache(str(_mkdir(_root(config) / TEMPLATE_CACHE)))

    def nav(self, nav: Navigation, config: MkDocsConfig) -> None:
        # Page titles by URL, for the breadcrumbs of the structured data; a
        # section's first page without its own title takes the section's.
        self.titles[config.theme["language"]] = {
            page.url: page.title or (page.parent.title if page.parent else None)
            for page in nav.pages
        }

    def _lightened(self, output: str, root: str, config: MkDocsConfig) -> str:
        """The page as few requests and bytes as it can be: Material's inline
        scripts and ours joined into the site's one script (e2c.publish.site_script),
        the logo and favicon written in (e2c.publish.inline_images), the
        indentation between tags dropped (e2c.publish.minify)."""
        try:
            code = site_script.theme_code(output, root)
            if self.script is None:
                dirs = [Path(folder) for folder in config.theme.dirs]
                self.script = site_script.joined(code, site_script.own_sources(dirs))
                site_script.write(self.script, Path(config.site_dir))
                self.images = {
                    path: inline_images.svg_data_uri(
                        site_script.theme_file(dirs, path).read_text("utf-8")
                    )
                    for path in inline_images.paths(config.theme)
                }
            elif code != self.script.theme_code:
                raise ValueError("Material's inline scripts differ from page to page")
            output = site_script.into_page(output, root + self.script.path)
        except ValueError as error:
            raise PluginError(f"the site's one script: {error}") from None
        left = inline_scripts.left_inline(output, allowed=[page_start.code()])
        if left:
            # The policy would block it: a feature of Material's turned on in
            # mkdocs.yml brought a script the site's one script does not join.
            raise PluginError(f"an inline script the policy would block was left in a page: {left}")
        return minify.page_whitespace(inline_images.inline_images(output, self.images))

    def _with_policy(self, output: str) -> str:
        """The page with the Content-Security-Policy in a <meta> element, for hosts
        that send no headers. Not under `mkdocs serve`: its live-reload script
        is inline, and the policy would block it."""
        if self.command == "serve":
            return output
        return security_headers.with_meta_policy(output)

    def post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if self.problems:
            return output  # the page becomes the problems' page (post_build)
        content = self._content()
        _, language = pages.split_language(page.file.src_uri)
        folder = pages.FOLDERS[language]
        words = content.interface[language]
        output = theme_fixes.fix_page(output, words, folder, content.site.short_name)
        root = get_relative_url(".", page.url).rstrip("/") + "/"
        output = self._with_policy(self._lightened(output, root, config))
        # Without site_url, a page has no canonical address: no structured data then.
        if not page.canonical_url or not config.site_url:
            return output
        output = seo.absolute_alternates(output, page.canonical_url, pages.DEFAULT_LANGUAGE)
        data = self._structured_data(page, page.canonical_url, config.site_url, language)
        return output.replace("</head>", data + "</head>", 1)

    def _structured_data(self, page: Page, canonical_url: str, site_url: str, language: str) -> str:
        content = self._content()
        site = content.site
        # The menu's titles, and the page's own (an easy-read page is not in the menu).
        titles = {**self.titles.get(language, {}), page.url: page.title}
        folder = pages.FOLDERS[language]
        crumbs = seo.breadcrumbs(page.url, folder, titles, site_url, site.name[language])
        names = {
            "leaflet": content.leaflet.name[language],
            "charter": content.charter.title[language],
        }
        offered = [
            (names[document], urljoin(canonical_url, href))
            for document, href in self.offered.get(page.file.src_uri, [])
        ]
        return seo.json_ld(
            name=site.name[language],
            short_name=site.short_name,
            description=site.description[language],
            site_url=site_url,
            language=language,
            logo=site_url + "assets/images/logo.svg",
            breadcrumbs=crumbs,
            documents=offered,
        )

    # -- the 404 pages --------------------------------------------------------

    def pre_template(self, template_name: str, config: MkDocsConfig) -> None:
        if template_name == "404.html" and config.extra.get("alternate"):
            homes = seo.home_alternates(
                config.extra["alternate"], config.site_url or "", pages.FOLDERS
            )
            # mkdocs-static-i18n also sets it as an attribute, which templates read first.
            config.extra["alternate"] = homes
            config.extra.alternate = homes  # type: ignore[attr-defined]  # i18n's, not MkDocs'

    def post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        if template_name != "404.html":
            return output
        # Every language build writes 404.html at the site's root, the last one
        # winning: put each language's page in its own folder instead.
        language = config.theme["language"]
        folder = pages.FOLDERS[language]
        if self.content is not None:  # else (mkdocs serve) it shows the problems instead
            words = self.content.interface[language]
            short = self.content.site.short_name
            output = theme_fixes.fix_page(output, words, folder, short)
        site_url = config.site_url or ""  # none: addresses relative to the host's root
        home = urljoin(site_url, f"{folder}/".lstrip("/"))
        output = seo.absolute_alternates(output, home, pages.DEFAULT_LANGUAGE)
        # Served at any depth: Material's links in it start at the site's path.
        root = urlsplit(site_url).path.rstrip("/") + "/"
        output = self._with_policy(self._lightened(output, root, config))
        if not folder:
            return output
        target = Path(config.site_dir) / folder / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(output, encoding="utf-8")
        return ""  # MkDocs writes nothing at the root for this language

    # -- post_build: the files of the whole site -------------------------------

    def post_build(self, config: MkDocsConfig) -> None:
        # Done once, when the last language's pass ends (mkdocs-static-i18n
        # runs the others inside the first one's).
        self.passes_ended += 1
        if self.passes_ended < len(pages.LANGUAGES):
            return
        site_dir = Path(config.site_dir)
        if self.problems:  # mkdocs serve only: a build stops on them
            preview_problems.show_in_every_page(self.problems, site_dir)
            return
        content = self._content()
        pdf.publish(self.documents, site_dir)
        problems = addresses.write_redirects(
            site_dir,
            content.redirects.redirects,
            content.sources["redirects.yml"],
            content.interface,
        )
        if problems:
            self.stop(problems)
            # mkdocs serve: stop() returned; every page now shows the problems.
            preview_problems.show_in_every_page(self.problems, site_dir)
            return
        minify.minify_own_assets(site_dir)
        site_script.remove_sources(site_dir)  # pages load them joined (e2c.publish.site_script)
        if stylesheet.wanted():  # one stylesheet for every page (e2c.publish.stylesheet)
            features = config.theme.get("features") or []
            try:
                stylesheet.publish(site_dir, _root(config) / stylesheet.CACHE, config, features)
            except ValueError as error:
                raise PluginError(f"the site's one stylesheet: {error}") from None
        seo.write_robots_txt(site_dir, config.site_url or "")
        security_headers.write_headers_file(site_dir)
        if self.command == "build":  # `mkdocs serve` compresses nothing
            hashed = security_headers.fingerprinted_files(site_dir)
            precompress.precompress(site_dir, hashed, _root(config) / precompress.CACHE)
        seo.write_preview_image(
            site_dir,
            content.site.short_name,
            content.site.name["fr"],
            _root(config) / ".cache" / "images",
        )
        search_index.write_split(site_dir, pages.FOLDERS)


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def _mkdir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
