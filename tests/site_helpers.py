"""Shared by the build and browser tests: building the site and reading its pages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from e2c.publish.addresses import REDIRECT_MARK, resolve
from e2c.publish.dates import ENV, source_date_epoch

ROOT = Path(__file__).resolve().parent.parent
# The sources the build and content tests read: this project, or the copy a
# staff edit was made on (E2C_PROJECT, set by tests/build/test_staff_edits.py).
# Tooling (.venv, node_modules) always comes from ROOT.
PROJECT = Path(os.environ.get("E2C_PROJECT") or ROOT).resolve()

# What a build needs from the project, copied when a test changes a source file.
PROJECT_PARTS = ("mkdocs.yml", "docs", "content", "overrides", "hooks")


def french_sources(project: Path = PROJECT) -> list[str]:
    """The French page sources of docs/, as paths from docs/ (`documents/charte.md`)."""
    docs = project / "docs"
    return sorted(
        p.relative_to(docs).as_posix()
        for p in docs.rglob("*.md")
        if not re.search(r"\.[a-z]{2}\.md$", p.name)
    )


def slug(source: str) -> str:
    """`documents/charte.md` -> `documents/charte/`; `index.md` -> ``."""
    stem = source.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index").rstrip("/")
    return f"{stem}/" if stem else ""


# Every public page, by French slug, found in docs/; English lives at the same path under /en/.
PAGES = tuple(slug(source) for source in french_sources())
LANGUAGE_PREFIX = {"fr": "", "en": "en/"}


def build(
    project: Path,
    site_dir: Path,
    extra_env: dict[str, str] | None = None,
    config: str = "mkdocs.yml",
    strict: bool = True,
    python_options: tuple[str, ...] = (),
    wrapper: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """A real `mkdocs build --strict` of `project` into `site_dir`
    (`python_options` go before `-m mkdocs`: a profiler, for example;
    `wrapper` runs the whole command: `faketime`, for example)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("E2C_SITE_URL", None)
    if not (project / ".git").exists():
        # A copy has no Git history: it takes the build date of ROOT
        # (e2c.publish.dates), and so finds the PDFs of ROOT's cache it copied.
        env.setdefault(ENV, str(source_date_epoch(ROOT)))
    env.update(extra_env or {})
    python = [sys.executable, *python_options]
    command = [*wrapper, *python, "-m", "mkdocs", "build", "--config-file", config]
    return subprocess.run(
        [*command, *(["--strict"] if strict else []), "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def copy_project(target: Path, with_cache: bool = False) -> Path:
    """A copy of the sources a build reads, for tests that break one on purpose
    (with `.cache/`, for builds that should find the PDFs made already)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in (*PROJECT_PARTS, ".cache") if with_cache else PROJECT_PARTS:
        source = (ROOT if part == ".cache" else PROJECT) / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / part)
    return target


def page_file(site_dir: Path, language: str, slug: str) -> Path:
    """The page a reader gets at that address, following a redirect of
    content/redirects.yml as their browser would (a page renamed by staff)."""
    address = f"/{LANGUAGE_PREFIX[language]}{slug}"
    return resolve(site_dir, address) or site_dir / address.lstrip("/") / "index.html"


def current_slug(site_dir: Path, language: str, slug: str) -> str:
    """Where the address `slug` leads now: itself, or the page it was renamed to."""
    folder = page_file(site_dir, language, slug).parent.relative_to(site_dir).as_posix()
    folder = folder.removeprefix(LANGUAGE_PREFIX[language].rstrip("/")).strip("/")
    return f"{folder}/" if folder and folder != "." else ""


def built_pages(site_dir: Path, redirects: bool = False) -> list[Path]:
    """Every HTML page of a built site, found on disk, never listed by hand
    (with the redirect pages of content/redirects.yml only when asked)."""
    pages = sorted(site_dir.rglob("*.html"))
    if redirects:
        return pages
    return [p for p in pages if REDIRECT_MARK not in p.read_text(encoding="utf-8")[:2000]]


BLOCK_TAGS = frozenset(
    [
        "p",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "td",
        "th",
        "br",
        "table",
        "tr",
    ]
)


class _VisibleText(HTMLParser):
    """Collects text outside <script> and <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("script", "style")
        if tag in BLOCK_TAGS:
            self.parts.append(" ")  # a new block is a new line to a reader

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def article_text(html: str) -> str:
    """The text of the page's <article>, where its content lives, white space folded."""
    match = re.search(r"<article\b.*?</article>", html, flags=re.S)
    assert match, "the page has no <article>"
    parser = _VisibleText()
    parser.feed(match.group(0))
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()
