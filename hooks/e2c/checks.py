"""Everything `make check` and the build refuse, in one place, so they agree.

`check_project` reads content/, docs/ and mkdocs.yml and returns the content
with every problem found. `make check` prints the problems; the build stops on
them before it writes anything (and `mkdocs serve` shows them in the page).
"""

from __future__ import annotations

from pathlib import Path

from e2c.content import navigation, page_rules, pages, reading
from e2c.content.loading import Content, ContentError, load_content
from e2c.content.page_source import read_page
from e2c.content.problems import Problem
from e2c.content.rule_values import fill_page
from e2c.publish import addresses, printability
from e2c.render import documents
from e2c.render.markers import replace_markers


def published_files(root: Path) -> frozenset[str]:
    """The files the site publishes besides its pages, by their path from the
    site's root: images and the like of docs/, the theme's assets."""
    found = set()
    for folder, skip in ((root / "docs", ".md"), (root / "overrides", ".html")):
        found |= {
            p.relative_to(folder).as_posix()
            for p in folder.rglob("*")
            if p.is_file() and p.suffix != skip
        }
    return frozenset(found)


def page_problems(root: Path, content: Content) -> list[Problem]:
    """What a build would refuse in docs/: missing twins, descriptions, unknown markers
    and values, links that lead nowhere, active HTML, headings without their id."""
    docs = root / "docs"
    sources = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    french = [s for s in sources if pages.split_language(s)[1] == pages.DEFAULT_LANGUAGE]
    files = {name: document.files for name, document in documents.DOCUMENTS.items()}
    served = addresses.expected_addresses(french, files, content.redirects.redirects)
    published = published_files(root)
    problems = pages.missing_translations(sources)
    section_ids: dict[str, list[str]] = {}
    for source in sources:
        file = f"docs/{source}"
        page, read_problems = read_page(docs / source, file)
        problems += read_problems
        if page is None:
            continue
        problem = pages.missing_description(file, page.meta)
        if problem:
            problems.append(problem)
        _, language = pages.split_language(source)
        description = str(page.meta.get("description", ""))
        problems += fill_page(
            description, content.values[language], file, page.line_of("description"), False
        )[1]
        problems += replace_markers(page.body, content, language, file, page.body_line)[1]
        problems += page_rules.active_html(page.body, file, page.body_line)
        section_ids[source], missing_ids = page_rules.heading_ids(page.body, file, page.body_line)
        problems += missing_ids
        folder = pages.FOLDERS[language]
        problems += page_rules.broken_links(
            page.body,
            file,
            page.body_line,
            set(french),
            served,
            f"/{folder}" if folder else "",
            published,
        )
    for source in french:
        for language in pages.OTHER_LANGUAGES:
            twin = pages.twin_path(source, language)
            if twin in section_ids and source in section_ids:
                problems += page_rules.twin_id_problems(
                    f"docs/{source}", section_ids[source], f"docs/{twin}", section_ids[twin]
                )
    problems += navigation.nav_problems(root, french)
    problems += reading.missing_pages(content.reading, content.sources["reading.yml"], set(french))
    redirects = content.redirects.redirects
    page_addresses = addresses.expected_addresses(french, {}, [])
    problems += addresses.redirect_problems(
        redirects, page_addresses, served, content.sources.get("redirects.yml")
    )
    problems += addresses.lost_addresses(
        addresses.recorded_urls(root), served, content.sources.get("redirects.yml")
    )
    return problems


def config_problems(root: Path) -> list[Problem]:
    """mkdocs.yml as MkDocs will need it: readable, and a menu that holds together."""
    docs = root / "docs"
    french = [
        p.relative_to(docs).as_posix()
        for p in docs.rglob("*.md")
        if pages.split_language(p.relative_to(docs).as_posix())[1] == pages.DEFAULT_LANGUAGE
    ]
    return navigation.nav_problems(root, sorted(french))


def project_problems(root: Path, content: Content) -> list[Problem]:
    """Every problem of docs/ and mkdocs.yml, given the content already loaded,
    and of the PDFs made from it (e2c.publish.printability)."""
    return page_problems(root, content) + printability.check(root, content)


def check_project(root: Path) -> tuple[Content | None, list[Problem]]:
    """The content of `root`, and every problem of content/, docs/ and mkdocs.yml."""
    try:
        content = load_content(root / "content")
    except ContentError as error:
        return None, error.problems
    return content, project_problems(root, content)
