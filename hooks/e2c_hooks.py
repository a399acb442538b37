"""MkDocs hooks: each event passed on to the package `e2c` (e2c.site_build).

Nothing is decided here: this file only keeps the package fresh under
`mkdocs serve` and hands every event to the build in progress.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, Template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

if TYPE_CHECKING:  # at run time, e2c is imported afresh by _fresh_build
    from e2c.site_build import SiteBuild

HOOKS_DIR = Path(__file__).resolve().parent
PACKAGE = HOOKS_DIR / "e2c"
command = "build"  # or `serve`: set once, when MkDocs starts
# The build, made anew whenever a file of the package changes.
current: SiteBuild | None = None
package_signature: str | None = None


def _signature(folder: Path) -> str:
    """A hash of every file under `folder`, names and bytes: a change of any
    shows, even one saved twice within the file system's clock tick."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(folder).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _fresh_build() -> SiteBuild:
    """The package imported from disk again, whole: MkDocs loads this file once
    per `mkdocs serve` and Python keeps imported modules, so without this an
    edit to hooks/e2c/ would not show until the server restarts."""
    for name in [name for name in sys.modules if name == "e2c" or name.startswith("e2c.")]:
        del sys.modules[name]
    sys.path.insert(0, str(HOOKS_DIR))
    try:
        site_build = importlib.import_module("e2c.site_build")
    finally:
        sys.path.remove(str(HOOKS_DIR))
    build: SiteBuild = site_build.SiteBuild(command)
    return build


def _build() -> SiteBuild:
    if current is None:  # on_config makes it before any other event
        raise RuntimeError("e2c: an event came before on_config")
    return current


def on_startup(command: str, dirty: bool) -> None:
    globals()["command"] = command


@event_priority(-150)  # after mkdocs-static-i18n has set this pass's language
def on_config(config: MkDocsConfig) -> None:
    global current, package_signature
    signature = _signature(PACKAGE)
    if current is None or signature != package_signature:
        current, package_signature = _fresh_build(), signature
    current.config(config, _signature(Path(config.config_file_path).parent / "content"))


def on_pre_build(config: MkDocsConfig) -> None:
    _build().pre_build(config)


def on_page_read_source(page: Page, config: MkDocsConfig) -> str:
    return _build().page_source(page)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build().page_markdown(markdown, page, config)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build().page_content(html, page, files)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    _build().template_env(env, config)
    return env


@event_priority(-150)  # after mkdocs-static-i18n has translated the navigation
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _build().nav(nav, config)
    return nav


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _build().post_page(output, page, config)


def on_pre_template(template: Template, template_name: str, config: MkDocsConfig) -> Template:
    _build().pre_template(template_name, config)
    return template


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    return _build().post_template(output, template_name, config)


@event_priority(-200)  # after mkdocs-static-i18n has written the merged search index
def on_post_build(config: MkDocsConfig) -> None:
    _build().post_build(config)
