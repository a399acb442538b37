"""The schema of each file in content/: what staff may write, and nothing else.

Every model forbids unknown keys (a typo is caught, not ignored). A field
marked `release=True` may stay empty while the site is prepared, but must be
filled before it goes live: `make release-check` lists it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)
from pydantic_core import PydanticCustomError

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


def staff_message(fr: str, en: str) -> PydanticCustomError:
    """A schema error whose words for staff are given here (e2c.content.validation shows them)."""
    return PydanticCustomError("e2c_message", "{en}", {"fr": fr, "en": en})


class StepsFile(Strict):
    joining: list[Step] = Field(min_length=1)
    path: list[Step] = Field(min_length=1)

    @field_validator("path")
    @classmethod
    def _keeps_the_leaflet_steps(cls, steps: list[Step]) -> list[Step]:
        ids = {step.id for step in steps}
        missing = [step for step in LEAFLET_STEPS if step not in ids]
        if missing:
            named = ", ".join(f"« {step} »" for step in missing)
            raise staff_message(
                f"le dépliant reprend les étapes {', '.join(f'« {step} »' for step in LEAFLET_STEPS)} : il manque "
                f"{named}. Si vous avez renommé une étape, remettez son identifiant.",
                f"the leaflet uses the steps {', '.join(LEAFLET_STEPS)}: "
                f"{', '.join(missing)} is missing. If you renamed a step, put its id back.",
            )
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


# figures.yml --------------------------------------------------------------


class Figure(Strict):
    id: Id
    value: int | float
    unit: Literal["", "%"] = ""
    qualifier: Literal["about", "more-than"] | None = None
    label: Text
    scope: Literal["national", "local"]
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


class LinksFile(Strict):
    links: list[Link] = Field(min_length=1)


SCHEMAS["links.yml"] = LinksFile


# typical_path.yml --------------------------------------------------------------

IconName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+/[a-z0-9-]+$")]


class PathFact(Strict):
    id: Id
    icon: IconName  # a pictogram of Material's icon sets, decorative
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


class Term(Strict):
    """A hard word, explained in one or two short sentences."""

    id: Id
    term: Text
    variants: Forms = Forms()
    explanation: Text

    def forms(self, language: str) -> list[str]:
        return [self.term[language], *self.variants[language]]


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
