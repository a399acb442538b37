"""A staff member's mistake in docs/ stops the build with a message they can act on."""

from __future__ import annotations

import re

import pytest
from site_helpers import build, copy_project, french_sources


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def failed_build(project, tmp_path) -> str:
    result = build(project, tmp_path / "out")
    assert result.returncode != 0, "the build should have stopped"
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    return output


def test_a_page_without_its_english_twin_stops_the_build(project, tmp_path):
    page = french_sources(project)[-1].removesuffix(".md")
    (project / "docs" / f"{page}.en.md").unlink()
    output = failed_build(project, tmp_path)
    assert f"docs/{page}.md, ligne 1" in output
    assert f"docs/{page}.en.md" in output
    assert "translation is missing" in output


def test_a_page_without_description_stops_the_build(project, tmp_path):
    name = french_sources(project)[-1].replace(".md", ".en.md")
    page = project / "docs" / name
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"(?m)^description:.*\n", "", text, count=1), encoding="utf-8")
    output = failed_build(project, tmp_path)
    assert f"docs/{name}, ligne 1" in output
    assert "pas de description" in output and "no description" in output


def test_a_link_to_a_missing_page_stops_the_build(project, tmp_path):
    page = project / "docs" / "index.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\n[Lien](page-absente.md)\n", encoding="utf-8"
    )
    output = failed_build(project, tmp_path)
    assert "page-absente.md" in output
