"""The site's dates, from Git: when each page last changed, and the build's own date.

A page's date is that of the last commit that changed one of the files it
shows: its source in docs/ and the content/ files its markers, rule values
and explained words come from (e2c.render.page_sources lists them). The
sitemap's <lastmod> and the "Mis à jour le" line both give it, so a build
made today of an old commit says what a build made that day said.

Why not mkdocs-git-revision-date-localized-plugin: it dates a page by its own
file, one `git log` per file, while most of what a page here shows lives in
content/. One `git log` over the whole history, read once per build, dates
every file; a page then takes the newest date of the files it shows.

Commits count from the day they reached the branch that is built: a merge
dates what it brings (`--first-parent -m`), not the day it was written on
another branch. Dates are UTC days, on every machine alike.

The build's date, SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/),
dates the PDFs: as set by whoever runs the build, else the last commit's.
Without Git (a copy of the project, a download as a zip), and for a file Git
does not know, every date is that build's date; with neither Git nor
SOURCE_DATE_EPOCH, the newest modification time of the project's sources,
stable from one build to the next, unlike the clock.
"""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.e2c")
ENV = "SOURCE_DATE_EPOCH"
# The project's sources, whose newest modification time dates a build without Git.
SOURCES = ("mkdocs.yml", "docs", "content", "overrides", "hooks")
# %x01 starts a commit: its time, then the files it changed, each ended by NUL (-z).
GIT_LOG = (
    "git",
    # Whatever the person's settings: names as written, no signature lines,
    # and the files of the first commit too.
    "-c",
    "core.quotepath=off",
    "-c",
    "log.showSignature=false",
    "-c",
    "log.showRoot=true",
    "log",
    "--first-parent",
    "-m",
    "--no-renames",
    "--relative",  # paths from the project's folder, even inside a larger repository
    "--format=%x01%ct",
    "--name-only",
    "-z",
)
COMMIT = "\x01"


class DateError(ValueError):
    """SOURCE_DATE_EPOCH is set, but not to a date."""


@dataclass(frozen=True)
class History:
    """What Git knows: for each file, the time of the last commit that changed it."""

    # Path from the project's folder ("content/figures.yml") -> seconds since 1970.
    changed: dict[str, int] = field(default_factory=dict)
    head: int | None = None  # the last commit's time; None without Git

    def last_change(self, paths: Iterable[str], fallback: int) -> int:
        """The newest commit time of `paths`; `fallback` when Git knows none of them."""
        return max((self.changed[path] for path in paths if path in self.changed), default=fallback)


def parse_log(output: str) -> History:
    """The history from the output of GIT_LOG."""
    changed: dict[str, int] = {}
    head: int | None = None
    when: int | None = None
    for part in output.split("\0"):
        part = part.lstrip("\n")  # git puts a new line between a commit and its files
        if part.startswith(COMMIT):
            when = int(part[len(COMMIT) :])
            head = when if head is None else head  # newest first
        elif part and when is not None:
            # max, not the first seen: commits are not always in time order.
            changed[part] = max(when, changed.get(part, when))
    return History(changed, head)


def read_history(root: Path) -> History:
    """The history of the project at `root`, in one `git log`; empty where Git
    is missing, `root` is not in a repository, or Git refuses to read it."""
    try:
        result = subprocess.run(
            GIT_LOG,
            cwd=root,
            env={**os.environ, "LC_ALL": "C"},  # its messages in English, to tell them apart
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:  # no git, or it hung
        log.info("Dates : Git n'a pas pu être lancé (%s) ; dates de secours.", error)
        return History()
    if result.returncode != 0:
        said = (result.stderr.strip().splitlines() or ["?"])[0]
        if "not a git repository" not in said:  # a copy of the project: expected, quiet
            log.info("Dates : l'historique Git est illisible (%s) ; dates de secours.", said)
        return History()
    try:
        return parse_log(result.stdout)
    except ValueError:  # not the expected output: better no history than wrong dates
        log.info("Dates : sortie de git log inattendue ; dates de secours.")
        return History()


def _source_files(root: Path) -> Iterable[Path]:
    for name in SOURCES:
        path = root / name
        if path.is_file():
            yield path
        for folder, folders, files in os.walk(path):  # nothing when not a folder
            folders[:] = [f for f in folders if f != "__pycache__" and not f.startswith(".")]
            yield from (Path(folder) / file for file in files)


def newest_source_change(root: Path) -> int | None:
    """The newest modification time of the project's sources (SOURCES), Python's
    caches left out: the build writes them."""
    times = []
    for path in _source_files(root):
        try:
            times.append(int(path.stat().st_mtime))
        except OSError:  # a broken link
            continue
    return max(times, default=None)


def _from_environment() -> int | None:
    written = os.environ.get(ENV, "").strip()
    if not written:
        return None
    try:
        return int(written)
    except ValueError:
        raise DateError(
            f"{ENV} doit être un nombre entier de secondes depuis 1970 (reçu : « {written} »). "
            f"({ENV} must be a whole number of seconds since 1970; got '{written}'.)"
        ) from None


@cache
def _history_head(root: Path) -> int | None:
    """The last commit's time, read once per process (make check asks it more than once)."""
    return read_history(root).head


def source_date_epoch(root: Path, history: History | None = None) -> int:
    """The build's date, in seconds since 1970: SOURCE_DATE_EPOCH when set, else
    the last commit's, else the newest modification of the sources."""
    written = _from_environment()
    if written is not None:
        return written
    head = history.head if history is not None else _history_head(root.resolve())
    if head is not None:
        return head
    newest = newest_source_change(root)
    return newest if newest is not None else int(datetime.now(UTC).timestamp())


def use_source_date_epoch(root: Path, history: History) -> int:
    """Set SOURCE_DATE_EPOCH for this build where nobody has (MkDocs and this
    package read it), and return it."""
    epoch = source_date_epoch(root, history)
    os.environ.setdefault(ENV, str(epoch))
    return epoch


def day_of(epoch: int) -> date:
    """The UTC day of a time in seconds since 1970."""
    return datetime.fromtimestamp(epoch, UTC).date()


def w3c_time(epoch: int) -> str:
    """`2026-11-12T09:30:00Z`: the form WeasyPrint reads for a PDF's dates."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
