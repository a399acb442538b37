"""Loading every file of content/ into checked, typed objects.

All files are read and checked before anything is built, and every mistake
found is reported at once, so that one run of `make check` lists them all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from pydantic import ValidationError

from e2c import eligibility, icons, models, rule_values
from e2c.problems import Problem
from e2c.text_files import NotUtf8, read_text
from e2c.validation import duplicate_ids, field_name, schema_problems
from e2c.yaml_source import Located, YamlProblem, load
from e2c.yaml_source import Path as FieldPath

# Every file of content/ and its schema.
SCHEMAS: dict[str, type[models.Strict]] = {
    **models.SCHEMAS,
    "eligibility.yml": eligibility.EligibilityFile,
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
    # Each file as read, to point at a field's line later (release check).
    sources: dict[str, Located]
    # What `{name}` stands for in a page, by language (e2c.rule_values).
    values: rule_values.Values


def _thousands_separators(model: models.FiguresFile, source: Located, file: str) -> list[Problem]:
    """A count written "17.165" is read as 17.165: a dot before exactly three
    digits in a count (no unit) is a thousands separator, not a decimal."""
    problems = []
    for index, figure in enumerate(model.figures):
        path = ("figures", index, "value")
        written = source.decimals.get(path, "")
        if figure.unit == "" and re.fullmatch(r"\d{1,3}(\.\d{3})+", written):
            whole = written.replace(".", "")
            problems.append(
                Problem(
                    file,
                    source.line_of(path),
                    f"« {written} » se lit comme un nombre à virgule. Si c'est {whole}, "
                    f"écrivez {whole}, sans point, espace ni virgule entre les milliers.",
                    f"'{written}' reads as a decimal number. If it is {whole}, write {whole}, "
                    "without a dot, space or comma between thousands.",
                    field=field_name(path),
                )
            )
    return problems


def _cross_problems(name: str, model: models.Strict, source: Located, file: str) -> list[Problem]:
    """Mistakes that involve two fields: a reference to an unknown id, a reversed range."""
    problems = []
    if isinstance(model, eligibility.EligibilityFile):
        problems += eligibility.cross_problems(model, source, file)
    if isinstance(model, models.TypicalPathFile):
        for index, fact in enumerate(model.facts):
            if icons.svg(fact.icon) is None:
                path = ("facts", index, "icon")
                problems.append(
                    Problem(
                        file,
                        source.line_of(path),
                        f"l'icône « {fact.icon} » n'existe pas. Choisissez-en une sur "
                        "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ "
                        "(par exemple « material/cash »).",
                        f"the icon '{fact.icon}' does not exist. Choose one on "
                        "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ "
                        "(for example 'material/cash').",
                        field=field_name(path),
                    )
                )
    if isinstance(model, models.FiguresFile):
        problems += _thousands_separators(model, source, file)
    if isinstance(model, models.GlossaryFile):
        problems += _glossary_problems(model, source, file)
    if isinstance(model, models.PartnersFile):
        kinds = [kind.id for kind in model.kinds]
        # Kinds and partners become sections of one page: their ids are its anchors.
        for index, partner in enumerate(model.partners):
            if partner.id in kinds:
                path = ("partners", index, "id")
                problems.append(
                    Problem(
                        file,
                        source.line_of(path),
                        f"l'identifiant « {partner.id} » est déjà celui d'un type (kinds). "
                        "Les deux sont des ancres de la même page : changez l'un des deux.",
                        f"the id '{partner.id}' is already a kind's id. Both are anchors of "
                        "the same page: change one of them.",
                        field=field_name(path),
                    )
                )
        for index, partner in enumerate(model.partners):
            if partner.kind not in kinds:
                path = ("partners", index, "kind")
                problems.append(
                    Problem(
                        file,
                        source.line_of(path),
                        f"le type « {partner.kind} » n'existe pas. Types connus : "
                        f"{', '.join(kinds)}. Corrigez-le ou ajoutez ce type dans « kinds ».",
                        f"the kind '{partner.kind}' does not exist. Known kinds: "
                        f"{', '.join(kinds)}. Fix it or add this kind under 'kinds'.",
                        field=field_name(path),
                    )
                )
    return problems


# An explanation is read on the easy-to-read pages too: their sentences' limit.
EXPLANATION_WORDS = 12


def _glossary_problems(model: models.GlossaryFile, source: Located, file: str) -> list[Problem]:
    """A word explained twice (the page would not know which explanation to
    give), and an explanation too long for the easy-to-read pages."""
    problems = []
    for index, term in enumerate(model.terms):
        for language in ("fr", "en"):
            for sentence in re.split(r"(?<=[.!?…])\s+", term.explanation[language]):
                if len(sentence.split()) > EXPLANATION_WORDS:
                    path: FieldPath = ("terms", index, "explanation", language)
                    problems.append(
                        Problem(
                            file,
                            source.line_of(path),
                            f"la phrase « {sentence} » a {len(sentence.split())} mots : "
                            f"{EXPLANATION_WORDS} au plus, pour les pages « Facile à lire ». "
                            "Coupez-la en deux phrases.",
                            f"the sentence '{sentence}' has {len(sentence.split())} words: "
                            f"at most {EXPLANATION_WORDS}, for the easy-to-read pages. "
                            "Split it into two sentences.",
                            field=field_name(path),
                        )
                    )
    for language in ("fr", "en"):
        seen: dict[str, int] = {}
        for index, term in enumerate(model.terms):
            paths: list[FieldPath] = [("terms", index, "term", language)] + [
                ("terms", index, "variants", language, number)
                for number in range(len(term.variants[language]))
            ]
            for form, path in zip(term.forms(language), paths, strict=True):
                key = " ".join(form.casefold().split())
                line = source.line_of(path)
                if key in seen:
                    problems.append(
                        Problem(
                            file,
                            line,
                            f"le mot « {form} » est déjà expliqué ligne {seen[key]}. "
                            "Un mot n'a qu'une explication : gardez-le à un seul endroit.",
                            f"the word '{form}' is already explained on line {seen[key]}. "
                            "A word has one explanation only: keep it in one place.",
                            field=field_name(path),
                        )
                    )
                else:
                    seen[key] = line
    return problems


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


def _action_problems(loaded: Mapping[str, models.Strict], source: Located) -> list[Problem]:
    """Each outcome's actions are links of content/links.yml."""
    known = [link.id for link in _model(loaded, "links.yml", models.LinksFile).links]
    problems = []
    rules = _model(loaded, "eligibility.yml", eligibility.EligibilityFile)
    for index, outcome in enumerate(rules.outcomes):
        for position, action in enumerate(outcome.actions):
            if action not in known:
                path = ("outcomes", index, "actions", position)
                problems.append(
                    Problem(
                        "content/eligibility.yml",
                        source.line_of(path),
                        f"le lien « {action} » n'est pas dans content/links.yml. Liens "
                        f"possibles : {', '.join(known)}.",
                        f"the link '{action}' is not in content/links.yml. Possible links: "
                        f"{', '.join(known)}.",
                        field=field_name(path),
                    )
                )
    return problems


def _values(sources: dict[str, Located]) -> rule_values.Values | None:
    """What `{name}` and `lien:ID` stand for, when content/eligibility.yml and
    content/links.yml are valid (else their own problems tell)."""
    if "eligibility.yml" not in sources or "links.yml" not in sources:
        return None
    try:
        rules = eligibility.EligibilityFile.model_validate(sources["eligibility.yml"].data)
        links = models.LinksFile.model_validate(sources["links.yml"].data)
    except ValidationError:
        return None
    return rule_values.link_values(links.links, rule_values.rule_values(rules))


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
        if values is not None:
            problems += rule_values.fill_data(source.data, values, source, file)
        duplicates = duplicate_ids(source.data, source, file)
        try:
            model = schema.model_validate(source.data)
        except ValidationError as error:
            problems += schema_problems(error, schema, source, file) + duplicates
            continue
        problems += duplicates + _cross_problems(name, model, source, file)
        loaded[name] = model
    if "eligibility.yml" in loaded and "links.yml" in loaded:
        problems += _action_problems(loaded, sources["eligibility.yml"])
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
