"""Renaming any id of any content file, as a staff member might, gives a
French message with the file and the line, or nothing at all when nothing
depends on it: never a traceback. Whatever content/ holds now."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from content_helpers import set_scalar
from e2c.checks import check_project
from site_helpers import PROJECT

NEW_ID = "nouvel-identifiant"


def ids_of(data: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """The path of every `id:` in a file's data."""
    found = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "id" and isinstance(value, str):
                found.append((*path, key))
            else:
                found += ids_of(value, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found += ids_of(item, (*path, index))
    return found


def every_id() -> list[tuple[str, tuple[str | int, ...]]]:
    cases = []
    for file in sorted((PROJECT / "content").glob("*.yml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        cases += [(file.name, path) for path in ids_of(data)]
    return cases


CASES = every_id()


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sources `make check` reads, copied once; each test puts back what it changed
    (the same folder, so the checks' caches serve what did not change)."""
    target = tmp_path_factory.mktemp("project")
    for part in ("content", "docs", "overrides"):
        shutil.copytree(PROJECT / part, target / part)
    shutil.copy2(PROJECT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def test_every_content_file_with_ids_is_covered():
    assert len({file for file, _ in CASES}) >= 8, CASES


@pytest.mark.parametrize(("file", "path"), CASES, ids=lambda v: str(v))
def test_renaming_an_id_gives_a_message_or_nothing_never_a_traceback(project, file, path):
    source = project / "content" / file
    original = source.read_text(encoding="utf-8")
    try:
        line = set_scalar(source, path, NEW_ID)
        try:
            _, problems = check_project(project)
        except Exception as error:
            pytest.fail(
                f"content/{file}, line {line}: renaming the id gives a traceback: {error!r}"
            )
    finally:
        source.write_text(original, encoding="utf-8")
    for problem in problems:
        assert problem.path.startswith(("content/", "docs/", "mkdocs.yml")), problem
        assert problem.line >= 1 and problem.fr and problem.en, problem
