"""The staff guide (CONTRIBUTING.md) is exact: every command and every file it
names exists and does what it says, and its procedures name every step."""

from __future__ import annotations

import re

import pytest
from e2c.render.markers import MARKERS
from site_helpers import ROOT

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
TARGETS = set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, flags=re.M))
# Files the guide names as examples to create, or that staff add themselves.
EXAMPLES = {
    "docs/horaires.md",
    "docs/horaires.en.md",
    "content/documents/",
}


def section(title: str) -> str:
    start = GUIDE.index(f"\n{title}\n")
    end = GUIDE.find("\n#", start + len(title) + 2)
    return GUIDE[start : end if end > 0 else None]


@pytest.mark.parametrize(
    "target", sorted(set(re.findall(r"(?:^\s*|`)make ([a-z][a-z-]*)", GUIDE, flags=re.M)))
)
def test_every_make_command_of_the_guide_exists(target):
    assert target in TARGETS, f"CONTRIBUTING.md names 'make {target}', which the Makefile lacks"


PATHS = sorted(
    set(
        re.findall(
            r"`((?:content|docs|hooks|tests|overrides|\.github)/[^`\s…]*|mkdocs\.yml)`", GUIDE
        )
    )
)


@pytest.mark.parametrize("path", PATHS)
def test_every_file_the_guide_names_exists(path):
    assert path in EXAMPLES or (ROOT / path).exists(), f"CONTRIBUTING.md names {path}"


def test_every_marker_of_the_guide_exists_and_every_marker_is_in_the_guide():
    named = set(re.findall(r"<!-- e2c:([a-z-]+)", GUIDE))
    assert named <= set(MARKERS)
    assert set(MARKERS) - named <= {"share-text"}  # the partners' page only


def test_the_procedures_name_every_step():
    new_page = section("### Ajouter une page")
    for step in ("docs/", ".en.md", "`nav`", "nav_translations", "make check", "make urls"):
        assert step in new_page, f"Ajouter une page: {step}"
    renamed = section("### Renommer une page")
    for step in ("`nav`", "make check", "content/redirects.yml", "make urls", "liens"):
        assert step in renamed, f"Renommer une page: {step}"
    assert "make retirer-adresse ADRESSE=" in section("### Retirer une adresse")
    rule = section("### Changer une condition d'entrée (le test « Suis-je éligible ? »)")
    for step in ("`value", "`accept`", "{age}", "answers"):
        assert step in rule, f"Changer une condition: {step}"


def test_the_guide_says_how_long_make_test_takes_and_that_ci_runs_it():
    assert re.search(r"make test .*\(environ \d+ minutes\)", GUIDE)
    assert "GitHub le lance à chaque envoi" in GUIDE
