"""Loading every file of content/ into checked, typed objects.

All files are read and checked before anything is built, and every mistake
found is reported at once, so that one run of `make check` lists them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from pydantic import ValidationError

from e2c.content import eligibility, interface, models, rule_values, source_checks
from e2c.content.problems import Problem
from e2c.content.text_files import NotUtf8, read_text
from e2c.content.validation import duplicate_ids, schema_problems
from e2c.content.yaml_source import Located, YamlProblem, load

# Every file of content/ and its schema, each after the files it refers to
# (eligibility.yml after links.yml): they are validated in this order.
SCHEMAS: dict[str, type[models.Strict]] = {
    **models.SCHEMAS,
    "eligibility.yml": eligibility.EligibilityFile,
    interface.FILE: interface.InterfaceFile,
}


class ContentError(Exception):
    """The content has mistakes: the build must stop and show them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in content/")
        self.problems = problems


@dataclass(frozen=True)
class Content:
    site: models.SiteFile
    objectives: models.ObjectivesFile
    steps: models.StepsFile
    partners: models.PartnersFile
    figures: models.FiguresFile
    eligibility: eligibility.EligibilityFile
    leaflet: models.LeafletFile
    charter: models.CharterFile
    redirects: models.RedirectsFile
    links: models.LinksFile
    typical_path: models.TypicalPathFile
    glossary: models.GlossaryFile
    reading: models.ReadingFile
    interface: interface.InterfaceFile  # the words of the site's machinery
    # Each file as read, to point at a field's line later (release check).
    sources: dict[str, Located]
    # What `{name}` stands for in a page, by language (e2c.content.rule_values).
    values: rule_values.Values


def _empty_file(file: str) -> Problem:
    return Problem(
        file,
        1,
        "le fichier est vide. Remettez son contenu : sur GitHub, ouvrez l'historique du "
        "fichier (« History ») et reprenez sa dernière version ; sur votre ordinateur, "
        f"« git checkout {file} » le remet tel qu'il était.",
        "the file is empty. Put its content back: on GitHub, open the file's history "
        f"('History') and take its last version; on your computer, 'git checkout {file}' "
        "puts it back as it was.",
    )


def _may_be_empty(schema: type[models.Strict]) -> bool:
    """Whether the schema has a default for every field (redirects.yml: no redirect)."""
    return all(not field.is_required() for field in schema.model_fields.values())


_Model = TypeVar("_Model", bound=models.Strict)


def _model(loaded: Mapping[str, models.Strict], name: str, schema: type[_Model]) -> _Model:
    """The model of file `name`, as its schema's class: `schema` is SCHEMAS[name],
    which validated it."""
    return cast(_Model, loaded[name])


def _values(sources: dict[str, Located]) -> rule_values.Values | None:
    """What `{name}` and `lien:ID` stand for, when content/eligibility.yml and
    content/links.yml are valid (else their own problems tell)."""
    if not {"eligibility.yml", "links.yml", interface.FILE} <= set(sources):
        return None
    try:
        rules = eligibility.EligibilityFile.model_validate(sources["eligibility.yml"].data)
        links = models.LinksFile.model_validate(sources["links.yml"].data)
        words = interface.InterfaceFile.model_validate(sources[interface.FILE].data)
    except ValidationError:
        return None
    return rule_values.link_values(links.links, rule_values.rule_values(rules, words))


def load_content(content_dir: Path) -> Content:
    """Every content file, checked; raises ContentError listing all mistakes."""
    problems: list[Problem] = []
    loaded: dict[str, models.Strict] = {}
    sources: dict[str, Located] = {}
    for name in SCHEMAS:
        file = f"content/{name}"
        path = content_dir / name
        if not path.is_file():
            problems.append(
                Problem(
                    file,
                    1,
                    "ce fichier manque. Remettez-le (voir l'historique Git).",
                    "this file is missing. Put it back (see the Git history).",
                )
            )
            continue
        try:
            source = load(read_text(path, file), file)
        except (YamlProblem, NotUtf8) as error:
            problems.append(error.problem)
            continue
        if source.data is None:
            if not _may_be_empty(SCHEMAS[name]):
                problems.append(_empty_file(file))
                continue
            source.data = {}  # redirects.yml with nothing declared: no redirect
        sources[name] = source
    # Texts state the rules' values through `{name}`: filled before the checks.
    values = _values(sources)
    for name, source in sources.items():
        file = f"content/{name}"
        schema = SCHEMAS[name]
        if name == interface.FILE:  # its `{name}`s are the code's, not the rules'
            words = interface.table_problems(source, file)
            if words:  # worded for two tables: the schema's messages would say less
                problems += words
                continue
        elif values is not None:
            problems += rule_values.fill_data(source.data, values, source, file)
        duplicates = duplicate_ids(source.data, source, file)
        try:
            # The files validated so far are the context: the schema checks a file's
            # references to them (e2c.content.models.validated_before).
            model = schema.model_validate(source.data, context=loaded)
        except ValidationError as error:
            problems += schema_problems(error, schema, source, file) + duplicates
            continue
        problems += duplicates + source_checks.file_problems(model, source, file)
        loaded[name] = model
    if problems:
        raise ContentError(problems)
    return _content(loaded, sources, values or {})


def _content(
    loaded: Mapping[str, models.Strict], sources: dict[str, Located], values: rule_values.Values
) -> Content:
    """The content made of the model of each file of SCHEMAS."""
    return Content(
        site=_model(loaded, "site.yml", models.SiteFile),
        objectives=_model(loaded, "objectives.yml", models.ObjectivesFile),
        steps=_model(loaded, "steps.yml", models.StepsFile),
        partners=_model(loaded, "partners.yml", models.PartnersFile),
        figures=_model(loaded, "figures.yml", models.FiguresFile),
        eligibility=_model(loaded, "eligibility.yml", eligibility.EligibilityFile),
        leaflet=_model(loaded, "leaflet.yml", models.LeafletFile),
        charter=_model(loaded, "charter.yml", models.CharterFile),
        redirects=_model(loaded, "redirects.yml", models.RedirectsFile),
        links=_model(loaded, "links.yml", models.LinksFile),
        typical_path=_model(loaded, "typical_path.yml", models.TypicalPathFile),
        glossary=_model(loaded, "glossary.yml", models.GlossaryFile),
        reading=_model(loaded, "reading.yml", models.ReadingFile),
        interface=_model(loaded, interface.FILE, interface.InterfaceFile),
        sources=sources,
        values=values,
    )


def with_model(content: Content, file: str, model: models.Strict) -> Content:
    """`content` with `model` (of SCHEMAS[file]) for the file `file` (`site.yml`)."""
    loaded: dict[str, models.Strict] = {
        name: getattr(content, name.removesuffix(".yml")) for name in SCHEMAS
    }
    loaded[file] = model
    return _content(loaded, content.sources, content.values)
