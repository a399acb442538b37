"""The ordinary edits staff make keep the site publishable.

Every edit of tests/staff_edits.py is made on one copy of the project as the
guide says; `make check`, the build and the address list then accept them,
each change shows in both languages (`assert_shows` names the edit that does
not), every address partners hold still leads somewhere, `make
release-check`'s last step passes, and the build tests, which check
properties of whatever content/ holds, pass on that copy.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from content_helpers import set_scalar
from e2c.publish.addresses import recorded_urls, resolve
from pypdf import PdfReader
from site_helpers import ROOT, build, built_pages, copy_project
from staff_edits import EDITS, Edit, folded, record_addresses, run_module, visible_text


def publish(project: Path, site: Path) -> None:
    """What a staff member runs before sending: make check, make build, make urls."""
    check = run_module(project, "e2c.cli", "--lang", "fr", "--root", str(project))
    assert check.returncode == 0, check.stdout + check.stderr
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    urls = record_addresses(project, site)
    assert urls.returncode == 0, urls.stderr


def all_text(site: Path, language: str) -> str:
    """The visible text of every page of one language, and of its PDFs."""
    folder = site / "en" if language == "en" else site
    texts = []
    for page in built_pages(folder):
        if language == "fr" and page.is_relative_to(site / "en"):
            continue
        texts.append(page.read_text(encoding="utf-8"))
    for pdf in folder.glob("documents/*.pdf"):
        texts.append(" ".join(p.extract_text() for p in PdfReader(pdf).pages))
    return folded(" ".join(texts))


def assert_shows(edit: Edit, site: Path) -> None:
    wrong = []
    for (language, page), texts in edit.shows.items():
        shown = visible_text(site, language, page)
        wrong += [f"/{language}/{page} lacks {t!r}" for t in texts if folded(t) not in shown]
    for (language, page), texts in edit.absent.items():
        shown = visible_text(site, language, page)
        wrong += [f"/{language}/{page} still says {t!r}" for t in texts if folded(t) in shown]
    for language, texts in edit.gone.items():
        everything = all_text(site, language)
        wrong += [f"{language}: still says {t!r}" for t in texts if folded(t) in everything]
    for old, new in edit.addresses.items():
        target = resolve(site, old)
        if target != site / new.strip("/") / "index.html":
            wrong.append(f"{old} leads to {target}, not to {new}")
    assert not wrong, f"{edit.name}:\n" + "\n".join(wrong)


def test_the_ordinary_edits_build_show_and_pass_the_release_check_and_the_build_tests(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    edits = [make_edit(project) for make_edit in EDITS]
    assert [edit.name for edit in edits if not (edit.shows or edit.addresses)] == [], (
        "these edits found nothing to change"
    )
    site = tmp_path / "site"
    publish(project, site)
    for edit in edits:
        assert_shows(edit, site)
    assert [u for u in recorded_urls(project) if resolve(site, u) is None] == []
    release = run_module(project, "e2c.cli", "--release", "--root", str(project))
    assert release.returncode == 0, release.stderr
    # The build tests read their sources from E2C_PROJECT: here, the edited copy.
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/build"],
        cwd=ROOT,
        env={**os.environ, "E2C_PROJECT": str(project), "E2C_CONTENT_TESTS_ONLY": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert tests.returncode == 0, tests.stdout[-6000:]
    ran = re.search(r"(\d+) passed", tests.stdout)
    assert ran and int(ran.group(1)) > 100, tests.stdout[-2000:]


def test_an_empty_release_field_fails_the_release_check_naming_it(tmp_path):
    project = copy_project(tmp_path / "project", with_cache=True)
    edits = [make_edit(project) for make_edit in EDITS if make_edit.__name__.startswith("fill")]
    assert edits
    set_scalar(project / "content" / "site.yml", ("legal", "director"), '""')
    release = run_module(project, "e2c.cli", "--release", "--lang", "fr", "--root", str(project))
    assert release.returncode == 1
    assert "champ legal → director : ce champ est vide" in release.stderr
    assert release.stderr.count("ce champ est vide") == 1
