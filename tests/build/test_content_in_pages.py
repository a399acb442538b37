"""content/ reaches the built pages, safely, and its mistakes stop the build."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html import unescape

import pytest
from content_helpers import line_of, replace_in
from site_helpers import ROOT, build, copy_project, page_file


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
    replace_in(file, "fr: Apprendre les bases.", "fr: Reprendre les bases pas à pas.")
    replace_in(file, "en: Learn the basics.", "en: Relearn the basics step by step.")
    out = built(project, tmp_path)
    assert "Reprendre les bases pas à pas." in page_file(out, "fr", "parcours/").read_text("utf-8")
    assert "Relearn the basics step by step." in page_file(out, "en", "parcours/").read_text(
        "utf-8"
    )


def test_html_typed_in_yaml_is_shown_never_run(project, tmp_path):
    file = project / "content" / "steps.yml"
    replace_in(file, "fr: Parlez-en à votre conseiller.", "fr: Parlez-en <script>alert(1)</script>")
    html = page_file(built(project, tmp_path), "fr", "").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_a_content_mistake_stops_the_build_with_file_line_and_field(project, tmp_path):
    file = project / "content" / "figures.yml"
    replace_in(file, "    value: 57\n", "    value: beaucoup\n")
    line = line_of(file, "beaucoup")
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
    replace_in(project / "content" / "site.yml", "short_name:", "shortname:")
    result = make_build()
    assert result.returncode != 0
    assert "site/ n'a pas été modifié" in result.stdout + result.stderr
    assert home.read_bytes() == before
    assert not (project / "site.new").exists()


def test_the_school_name_comes_from_site_yml_in_both_languages(project, tmp_path):
    file = project / "content" / "site.yml"
    replace_in(file, "fr: École de la deuxième chance Allier", "fr: E2C de l'Allier")
    replace_in(file, "en: Second Chance School Allier", "en: Allier Second Chance School")
    out = built(project, tmp_path)

    def title(language: str) -> str:
        html = page_file(out, language, "contact/").read_text("utf-8")
        return unescape(re.search(r"<title>([^<]*)</title>", html).group(1))

    assert title("fr") == "Contact - E2C de l'Allier"
    assert title("en") == "Contact - Allier Second Chance School"
