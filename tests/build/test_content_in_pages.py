"""content/ reaches the built pages, safely, and its mistakes stop the build."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html import unescape

import pytest
from content_helpers import line_of, replace_in, set_scalar
from site_helpers import ROOT, build, copy_project, page_file
from staff_edits import pages_with_marker


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def built(project, tmp_path):
    result = build(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    return tmp_path / "out"


def failed(project, tmp_path) -> str:
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    return output


def test_a_changed_value_shows_in_both_languages(project, tmp_path):
    file = project / "content" / "objectives.yml"
    set_scalar(file, ("objectives", 0, "title", "fr"), "Reprendre les bases pas à pas.")
    set_scalar(file, ("objectives", 0, "title", "en"), "Relearn the basics step by step.")
    out = built(project, tmp_path)
    page = pages_with_marker(project, "e2c:objectives")[0]
    assert "Reprendre les bases pas à pas." in page_file(out, "fr", page).read_text("utf-8")
    assert "Relearn the basics step by step." in page_file(out, "en", page).read_text("utf-8")


def test_html_typed_in_yaml_is_shown_never_run(project, tmp_path):
    file = project / "content" / "steps.yml"
    set_scalar(file, ("joining", 0, "title", "fr"), "Parlez-en <script>alert(1)</script>")
    page = pages_with_marker(project, "e2c:joining-steps")[0]
    html = page_file(built(project, tmp_path), "fr", page).read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_a_content_mistake_stops_the_build_with_file_line_and_field(project, tmp_path):
    file = project / "content" / "figures.yml"
    line = set_scalar(file, ("figures", 1, "value"), "beaucoup")
    output = failed(project, tmp_path)
    assert f"content/figures.yml, ligne {line}, champ figures → n°2 → value" in output


def test_an_unknown_marker_stops_the_build_with_page_and_line(project, tmp_path):
    page = project / "docs" / "parcours.en.md"
    replace_in(page, "<!-- e2c:path-steps -->", "<!-- e2c:path-step -->")
    line = line_of(page, "e2c:path-step -->")
    output = failed(project, tmp_path)
    assert f"docs/parcours.en.md, ligne {line} : le repère « e2c:path-step » n'existe pas" in output
    assert "Did you mean 'path-steps'?" in output


def test_make_build_keeps_the_last_good_site_when_a_build_fails(tmp_path):
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        shutil.copy2(ROOT / name, project / name)
    shutil.copytree(ROOT / ".ci", project / ".ci")
    (project / ".venv").symlink_to(ROOT / ".venv")
    env = {**os.environ, "MAKEFLAGS": ""}

    def make_build() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["make", "build"], cwd=project, env=env, capture_output=True, text=True, check=False
        )

    assert make_build().returncode == 0
    home = project / "site" / "index.html"
    before = home.read_bytes()
    site = project / "content" / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("short_name:", "shortname:"), "utf-8")
    result = make_build()
    assert result.returncode != 0
    assert "site/ n'a pas été modifié" in result.stdout + result.stderr
    assert home.read_bytes() == before
    assert not (project / "site.new").exists()


def test_the_school_name_comes_from_site_yml_in_both_languages(project, tmp_path):
    file = project / "content" / "site.yml"
    set_scalar(file, ("name", "fr"), '"E2C de l\'Allier"')
    set_scalar(file, ("name", "en"), "Allier Second Chance School")
    out = built(project, tmp_path)

    def title(language: str) -> str:
        html = page_file(out, language, "contact/").read_text("utf-8")
        return unescape(re.search(r"<title>([^<]*)</title>", html).group(1))

    assert title("fr") == "Contact - E2C de l'Allier"
    assert title("en") == "Contact - Allier Second Chance School"
