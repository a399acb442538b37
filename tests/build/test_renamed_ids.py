"""Renaming any id of any content file, as a staff member might, gives a
French message with the file and the line, or nothing at all when nothing
depends on it: never a traceback. An id the code relies on always gives a
message in its file. Whatever content/ holds now."""

from __future__ import annotations

import shutil
import types
import typing
from pathlib import Path
from typing import NamedTuple

import pytest
from content_helpers import FIXTURE_CONTENT, rename_key, set_scalar, value_at
from e2c.checks import check_project
from e2c.content import pages
from e2c.content.loading import SCHEMAS
from e2c.content.models import FINDER_LINK, LEAFLET_STEPS
from e2c.content.yaml_source import load
from e2c.render import content_blocks
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from site_helpers import PROJECT

NEW_ID = "nouvel-identifiant"

# The ids the code relies on, by file and list: the schema keeps them.
KEPT = {
    ("steps.yml", "path"): LEAFLET_STEPS,
    ("links.yml", "links"): (FINDER_LINK,),
}

DataPath = tuple[str | int, ...]


class Case(NamedTuple):
    file: str
    path: DataPath
    kind: str  # what it is the id of: `Partner`, or `EligibilityFile.sources` for a key
    key: bool  # a key of a mapping keyed by id, not the value of an `id:`


def _inner(annotation: object) -> list[object]:
    """The types an annotation holds, through Annotated, unions and lists."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _inner(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list):
        return [inner for argument in typing.get_args(annotation) for inner in _inner(argument)]
    return [annotation]


def _models(annotation: object) -> list[type[BaseModel]]:
    return [t for t in _inner(annotation) if isinstance(t, type) and issubclass(t, BaseModel)]


def _keyed_by_id(annotation: object) -> bool:
    """A mapping whose keys are names other fields refer to (`sources: {seed: …}`)."""
    return any(typing.get_origin(inner) is dict for inner in _inner(annotation))


def _fields(model: type[BaseModel]) -> dict[str, FieldInfo]:
    """A model's fields by the key written in the file (`from` for `from_`)."""
    return {field.alias or name: field for name, field in model.model_fields.items()}


def ids_of(data: object, annotation: object, path: DataPath = ()) -> list[tuple[DataPath, str]]:
    """Every id of a file's data, found through its schema: each `id:` of an item,
    and each key of a mapping keyed by id; with what it is the id of."""
    found: list[tuple[DataPath, str]] = []
    if isinstance(data, list):
        for index, item in enumerate(data):
            found += ids_of(item, annotation, (*path, index))
    elif isinstance(data, dict):
        # The model the data is (of a union: the one with all its keys).
        model = next(m for m in _models(annotation) if set(data) <= set(_fields(m)))
        for key, value in data.items():
            field = _fields(model)[key]
            if key == "id":
                found.append(((*path, key), model.__name__))
            elif _keyed_by_id(field.annotation) and isinstance(value, dict):
                found += [((*path, key, name), f"{model.__name__}.{key}") for name in value]
            else:
                found += ids_of(value, field.annotation, (*path, key))
    return found


def id_kinds(schema: type[BaseModel]) -> set[str]:
    """Every kind of id a schema holds: its models with an `id`, its mappings keyed by id."""
    kinds, todo, seen = set(), [schema], set()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, field in model.model_fields.items():
            if name == "id":
                kinds.add(model.__name__)
            elif _keyed_by_id(field.annotation):
                kinds.add(f"{model.__name__}.{name}")
            todo += _models(field.annotation)
    return kinds


def every_id(content: Path) -> list[Case]:
    cases = []
    for name, schema in SCHEMAS.items():
        file = content / name
        if not file.is_file():
            continue
        # Read as the site reads it (`on:` is a key, not YAML 1.1's true).
        data = load(file.read_text(encoding="utf-8"), f"content/{name}").data
        cases += [Case(name, path, kind, key="." in kind) for path, kind in ids_of(data, schema)]
    return cases


CASES = every_id(PROJECT / "content")


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
    assert len({case.file for case in CASES}) >= 8, CASES
    assert any(case.key for case in CASES), CASES


def test_the_walk_finds_every_kind_of_id_the_schemas_hold():
    # On the fixture content, which holds every kind: the walk misses none.
    found = {case.kind for case in every_id(FIXTURE_CONTENT)}
    for name, schema in SCHEMAS.items():
        assert id_kinds(schema) <= found, name


def test_every_id_the_code_relies_on_is_renamed():
    renamed = {
        (case.file, case.path[0], value_at(PROJECT / "content" / case.file, case.path))
        for case in CASES
        if not case.key
    }
    for (file, list_key), ids in KEPT.items():
        assert {(file, list_key, kept) for kept in ids} <= renamed


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.file}:{case.path}")
def test_renaming_an_id_gives_a_message_or_nothing_never_a_traceback(project, case):
    source = project / "content" / case.file
    original = source.read_text(encoding="utf-8")
    old = case.path[-1] if case.key else value_at(source, case.path)
    try:
        line = (rename_key if case.key else set_scalar)(source, case.path, NEW_ID)
        try:
            content, problems = check_project(project)
            if content is not None and not problems:
                # What the build makes from content/ alone, besides the pages the check renders.
                for language, folder in pages.FOLDERS.items():
                    content_blocks.footer(content, language, folder)
        except Exception as error:
            pytest.fail(
                f"content/{case.file}, line {line}: renaming the id gives a traceback: {error!r}"
            )
        for problem in problems:
            assert problem.path.startswith(("content/", "docs/", "mkdocs.yml")), problem
            lines = (project / problem.path).read_text(encoding="utf-8").count("\n") + 1
            assert 1 <= problem.line <= lines and problem.fr and problem.en, problem
    finally:
        source.write_text(original, encoding="utf-8")
    if old in KEPT.get((case.file, str(case.path[0])), ()):
        assert any(p.path == f"content/{case.file}" for p in problems), problems
