"""`make check` and `make release-check` as a staff member runs them."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from content_helpers import set_scalar
from e2c.cli import github_annotations
from e2c.content.problems import Problem
from site_helpers import ROOT, copy_project


def run(*args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks"), **environment}
    return subprocess.run(
        [sys.executable, "-m", "e2c.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_release_check_lists_an_empty_field_in_the_language_asked(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    line = set_scalar(project / "content" / "site.yml", ("legal", "publisher"), '""')
    result = run("--release", "--lang", "en", "--root", str(project))
    assert result.returncode == 1
    assert f"content/site.yml, line {line}, field legal → publisher: this field is empty" in (
        result.stderr
    )
    assert "ligne" not in result.stderr and "Traceback" not in result.stderr


def test_a_build_date_that_is_not_one_gets_a_message_not_a_traceback():
    result = run(SOURCE_DATE_EPOCH="hier")
    assert result.returncode == 1
    assert "SOURCE_DATE_EPOCH doit être un nombre entier" in result.stderr
    assert "« hier »" in result.stderr and "Traceback" not in result.stderr


def annotation(path: str, line: int, fr: str, **extra) -> str:
    return github_annotations([Problem(path, line, fr, "(en)", **extra)])


def test_an_annotation_names_the_file_and_line_and_gives_the_french_message():
    text = annotation("content/figures.yml", 16, "ce champ doit être un nombre.", field="value")
    assert text == (
        "::error file=content/figures.yml,line=16,"
        "title=content/figures.yml%2C ligne 16%2C champ value::ce champ doit être un nombre."
    )


def test_an_annotation_gives_the_column_when_there_is_one():
    assert annotation("content/steps.yml", 3, "x", column=7).startswith(
        "::error file=content/steps.yml,line=3,col=7,title="
    )
    assert ",col=" not in annotation("content/steps.yml", 3, "x")


def test_an_annotation_stays_on_one_line_whatever_the_message():
    text = annotation("docs/a,b:c.md", 1, "100 % faux :\nla suite\r, ici")
    assert "\n" not in text and "\r" not in text
    assert text.startswith("::error file=docs/a%2Cb%3Ac.md,line=1,title=docs/a%2Cb%3Ac.md%2C ")
    # In the message only %, CR and LF are escaped; ":" and "," are read as they are.
    assert text.endswith("::100 %25 faux :%0Ala suite%0D, ici")


def test_one_annotation_per_problem():
    problems = [Problem("content/a.yml", n, f"problème {n}", "problem") for n in (1, 2, 3)]
    lines = github_annotations(problems).splitlines()
    assert len(lines) == 3
    assert [line.split(",")[1] for line in lines] == ["line=1", "line=2", "line=3"]


def break_a_figure(project: Path) -> int:
    """A word where content/figures.yml wants a number; the line of that value."""
    return set_scalar(project / "content" / "figures.yml", ("figures", 0, "value"), "beaucoup")


def test_check_annotates_the_broken_line_for_github(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    line = break_a_figure(project)
    result = run("--root", str(project), "--format", "github")
    assert result.returncode == 1
    annotations = result.stdout.splitlines()
    assert len(annotations) == 1, result.stdout
    assert annotations[0].startswith(f"::error file=content/figures.yml,line={line},")
    assert re.search(r",title=content/figures\.yml%2C ligne \d+%2C [^:]*::", annotations[0])
    assert "::ce champ doit être un nombre" in annotations[0], annotations[0]
    # The report for people still goes to the job's log.
    assert f"content/figures.yml, ligne {line}" in result.stderr


def test_check_without_format_prints_no_annotation(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    break_a_figure(project)
    result = run("--root", str(project))
    assert result.returncode == 1
    assert "::error" not in result.stdout + result.stderr


def test_make_check_passes_format_to_the_check():
    make = shutil.which("make")
    if not make:
        pytest.skip("make is not installed")
    dry_run = subprocess.run(
        [make, "--dry-run", "--always-make", "check", "FORMAT=github", "LANGUE=fr"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert dry_run.returncode == 0, dry_run.stderr
    command = next(line for line in dry_run.stdout.splitlines() if "e2c.cli" in line)
    assert command.split()[-4:] == ["--lang", "fr", "--format", "github"]
