"""The typed schema of the data registry (data/*.yml). Unknown fields are refused."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# kebab-case ASCII: ids end up in URLs, anchors and data-* attributes.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# One text per language code; which languages are required is checked by the registry.
Localized = dict[str, Text]
Completeness = Literal["full", "summary"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Workplace(Record):
    id: Id
    name: Localized
    municipality: Localized | None
    kind: Localized
    aliases: list[Text] = Field(min_length=1)


class Person(Record):
    id: Id
    name: Text
    role: Localized
    workplace: Id
    workplace_basis: Localized


class Theme(Record):
    id: Id
    name: Localized
    description: Localized


class Principle(Record):
    id: Id
    number: Annotated[int, Field(ge=1)]
    title: Localized
    text: Completeness
    source: Text
    cases: list[Id]
    themes: list[Id] = Field(min_length=1)
    questions: list[Localized]


class Case(Record):
    id: Id
    workplace: Id
    tagline: Localized
    text: Completeness
    source: Text
    themes: list[Id] = Field(min_length=1)
    advice: list[Localized] = Field(min_length=1)


class Quote(Record):
    id: Id
    person: Id
    principle: Id
    themes: list[Id] = Field(min_length=1)
    source: Text
    text: Localized


class Partner(Record):
    name: Text
    gloss: Localized = {}


class Publication(Record):
    title: Localized
    title_gloss: Localized = {}
    publisher: Text
    partner: Partner
    edition: Text
    sources: dict[str, Localized]  # sources/ file -> what it is


class Change(Record):
    """One entry of data/changelog.yml."""

    date: datetime.date
    pages: list[Text]
    text: Localized
