"""The schema of each file in content/: what staff may write, and nothing else.

Every model forbids unknown keys (a typo is caught, not ignored). A field
marked `release=True` may stay empty while the site is prepared, but must be
filled before it goes live: `make release-check` lists it.

References are part of the schema: to another field of the file, to another
file (validated first, see `validated_before`), and to the ids the code relies
on (`LEAFLET_STEPS`, `FINDER_LINK`): a broken one is a message for staff.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Annotated, Any, Literal, Self, TypeVar, get_args
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from e2c.content import icons

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


def _https_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme != "https" or "." not in parts.netloc or " " in value:
        raise ValueError("not a well-formed https URL")
    return value


HttpsUrl = Annotated[str, AfterValidator(_https_url)]

_PHONE_SIGNS = re.compile(r"[\s.\-()\u00a0]")
_EMAIL = re.compile(r"^[^@\s<>\":]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")


def _phone(value: str) -> str:
    """A French number (0X XX XX XX XX, +33 X XX XX XX XX, +33 (0)X…, 0033 X…)
    or an international one."""
    digits = _PHONE_SIGNS.sub("", value.replace("(0)", ""))
    digits = "+" + digits[2:] if digits.startswith("00") else digits
    if not re.fullmatch(r"0[1-9]\d{8}|\+33[1-9]\d{8}|\+(?!33)\d{7,14}", digits):
        raise PydanticCustomError("phone_invalid", "not a phone number")
    return value


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise PydanticCustomError("email_invalid", "not an e-mail address")
    return value


def _blank_is_none(value: object) -> object:
    # `phone: ""` says "not known yet", like `phone:` with nothing after it.
    return None if isinstance(value, str) and not value.strip() else value


Phone = Annotated[str, AfterValidator(_phone)]
Email = Annotated[str, AfterValidator(_email)]
MaybePhone = Annotated[Phone | None, BeforeValidator(_blank_is_none)]
MaybeEmail = Annotated[Email | None, BeforeValidator(_blank_is_none)]


def release(**kwargs: Any) -> Any:
    """A field that may be empty now but must be filled before the site goes live.

    A field factory, like pydantic's `Field`: typed `Any` so that it stands as the
    default of a field of any type."""
    return Field(default=None, json_schema_extra={"release": True}, **kwargs)


# Errors in staff's words ------------------------------------------------------

# A place in a model's data, as pydantic locates errors: ("partners", 3, "kind").
Location = tuple[str | int, ...]


def staff_message(fr: str, en: str) -> PydanticCustomError:
    """A schema error whose words for staff are given here (e2c.content.validation shows them)."""
    return PydanticCustomError("e2c_message", "{en}", {"fr": fr, "en": en})


def staff_errors(model: str, messages: Sequence[tuple[Location, str, str]]) -> ValidationError:
    """Staff messages, each at its place in the value being validated. Raised from
    a validator, pydantic puts the value's own place in the file before each:
    every message names the line of the field it is about, all at once."""
    return ValidationError.from_exception_data(
        model,
        [
            InitErrorDetails(type=staff_message(fr, en), loc=place, input=None)
            for place, fr, en in messages
        ],
    )


def missing_kept_ids(
    ids: Iterable[str], kept: Sequence[str], used_by: tuple[str, str], item: tuple[str, str]
) -> tuple[str, str] | None:
    """The words (French, English) when an id the code relies on is gone, else None.

    `used_by` says what relies on them ("le dépliant reprend les étapes", "the
    leaflet uses the steps"), `item` what one of them is ("une étape", "a step")."""
    present = set(ids)
    missing = [one for one in kept if one not in present]
    if not missing:
        return None
    named = ", ".join(f"« {one} »" for one in missing)
    return (
        f"{used_by[0]} {', '.join(f'« {one} »' for one in kept)} : il manque {named}. "
        f"Si vous avez renommé {item[0]}, remettez son identifiant.",
        f"{used_by[1]} {', '.join(kept)}: {', '.join(missing)} is missing. "
        f"If you renamed {item[1]}, put its id back.",
    )


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Text(Strict):
    """A text in French and in English: both are required."""

    fr: NonEmpty
    en: NonEmpty

    def __getitem__(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


class Source(Strict):
    name: NonEmpty
    url: HttpsUrl | None = None


# site.yml -----------------------------------------------------------------


class Place(Strict):
    """A town where the school has (or had) a site."""

    id: Id
    town: NonEmpty
    note: Text | None = None
    address: str | None = None
    year: int
    source: Source


class Contact(Strict):
    phone: MaybePhone = release()
    email: MaybeEmail = release()
    address: str | None = release()
    opening_hours: Text | None = None


class Host(Strict):
    name: str | None = release()
    address: str | None = release()
    phone: MaybePhone = release()


class Legal(Strict):
    publisher: str | None = release()
    publisher_address: str | None = release()
    director: str | None = release()
    host: Host = Host()


class SocialLink(Strict):
    name: NonEmpty
    url: HttpsUrl


class SiteFile(Strict):
    name: Text
    short_name: NonEmpty
    description: Text
    website: HttpsUrl
    places: list[Place]
    contact: Contact = Contact()
    legal: Legal = Legal()
    social: list[SocialLink] = []


# objectives.yml -----------------------------------------------------------


class Item(Strict):
    """Something with an id, a short title and a text: an objective, a step."""

    id: Id
    title: Text
    text: Text


class ObjectivesFile(Strict):
    objectives: list[Item] = Field(min_length=1)


# steps.yml ----------------------------------------------------------------


class Step(Item):
    summary: bool = False  # also shown in the three steps of the home page


# The steps of the path the leaflet tells (e2c.render.documents): their ids must stay.
LEAFLET_STEPS = ("alternance", "fin", "suivi")


class StepsFile(Strict):
    joining: list[Step] = Field(min_length=1)
    path: list[Step] = Field(min_length=1)

    @field_validator("path")
    @classmethod
    def _keeps_the_leaflet_steps(cls, steps: list[Step]) -> list[Step]:
        words = missing_kept_ids(
            (step.id for step in steps),
            LEAFLET_STEPS,
            ("le dépliant reprend les étapes", "the leaflet uses the steps"),
            ("une étape", "a step"),
        )
        if words:
            raise staff_message(*words)
        return steps


# partners.yml -------------------------------------------------------------


class PartnerKind(Strict):
    id: Id
    name: Text
    text: Text | None = None


class Partner(Strict):
    id: Id
    kind: Id
    name: Text
    role: Text
    link: HttpsUrl | None = None


class PartnersFile(Strict):
    kinds: list[PartnerKind] = Field(min_length=1)
    partners: list[Partner] = Field(min_length=1)

    @model_validator(mode="after")
    def _kinds_hold(self) -> Self:
        kinds = [kind.id for kind in self.kinds]
        found: list[tuple[Location, str, str]] = [
            # Kinds and partners become sections of one page: their ids are its anchors.
            (
                ("partners", index, "id"),
                f"l'identifiant « {partner.id} » est déjà celui d'un type (kinds). "
                "Les deux sont des ancres de la même page : changez l'un des deux.",
                f"the id '{partner.id}' is already a kind's id. Both are anchors of "
                "the same page: change one of them.",
            )
            for index, partner in enumerate(self.partners)
            if partner.id in kinds
        ]
        found += [
            (
                ("partners", index, "kind"),
                f"le type « {partner.kind} » n'existe pas. Types connus : "
                f"{', '.join(kinds)}. Corrigez-le ou ajoutez ce type dans « kinds ».",
                f"the kind '{partner.kind}' does not exist. Known kinds: "
                f"{', '.join(kinds)}. Fix it or add this kind under 'kinds'.",
            )
            for index, partner in enumerate(self.partners)
            if partner.kind not in kinds
        ]
        if found:
            raise staff_errors("PartnersFile", found)
        return self


# figures.yml --------------------------------------------------------------

# The groups of figures a page shows (`<!-- e2c:figures local -->`, e2c.render.markers).
Scope = Literal["national", "local"]
SCOPES: tuple[str, ...] = get_args(Scope)


class Figure(Strict):
    id: Id
    value: int | float
    unit: Literal["", "%"] = ""
    qualifier: Literal["about", "more-than"] | None = None
    label: Text
    scope: Scope
    year: int
    source: Source


class FiguresFile(Strict):
    figures: list[Figure] = Field(min_length=1)


# The files of content/ described here, and their schema (e2c.content.loading adds
# the self-check's rules, whose schema lives with its evaluator).
SCHEMAS: dict[str, type[Strict]] = {
    "site.yml": SiteFile,
    "objectives.yml": ObjectivesFile,
    "steps.yml": StepsFile,
    "partners.yml": PartnersFile,
    "figures.yml": FiguresFile,
}


# leaflet.yml and charter.yml -------------------------------------------------


class LeafletSections(Strict):
    what: Text
    who: Text
    join: Text
    path: Text
    end: Text
    figures: Text
    contact: Text
    partners: Text


class LeafletFile(Strict):
    name: Text  # what the document is called where it is offered
    title: Text
    tagline: Text
    sections: LeafletSections


class Principle(Strict):
    id: Id
    text: Text


class OfficialLink(Strict):
    name: Text
    url: HttpsUrl


class CharterFile(Strict):
    title: Text
    intro: Text
    notice: Text
    principles: list[Principle] = Field(min_length=1)
    summary_source: Text
    official: OfficialLink


SCHEMAS["leaflet.yml"] = LeafletFile
SCHEMAS["charter.yml"] = CharterFile


# redirects.yml -------------------------------------------------------------

UrlPath = Annotated[str, StringConstraints(pattern=r"^/([a-z0-9-]+/)*([a-z0-9-]+\.pdf)?$")]


class Redirect(Strict):
    from_: UrlPath = Field(alias="from")
    to: UrlPath


class RedirectsFile(Strict):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    redirects: list[Redirect] = []

    @field_validator("redirects", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        # `redirects:` with nothing under it yet: no redirect.
        return [] if value is None else value


SCHEMAS["redirects.yml"] = RedirectsFile


# links.yml -------------------------------------------------------------------


class Link(Strict):
    """A site a reader is sent to, written once: texts name it `lien:ID`."""

    id: Id
    url: HttpsUrl
    label: Text
    text: Text | None = None
    checked: date  # when the address was last checked, and how
    how: NonEmpty


# The link every page's footer offers (e2c.render.content_blocks.footer): its id must stay.
FINDER_LINK = "trouver-un-conseiller"


class LinksFile(Strict):
    links: list[Link] = Field(min_length=1)

    @field_validator("links")
    @classmethod
    def _keeps_the_footer_link(cls, links: list[Link]) -> list[Link]:
        words = missing_kept_ids(
            (link.id for link in links),
            (FINDER_LINK,),
            ("le bas de chaque page propose le lien", "the footer of every page offers the link"),
            ("un lien", "a link"),
        )
        if words:
            raise staff_message(*words)
        return links


SCHEMAS["links.yml"] = LinksFile

_File = TypeVar("_File", bound=Strict)


def validated_before(info: ValidationInfo, name: str, schema: type[_File]) -> _File | None:
    """The content file `name` as validated before the one being validated:
    e2c.content.loading gives the files validated so far as the validation
    context. None when a file is validated alone, or when `name` is broken
    (its own problems tell: a reference to it would only add confusion)."""
    model = info.context.get(name) if isinstance(info.context, Mapping) else None
    return model if isinstance(model, schema) else None


def _a_link(link_id: str, info: ValidationInfo) -> str:
    links = validated_before(info, "links.yml", LinksFile)
    if links is None:
        return link_id
    known = [link.id for link in links.links]
    if link_id not in known:
        raise staff_message(
            f"le lien « {link_id} » n'est pas dans content/links.yml. Liens "
            f"possibles : {', '.join(known)}.",
            f"the link '{link_id}' is not in content/links.yml. Possible links: "
            f"{', '.join(known)}.",
        )
    return link_id


# The id of a link of content/links.yml, in another content file.
LinkId = Annotated[Id, AfterValidator(_a_link)]


# typical_path.yml --------------------------------------------------------------

IconName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+/[a-z0-9-]+$")]


def drawn_icon(example: str) -> AfterValidator:
    """An icon of the sets Material ships (e2c.content.icons draws it); `example`
    is the one the message suggests."""

    def exists(name: str) -> str:
        if icons.svg(name) is None:
            raise staff_message(
                f"l'icône « {name} » n'existe pas. Choisissez-en une sur "
                "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ "
                f"(par exemple « {example} »).",
                f"the icon '{name}' does not exist. Choose one on "
                "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ "
                f"(for example '{example}').",
            )
        return name

    return AfterValidator(exists)


class PathFact(Strict):
    id: Id
    # A pictogram of Material's icon sets, decorative.
    icon: Annotated[IconName, drawn_icon("material/cash")]
    text: Text


class TypicalPathFile(Strict):
    source: Source
    facts: list[PathFact] = Field(min_length=1)


SCHEMAS["typical_path.yml"] = TypicalPathFile


# glossary.yml ------------------------------------------------------------------


class Forms(Strict):
    """Other ways a term is written, by language: plural, feminine, abbreviation."""

    fr: list[NonEmpty] = []
    en: list[NonEmpty] = []

    def __getitem__(self, language: str) -> list[str]:
        return self.fr if language == "fr" else self.en


# An explanation is read on the easy-to-read pages too: their sentences' limit.
EXPLANATION_WORDS = 12


class Term(Strict):
    """A hard word, explained in one or two short sentences."""

    id: Id
    term: Text
    variants: Forms = Forms()
    explanation: Text

    def forms(self, language: str) -> list[str]:
        return [self.term[language], *self.variants[language]]

    @field_validator("explanation")
    @classmethod
    def _short_sentences(cls, explanation: Text) -> Text:
        found: list[tuple[Location, str, str]] = [
            (
                (language,),
                f"la phrase « {sentence} » a {len(sentence.split())} mots : "
                f"{EXPLANATION_WORDS} au plus, pour les pages « Facile à lire ». "
                "Coupez-la en deux phrases.",
                f"the sentence '{sentence}' has {len(sentence.split())} words: "
                f"at most {EXPLANATION_WORDS}, for the easy-to-read pages. "
                "Split it into two sentences.",
            )
            for language in ("fr", "en")
            for sentence in re.split(r"(?<=[.!?…])\s+", explanation[language])
            if len(sentence.split()) > EXPLANATION_WORDS
        ]
        if found:
            raise staff_errors("Term", found)
        return explanation


class GlossaryFile(Strict):
    terms: list[Term] = Field(min_length=1)


SCHEMAS["glossary.yml"] = GlossaryFile


# reading.yml -------------------------------------------------------------------

PagePath = Annotated[str, StringConstraints(pattern=r"^[a-z0-9/-]+\.md$")]


class Review(Strict):
    """The check of an easy-to-read text by people with learning disabilities."""

    by: Annotated[NonEmpty | None, BeforeValidator(_blank_is_none)] = None
    on: Annotated[date | None, BeforeValidator(_blank_is_none)] = None

    @property
    def done(self) -> bool:
        return bool(self.by and self.on)


class EasyPage(Strict):
    page: PagePath  # the easy-to-read page, in docs/
    full: PagePath  # the page it is the easy version of
    review: Review = Review()


class ReadingFile(Strict):
    trainee_pages: list[PagePath] = Field(min_length=1)
    easy_pages: list[EasyPage] = []
    easy_home: PagePath  # where the easy link leads from a page without its own easy version


SCHEMAS["reading.yml"] = ReadingFile
