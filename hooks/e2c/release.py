"""Fields a public site must have: which of them are still empty."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from e2c.content import Content
from e2c.problems import Problem
from e2c.validation import field_name
from e2c.yaml_source import Path


def _empty_release_fields(model: BaseModel, path: Path = ()) -> Iterator[Path]:
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        if extra.get("release") and not value:
            yield (*path, name)
        elif isinstance(value, BaseModel):
            yield from _empty_release_fields(value, (*path, name))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _empty_release_fields(item, (*path, name, index))


def missing_before_release(content: Content) -> list[Problem]:
    """One problem for each field still empty that the public site needs."""
    problems = []
    for name, source in content.sources.items():
        model = getattr(content, name.removesuffix(".yml"))
        for path in _empty_release_fields(model):
            problems.append(
                Problem(
                    f"content/{name}",
                    source.line_of(path),
                    "ce champ est vide ; il doit être rempli avant la mise en ligne du site "
                    "(mentions légales ou contact).",
                    "this field is empty; it must be filled before the site goes live "
                    "(legal notice or contact).",
                    field=field_name(path),
                )
            )
    return problems
