"""Checking a content file against its schema, in words a staff member can act on."""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Iterator

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from e2c.content.problems import Problem
from e2c.content.yaml_source import Located, Path

# A number written with thousands separators: "17 165", "17.165", "17,165".
_THOUSANDS = re.compile(r"\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+")


def field_name(path: Path) -> str:
    """`("objectives", 2, "title")` -> `objectives → n°3 → title` (items counted from 1)."""
    return " → ".join(f"n°{part + 1}" if isinstance(part, int) else part for part in path)


def _models_in(annotation: object) -> Iterator[type[BaseModel]]:
    """The models an annotation may hold (through Optional, unions and lists)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, typing.Annotated):
        for argument in typing.get_args(annotation):
            yield from _models_in(argument)


def _model_at(schema: type[BaseModel], path: Path) -> type[BaseModel] | None:
    model: type[BaseModel] | None = schema
    for part in path:
        if isinstance(part, int) or model is None:
            continue
        field = model.model_fields.get(part)
        model = next(_models_in(field.annotation), None) if field else None
    return model


def _data_path(loc: tuple[str | int, ...], data: object) -> Path:
    """The part of a pydantic location that names places in the data.

    Pydantic adds the names of union members (`int`, `float`, a model's name)
    to a location; they are not keys of the file. A key missing from the data
    is kept: it is the field to add.
    """
    path: list[str | int] = []
    current = data
    for position, part in enumerate(loc):
        if isinstance(current, dict) and isinstance(part, str):
            if part not in current:
                # A key the data lacks: the field to add if it ends the location,
                # else the tag of a union member (`number`, `choice`): skipped.
                if position == len(loc) - 1:
                    path.append(part)
                    break
                continue
            path.append(part)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
            path.append(part)
            current = current[part]
        else:
            break
    return tuple(path)


def _words(error: ErrorDetails, schema: type[BaseModel], path: Path) -> tuple[str, str]:
    kind = error["type"]
    last = path[-1] if path else ""
    if kind == "missing":
        if last in ("fr", "en"):
            language = {"fr": ("français", "French"), "en": ("anglais", "English")}[last]
            return (
                f"le texte en {language[0]} manque : ajoutez une ligne « {last}: » avec le texte.",
                f"the {language[1]} text is missing: add a '{last}:' line with the text.",
            )
        return (
            f"le champ obligatoire « {last} » manque : ajoutez-le.",
            f"the required field '{last}' is missing: add it.",
        )
    if kind == "extra_forbidden":
        allowed = list((_model_at(schema, path[:-1]) or BaseModel).model_fields)
        close = difflib.get_close_matches(str(last), allowed, n=1, cutoff=0.6)
        hint_fr = f" Vouliez-vous dire « {close[0]} » ?" if close else ""
        hint_en = f" Did you mean '{close[0]}'?" if close else ""
        known = ", ".join(allowed)
        return (
            f"la clé « {last} » n'existe pas ici.{hint_fr} Clés possibles : {known}.",
            f"the key '{last}' does not exist here.{hint_en} Possible keys: {known}.",
        )
    if kind == "string_too_short":
        return (
            "ce texte est vide : écrivez-le (en français pour fr, en anglais pour en).",
            "this text is empty: write it (in French for fr, in English for en).",
        )
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        model = _model_at(schema, path)
        if model is not None and set(model.model_fields) == {"fr", "en"}:
            return (
                "un texte s'écrit en deux langues, sur deux lignes : « fr: … » puis « en: … ».",
                "a text is written in two languages, on two lines: 'fr: …' then 'en: …'.",
            )
        keys = ", ".join(model.model_fields) if model else ""
        return (
            f"ce champ doit contenir des sous-champs ({keys}), un par ligne, en retrait.",
            f"this field must hold sub-fields ({keys}), one per line, indented.",
        )
    if kind == "list_type":
        return (
            "ce champ doit être une liste : une ligne par élément, qui commence par « - ».",
            "this field must be a list: one line per item, starting with '- '.",
        )
    if kind in ("string_type",):
        return ("ce champ doit être un texte.", "this field must be a text.")
    if kind in ("int_type", "int_parsing", "int_from_float", "float_type", "float_parsing"):
        written = str(error.get("input", ""))
        if _THOUSANDS.fullmatch(written.strip()):
            whole = re.sub(r"\D", "", written)
            return (
                f"« {written.strip()} » : écrivez le nombre en chiffres collés, sans espace, "
                f"point ni virgule entre les milliers : {whole}.",
                f"'{written.strip()}': write the number with its digits together, without "
                f"a space, dot or comma between thousands: {whole}.",
            )
        return (
            "ce champ doit être un nombre, écrit en chiffres (par exemple 17165).",
            "this field must be a number, written in digits (for example 17165).",
        )
    if kind == "e2c_message":  # the schema's own words (e2c.content.models.staff_message)
        context = error.get("ctx", {})
        return (str(context.get("fr", "")), str(context.get("en", "")))
    if kind == "phone_invalid":
        return (
            "ce numéro de téléphone n'en est pas un : écrivez les 10 chiffres "
            "(par exemple 04 70 00 00 00) ou +33 suivi de 9 chiffres.",
            "this is not a phone number: write the 10 digits (for example 04 70 00 00 00) "
            "or +33 followed by 9 digits.",
        )
    if kind == "email_invalid":
        return (
            "cette adresse de courriel n'en est pas une : elle s'écrit nom@domaine.fr, "
            "sans espace.",
            "this is not an e-mail address: it is written name@domain.fr, without spaces.",
        )
    if kind in ("bool_type", "bool_parsing"):
        return ("ce champ vaut true (oui) ou false (non).", "this field is true or false.")
    if kind == "greater_than":
        return ("ce nombre doit être plus grand que 0.", "this number must be greater than 0.")
    if kind == "too_short":
        return ("cette liste ne peut pas être vide.", "this list cannot be empty.")
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        expected = error.get("ctx", {}).get("expected_tags", "")
        return (
            f"le type (« type: ») manque ou n'existe pas : choisissez parmi {expected}.",
            f"the type ('type:') is missing or unknown: choose one of {expected}.",
        )
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return (
            f"valeur non prévue : choisissez parmi {expected}.",
            f"unexpected value: choose one of {expected}.",
        )
    if kind == "string_pattern_mismatch" and last in ("from", "to"):
        return (
            "une adresse du site commence par « / » et finit par « / » (par exemple "
            "« /contact/ » ou « /en/contact/ »), en minuscules sans accents.",
            "an address of the site starts with '/' and ends with '/' (for example "
            "'/contact/' or '/en/contact/'), in lower case without accents.",
        )
    if kind == "string_pattern_mismatch":
        return (
            "un identifiant s'écrit en minuscules sans accents, chiffres et tirets "
            "(par exemple « missions-locales »).",
            "an id is written in lower case without accents, digits and hyphens "
            "(for example 'missions-locales').",
        )
    if kind == "value_error" and "https" in error.get("msg", ""):
        return (
            "ce lien n'est pas une adresse web complète et sûre : il doit commencer par "
            "« https:// » (par exemple https://reseau-e2c.fr/).",
            "this link is not a complete, secure web address: it must start with "
            "'https://' (for example https://reseau-e2c.fr/).",
        )
    return (f"valeur incorrecte ({error['msg']}).", f"wrong value ({error['msg']}).")


def schema_problems(
    error: ValidationError, schema: type[BaseModel], source: Located, file: str
) -> list[Problem]:
    """One problem per distinct mistake pydantic found."""
    problems: dict[tuple[Path, str], Problem] = {}
    for item in error.errors(include_url=False):
        path = _data_path(item["loc"], source.data)
        if item["type"] == "union_tag_invalid":
            path = (*path, "type")  # point at the wrong type itself
        fr, en = _words(item, schema, path)
        key = (path, fr)
        if key not in problems:
            problems[key] = Problem(file, source.line_of(path), fr, en, field=field_name(path))
    return list(problems.values())


def duplicate_ids(data: object, source: Located, file: str, path: Path = ()) -> list[Problem]:
    """Two items of one list with the same id: the second is reported."""
    problems = []
    if isinstance(data, dict):
        for key, value in data.items():
            problems += duplicate_ids(value, source, file, (*path, key))
    elif isinstance(data, list):
        seen: dict[object, int] = {}
        for index, item in enumerate(data):
            if isinstance(item, dict) and "id" in item:
                if item["id"] in seen:
                    where = (*path, index, "id")
                    first = source.line_of((*path, seen[item["id"]], "id"))
                    problems.append(
                        Problem(
                            file,
                            source.line_of(where),
                            f"l'identifiant « {item['id']} » est déjà utilisé ligne {first}. "
                            "Chaque identifiant doit être unique : changez l'un des deux.",
                            f"the id '{item['id']}' is already used on line {first}. "
                            "Each id must be unique: change one of them.",
                            field=field_name(where),
                        )
                    )
                else:
                    seen[item["id"]] = index
            problems += duplicate_ids(item, source, file, (*path, index))
    return problems
