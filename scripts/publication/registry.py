"""Load data/*.yml into one validated registry, or fail with every problem, file and line.

Each collection lives in ``data/<name>.yml`` and, as it grows, in any ``data/<name>/*.yml``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from . import yaml_messages
from .models import (
    CHAPTER_TYPES,
    Case,
    Chapter,
    Person,
    Principle,
    Publication,
    Quote,
    Theme,
    Workplace,
)
from .problems import ContentError, Problem
from .yamlsource import YamlDoc, load_yaml

# file stem -> (schema, what an editor calls one entry)
COLLECTIONS: dict[str, tuple[type[BaseModel], str]] = {
    "workplaces": (Workplace, "workplace"),
    "people": (Person, "person"),
    "themes": (Theme, "theme"),
    "principles": (Principle, "principle"),
    "cases": (Case, "case"),
    "quotes": (Quote, "quote"),
}

_FRIENDLY = {
    "missing": "is missing",
    "extra_forbidden": "is not a known field (typo?)",
    "string_pattern_mismatch": "must be a kebab-case id: a-z, 0-9 and '-' only",
    "string_too_short": "must not be empty",
    "too_short": "must not be empty",
    "list_type": "must be a list: write [a, b] (or one '- a' line per item)",
    "int_parsing": "must be a whole number",
    "bool_parsing": "must be true or false",
}
_DATE_ERRORS = {"date_from_datetime_parsing", "date_parsing", "date_type", "datetime_parsing"}
_SOURCE_PATTERN = "must be a file below sources/, such as raw/kapitel-3.txt (no '..', no '/' first)"


@dataclass(frozen=True)
class Where:
    """Where an entry stands: its file and line, and the lines of its fields."""

    path: str
    line: int | None
    doc: YamlDoc | None = field(default=None, compare=False, repr=False)
    entry: Any = field(default=None, compare=False, repr=False)

    def line_of(self, *keys: str) -> int | None:
        """Line of a field such as ('text', 'da'), or of the entry."""
        if self.doc is None:
            return self.line
        return self.doc.line_at(self.entry, *keys) or self.line

    @property
    def source(self) -> str | None:
        """The file below sources/ the entry names (quotes, principles, cases), if any."""
        value = self.entry.get("source") if isinstance(self.entry, dict) else None
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Registry:
    languages: tuple[str, ...]
    publication: Publication
    workplaces: dict[str, Workplace]
    people: dict[str, Person]
    themes: dict[str, Theme]
    principles: dict[str, Principle]  # in reading order (by number)
    cases: dict[str, Case]  # in reading order (file order)
    quotes: dict[str, Quote]
    places: dict[str, dict[str, Where]] = field(default_factory=dict, repr=False)

    @cached_property
    def _case_of_workplace(self) -> dict[str, Case]:
        return {case.workplace: case for case in self.cases.values()}

    @cached_property
    def _case_numbers(self) -> dict[str, int]:
        return {case_id: number for number, case_id in enumerate(self.cases, 1)}

    def case_for_workplace(self, workplace_id: str) -> Case | None:
        return self._case_of_workplace.get(workplace_id)

    def case_number(self, case_id: str) -> int:
        """The case's place in reading order, from 1."""
        return self._case_numbers[case_id]

    def chapters_of(self, kind: str) -> dict[str, Chapter]:
        """The principles or the cases, by the kind a page's front matter names."""
        return getattr(self, next(t.TABLE for t in CHAPTER_TYPES if kind == t.KIND))

    def where(self, collection: str, entry_id: str) -> Where:
        return self.places[collection][entry_id]


# --- loading -----------------------------------------------------------------

def _collection_files(data_dir: Path, name: str) -> list[Path]:
    files = [data_dir / f"{name}.yml"] if (data_dir / f"{name}.yml").exists() else []
    return files + sorted((data_dir / name).glob("*.yml"))


def _schema_problems(doc: YamlDoc, entry: dict, label: str, error: ValidationError,
                     model: type[BaseModel]):
    entry_id = entry.get("id") or entry.get("date") or "?"  # a change has its date, no id
    stranded = yaml_messages.stranded(entry, {str(d["loc"][0]) for d in error.errors()
                                              if d["type"] == "extra_forbidden"},
                                      model.model_fields)
    for name, parent in stranded.items():  # one message for the field and its parent
        yield Problem(doc.path, doc.line_of(entry, name) or doc.line_of(entry),
                      f"{label} '{entry_id}': " + yaml_messages.stranded_message(
                          name, parent, doc.line_of(entry, parent), entry[parent] is None))
    for detail in error.errors():
        loc = [str(part) for part in detail["loc"]]
        if loc and (loc[0] in stranded or loc[0] in stranded.values()):
            continue
        line = doc.line_at(entry, *loc[:2]) if loc else doc.line_of(entry)
        message = _FRIENDLY.get(detail["type"], detail["msg"])
        if detail["type"] in _DATE_ERRORS:
            message = f"'{detail.get('input')}' is not a date: write it as YYYY-MM-DD (2027-01-05)"
        if detail["type"] == "string_type" and detail.get("input") is None and len(loc) > 1:
            message = ("is empty: in a one-line {da: …, en: …}, a comma splits the text; "
                       "put the text in quotes")
        if loc and loc[0] in ("source", "sources") and detail["type"] == "string_pattern_mismatch":
            message = _SOURCE_PATTERN
        deeper = yaml_messages.misplaced(entry, loc[0]) if detail["type"] == "missing" \
            and len(loc) == 1 else None
        if deeper:  # there, one level too deep: say so, at its line
            parent, holder = deeper
            line = doc.line_of(holder, loc[0])
            message = yaml_messages.misplaced_message(loc[0], parent, doc.line_of(entry, parent))
            yield Problem(doc.path, line, f"{label} '{entry_id}': {message}")
            continue
        yield Problem(doc.path, line or doc.line_of(entry),
                      f"{label} '{entry_id}': field '{'.'.join(loc)}' {message}")


ALL = "*"  # in ``skipped``: a whole file of the collection could not be read


def load_entries(root: Path, name: str, model: type[BaseModel], label: str,
                 problems: list[Problem], skipped: set[str] | None = None):
    """Entries of data/<name>.yml (and data/<name>/*.yml) as (record, where), schema-checked;
    bad entries are skipped, their problems collected and their ids put in ``skipped``."""
    loaded: list[tuple[Any, Where]] = []
    skipped = set() if skipped is None else skipped
    for path in _collection_files(root / "data", name):
        try:
            doc = load_yaml(path, path.relative_to(root).as_posix(), expect=list,
                            what=f" of {label} entries")
        except ContentError as error:
            problems.extend(error.problems)
            skipped.add(ALL)
            continue
        for entry in doc.data or []:
            if not isinstance(entry, dict):
                problems.append(Problem(doc.path, doc.line_of(doc.data) or 1,
                                        f"every {label} entry must be a mapping (id: …)"))
                continue
            try:
                record = model.model_validate(entry)
            except ValidationError as error:
                problems.extend(_schema_problems(doc, entry, label, error, model))
                skipped.add(str(entry.get("id")))
                continue
            loaded.append((record, Where(doc.path, doc.line_of(entry), doc, entry)))
    return loaded


def _index_by_id(loaded, label: str, problems: list[Problem]):
    records: dict[str, Any] = {}
    places: dict[str, Where] = {}
    for record, where in loaded:
        if record.id in records:
            first = places[record.id]
            problems.append(Problem(where.path, where.line,
                                    f"duplicate {label} id '{record.id}' "
                                    f"(also defined at {first.path}:{first.line})"))
            continue
        records[record.id] = record
        places[record.id] = where
    return records, places


# --- checks across entries -----------------------------------------------------

def unknown_id(kind: str, wanted: str, known: Iterable[str]) -> str:
    known = sorted(known)
    close = difflib.get_close_matches(wanted, known, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else f" (known: {', '.join(known)})"
    return f"unknown {kind} id '{wanted}'{hint}"


def _localized_fields(record: BaseModel):
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, dict) and name != "sources":
            yield name, value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield f"{name}[{index}]", item


def language_problems(record, label, where: Where, languages: Sequence[str]):
    """Every localized field has a text in each configured language, and no other."""
    name = getattr(record, "id", None) or getattr(record, "date", "?")
    for field_name, texts in _localized_fields(record):
        line = where.line_of(field_name.split("[")[0])
        for lang in languages:
            if lang not in texts:
                yield Problem(where.path, line,
                              f"{label} '{name}': '{field_name}' has no '{lang}' text")
        for lang in texts:
            if lang not in languages:
                yield Problem(where.path, line,
                              f"{label} '{name}': '{field_name}' has text for unconfigured "
                              f"language '{lang}' (configured: {', '.join(languages)})")


# collection -> [(field, target collection)]
_REFERENCES = {
    "people": [("workplace", "workplaces")],
    "quotes": [("person", "people"), ("principle", "principles"), ("themes", "themes")],
    "principles": [("cases", "cases"), ("themes", "themes")],
    "cases": [("workplace", "workplaces"), ("themes", "themes")],
}


def _reference_problems(tables, places, publication: Publication | None, skipped):
    """Every id a record names must exist; every source a record names must be registered.
    An id whose own entry (or file) is already reported is not reported again everywhere
    it is named."""
    for name, fields in _REFERENCES.items():
        label = COLLECTIONS[name][1]
        for record_id, record in tables[name].items():
            where = places[name][record_id]
            for field_name, target in fields:
                if ALL in skipped[target]:
                    continue
                value = getattr(record, field_name)
                for wanted in value if isinstance(value, list) else [value]:
                    if wanted is not None and wanted not in tables[target] \
                            and wanted not in skipped[target]:
                        yield Problem(where.path, where.line_of(field_name),
                                      f"{label} '{record_id}' names "
                                      + unknown_id(COLLECTIONS[target][1], wanted, tables[target]))
    for name in ("principles", "cases", "quotes"):
        label = COLLECTIONS[name][1]
        for record_id, record in tables[name].items():
            if publication is not None and record.source not in publication.sources:
                where = places[name][record_id]
                close = difflib.get_close_matches(record.source, publication.sources, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                yield Problem(where.path, where.line_of("source"),
                              f"{label} '{record_id}': source '{record.source}' is not "
                              f"registered{hint}: add it under 'sources:' in "
                              "data/publication.yml")


def _unique(records, places, key, describe):
    """Problems for records whose ``key`` repeats an earlier record's."""
    first: dict = {}
    for record in records:
        value = key(record)
        if value in first:
            where = places[record.id]
            yield Problem(where.path, where.line, describe(record, first[value]))
        first.setdefault(value, record.id)


def _former_id_problems(tables, places):
    """A former id keeps old anchors alive: it may not be a current id or anyone else's."""
    for name in ("principles", "cases"):
        label = COLLECTIONS[name][1]
        owners: dict[str, str] = {}
        for record_id, record in tables[name].items():
            for former in record.former_ids:
                where = places[name][record_id]
                if former in tables[name]:
                    yield Problem(where.path, where.line_of("former_ids"),
                                  f"{label} '{record_id}': former id '{former}' is the id of "
                                  f"a current {label}")
                elif former in owners:
                    yield Problem(where.path, where.line_of("former_ids"),
                                  f"{label} '{record_id}': former id '{former}' is also a "
                                  f"former id of '{owners[former]}'")
                owners.setdefault(former, record_id)


def _uniqueness_problems(tables, places):
    yield from _unique(
        tables["principles"].values(), places["principles"], lambda p: p.number,
        lambda p, other: f"principle '{p.id}' has number {p.number}, already used by '{other}'")
    yield from _unique(
        tables["cases"].values(), places["cases"], lambda c: c.workplace,
        lambda c, other: f"case '{c.id}': workplace '{c.workplace}' already has the case '{other}'")
    yield from _former_id_problems(tables, places)


def load_publication(root: Path) -> Publication:
    """data/publication.yml alone (what the sources are), or ContentError."""
    problems: list[Problem] = []
    publication = _load_publication(root, problems)
    if publication is None:
        raise ContentError(problems)
    return publication


def _load_publication(root: Path, problems: list[Problem]) -> Publication | None:
    path = root / "data" / "publication.yml"
    if not path.exists():
        problems.append(Problem("data/publication.yml", None, "file is missing"))
        return None
    try:
        doc = load_yaml(path, "data/publication.yml", expect=dict,
                        what=" of facts about the publication (title:, publisher:, …)")
    except ContentError as error:
        problems.extend(error.problems)
        return None
    if doc.data is None:
        problems.append(Problem(doc.path, 1, "is empty: it must give the publication's title, "
                                             "publisher, partner, edition and sources"))
        return None
    try:
        return Publication.model_validate(doc.data)
    except ValidationError as error:
        problems.extend(_schema_problems(doc, doc.data, "publication", error, Publication))
        return None


def load_registry(root: Path, languages: Sequence[str]) -> Registry:
    """Read and check every data file below ``root/data``; raise ContentError listing problems."""
    problems: list[Problem] = []
    tables: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Where]] = {}
    skipped: dict[str, set[str]] = {name: set() for name in COLLECTIONS}
    for name, (model, label) in COLLECTIONS.items():
        loaded = load_entries(root, name, model, label, problems, skipped[name])
        tables[name], places[name] = _index_by_id(loaded, label, problems)
        for record_id, record in tables[name].items():
            problems.extend(language_problems(record, label, places[name][record_id], languages))
    publication = _load_publication(root, problems)
    problems.extend(_reference_problems(tables, places, publication, skipped))
    problems.extend(_uniqueness_problems(tables, places))
    if problems or publication is None:
        raise ContentError(problems)
    return Registry(
        languages=tuple(languages),
        publication=publication,
        workplaces=tables["workplaces"],
        people=tables["people"],
        themes=tables["themes"],
        principles=dict(sorted(tables["principles"].items(), key=lambda kv: kv[1].number)),
        cases=tables["cases"],
        quotes=tables["quotes"],
        places=places,
    )
