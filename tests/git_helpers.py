"""Git repositories made by the tests: commits at set dates, whatever today is."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

# No setting of the person running the tests reaches these repositories.
_ENV = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
}


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Run git in `repo`; its output."""
    result = subprocess.run(
        ["git", *args],
        cwd=repo,
        env={**os.environ, **_ENV, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"git {' '.join(args)}:\n{result.stderr}"
    return result.stdout


def init(repo: Path) -> Path:
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "--quiet", "--initial-branch=main")
    return repo


def commit(repo: Path, when: int, message: str = "change") -> None:
    """Commit every change of `repo` (added, changed, removed), written and
    committed at `when` (seconds since 1970)."""
    stamp = datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")
    git(repo, "add", "--all")
    dates = {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    git(repo, "commit", "--quiet", "--allow-empty", "--no-verify", "-m", message, env=dates)


def write(repo: Path, relative: str, text: str) -> None:
    path = repo / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def head_time(repo: Path) -> int:
    """The time of the last commit of `repo`."""
    return int(git(repo, "log", "-1", "--format=%ct").strip())
