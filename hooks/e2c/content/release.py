"""Fields a public site must have: which of them are still empty."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from pydantic import BaseModel

from e2c.content.loading import Content
from e2c.content.problems import Problem
from e2c.content.validation import field_name
from e2c.content.yaml_source import Path


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


# A link checked longer ago than this is checked again before a release.
CHECK_AGAIN_AFTER_DAYS = 183


def links_to_check_again(content: Content, today: date) -> list[Problem]:
    """One problem for each link of content/links.yml checked too long ago."""
    source = content.sources["links.yml"]
    problems = []
    for index, link in enumerate(content.links.links):
        if (today - link.checked).days > CHECK_AGAIN_AFTER_DAYS:
            path = ("links", index, "checked")
            problems.append(
                Problem(
                    "content/links.yml",
                    source.line_of(path),
                    f"le lien « {link.id} » a été vérifié le {link.checked.isoformat()}, il y a "
                    f"plus de 6 mois. Ouvrez {link.url} : si la page dit toujours ce que le "
                    "site en dit, mettez la date du jour dans « checked ».",
                    f"the link '{link.id}' was checked on {link.checked.isoformat()}, more than "
                    f"6 months ago. Open {link.url}: if the page still says what the site says "
                    "of it, put today's date under 'checked'.",
                    field=field_name(path),
                )
            )
    return problems


def easy_pages_not_reviewed(content: Content) -> list[Problem]:
    """One problem for each easy-to-read page no reader with learning disabilities has checked."""
    source = content.sources["reading.yml"]
    problems = []
    for index, easy in enumerate(content.reading.easy_pages):
        if easy.review.done:
            continue
        path = ("easy_pages", index, "review")
        problems.append(
            Problem(
                "content/reading.yml",
                source.line_of(path),
                f"la page « Facile à lire » docs/{easy.page} n'a pas encore été relue par des "
                "personnes qui ont des difficultés pour lire ou comprendre. Faites-la relire, "
                "puis écrivez qui l'a relue (by) et quand (on, AAAA-MM-JJ).",
                f"the easy-to-read page docs/{easy.page} has not yet been checked by people "
                "who find reading or understanding hard. Have it checked, then write who "
                "checked it (by) and when (on, YYYY-MM-DD).",
                field=field_name(path),
            )
        )
    return problems
