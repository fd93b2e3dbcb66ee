"""The typed schema of the data registry (data/*.yml). Unknown fields are refused."""

from __future__ import annotations

import datetime
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# kebab-case ASCII: ids end up in URLs, anchors and data-* attributes.
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# A file below sources/: plain names joined by '/', none starting with a dot, so a value can
# never climb out of the folder ('..') or name a hidden file.
SourcePath = Annotated[str, StringConstraints(
    pattern=r"^[A-Za-z0-9_-][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$")]
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


class Chapter(Record):
    """What principles and cases share: a page of their own at greb/ID or cases/ID. Which kind
    a chapter is, its folder in docs/ and its table in the registry are said here, once."""

    KIND: ClassVar[str]  # the front matter key of its page: principle: ID / case: ID
    FOLDER: ClassVar[str]  # its pages' folder below docs/
    TABLE: ClassVar[str]  # its data file (data/<TABLE>.yml) and registry table

    id: Id
    text: Completeness
    source: SourcePath
    themes: list[Id] = Field(min_length=1)
    # A shorter title for browser tabs and search results (<title> stays within 70 characters).
    short_title: Localized | None = None
    # Ids this chapter was published under before a rename: their anchors keep working.
    former_ids: list[Id] = []


    @property
    def page(self) -> str:
        """Its Danish page, docs-relative: 'greb/ID.md'."""
        return f"{self.FOLDER}/{self.id}.md"


class Principle(Chapter):
    KIND, FOLDER, TABLE = "principle", "greb", "principles"
    number: Annotated[int, Field(ge=1)]
    title: Localized
    cases: list[Id]
    questions: list[Localized]


class Case(Chapter):
    KIND, FOLDER, TABLE = "case", "cases", "cases"
    workplace: Id
    tagline: Localized
    advice: list[Localized] = Field(min_length=1)


CHAPTER_TYPES: tuple[type[Chapter], ...] = (Principle, Case)


class Quote(Record):
    id: Id
    person: Id
    # The principle the quote speaks to; none for a quote that only a case's text holds.
    principle: Id | None = None
    themes: list[Id] = Field(min_length=1)
    source: SourcePath
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
    # Every file in sources/, by its path below sources/, with what it is (for the colophon).
    sources: dict[SourcePath, Localized] = Field(min_length=1)


class Change(Record):
    """One entry of data/changelog.yml."""

    date: datetime.date
    pages: list[Text]
    text: Localized
