"""What the PDFs refuse, and a preview where they cannot be made: real builds
and `make check` runs on a copy of the project."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from e2c.publish import pdf_engine
from e2c.publish.printability import drawable
from site_helpers import build, copy_project, page_file

ROCKET = "\U0001f680"
TITLE = ("objectives", 0, "title", "fr")  # a text the French leaflet prints
WEB_ONLY = ("objectives", 0, "text", "fr")  # a text the leaflet leaves out
NOTICE = "Les PDF (dépliant, charte) ne sont pas fabriqués sur cet ordinateur"
# What `import weasyprint` raises where libpango is missing.
FAKE_WEASYPRINT = (
    "raise OSError(\"cannot load library 'libpango-1.0-0': libpango-1.0-0: "
    'cannot open shared object file: No such file or directory")\n'
)


def edit_text(path: Path, keys: tuple, change: Callable[[str], str]) -> int:
    """Change the text at `keys` of a YAML file; returns its line."""
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text)
    for key in keys:
        node = (
            node.value[key]
            if isinstance(key, int)
            else next(value for name, value in node.value if name.value == key)
        )
    start, end = node.start_mark.index, node.end_mark.index
    old = text[start:end]
    new = json.dumps(change(node.value), ensure_ascii=False)  # a YAML double-quoted text
    # A block text (`|`) ends with its line break: keep it.
    path.write_text(text[:start] + new + old[len(old.rstrip()) :] + text[end:], "utf-8")
    return node.start_mark.line + 1


def check(project: Path, pythonpath: str = "") -> subprocess.CompletedProcess[str]:
    """`make check` on `project`."""
    paths = [p for p in (pythonpath, str(project / "hooks")) if p]
    return subprocess.run(
        [sys.executable, "-m", "e2c.cli", "--root", str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
        check=False,
    )


@pytest.fixture
def project(tmp_path, site_dir):
    """A copy of the project with today's PDFs in its cache (made by site_dir)."""
    return copy_project(tmp_path / "project", with_cache=True)


@pytest.fixture
def without_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)


@pytest.fixture
def fake_weasyprint(tmp_path) -> str:
    """A folder for PYTHONPATH whose `weasyprint` fails like one without libpango."""
    package = tmp_path / "fake" / "weasyprint"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(FAKE_WEASYPRINT, encoding="utf-8")
    return str(package.parent)


def test_a_character_the_pdf_font_lacks_stops_the_build_and_make_check(project, tmp_path):
    fonts = pdf_engine.font_files()
    assert fonts and ord(ROCKET) not in drawable(fonts, tmp_path / "fonts")
    line = edit_text(project / "content" / "objectives.yml", TITLE, lambda t: f"{t} {ROCKET}")
    where = f"content/objectives.yml, ligne {line}"
    said = f"le caractère « {ROCKET} » (U+1F680) ne peut pas s'imprimer dans le dépliant en PDF"
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    assert where in result.stderr and said in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    checked = check(project)
    assert checked.returncode == 1
    assert where in checked.stderr and said in checked.stderr, checked.stderr
    assert "Traceback" not in checked.stderr


def test_a_text_shown_on_the_website_only_may_hold_any_character(project):
    edit_text(project / "content" / "objectives.yml", WEB_ONLY, lambda t: f"{ROCKET} {t}")
    result = check(project)
    assert result.returncode == 0, result.stderr


def test_a_leaflet_of_three_pages_names_the_text_and_stays_refused_from_the_cache(
    project, tmp_path
):
    # Longer than the leaflet's two pages on its own: page 3 starts inside it.
    line = edit_text(
        project / "content" / "objectives.yml",
        TITLE,
        lambda t: t + " " + " ".join(f"long{n}" for n in range(1300)),
    )
    where = f"content/objectives.yml, ligne {line}"
    said = re.compile(
        r"le dépliant en français a (\d+) pages au lieu de 2 : "
        r"la page 3 commence par « long\d+ [^»]*», qui vient de ce texte\. Raccourcissez-le"
    )
    made = build(project, tmp_path / "made")
    cached = build(project, tmp_path / "cached")
    checked = check(project)
    assert "PDF made: leaflet (fr)" in made.stderr
    assert "PDF made" not in cached.stderr  # the page count comes from the cache
    for result in (made, cached, checked):
        assert result.returncode != 0
        match = said.search(result.stderr)
        assert match and int(match.group(1)) > 2, result.stderr
        assert where in result.stderr and "Traceback" not in result.stderr


def test_without_weasyprint_the_site_builds_without_pdfs_and_says_so(
    tmp_path, fake_weasyprint, without_ci
):
    project = copy_project(tmp_path / "project")  # no cache: every PDF must be made
    result = build(project, tmp_path / "out", {"PYTHONPATH": fake_weasyprint})
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(NOTICE) == 1, result.stderr
    assert "WARNING" not in result.stderr and "Traceback" not in result.stderr
    assert not list((tmp_path / "out").rglob("*.pdf"))
    for language, words in (("fr", "fabriqué à la publication du site"), ("en", "published")):
        html = page_file(tmp_path / "out", language, "documents/").read_text(encoding="utf-8")
        assert words in html
        assert ".pdf" not in html
    checked = check(project, fake_weasyprint)
    assert checked.returncode == 0, checked.stderr
    assert checked.stderr.count(NOTICE) == 1


def test_without_weasyprint_ci_stops_the_build(tmp_path, fake_weasyprint, monkeypatch):
    monkeypatch.setenv("CI", "true")
    project = copy_project(tmp_path / "project")
    result = build(project, tmp_path / "out", {"PYTHONPATH": fake_weasyprint})
    assert result.returncode != 0
    assert "Avec CI=true" in result.stderr and "le site publié doit avoir ses PDF" in result.stderr
    assert "libpango-1.0-0" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "index.html").exists()


def test_a_build_with_every_pdf_cached_needs_no_weasyprint(
    project, tmp_path, fake_weasyprint, without_ci
):
    assert build(project, tmp_path / "first").returncode == 0  # every PDF in the cache
    result = build(project, tmp_path / "out", {"PYTHONPATH": fake_weasyprint})
    assert result.returncode == 0, result.stderr
    assert NOTICE not in result.stderr
    assert len(list((tmp_path / "out").rglob("*.pdf"))) == 4
