"""N times the content, in place in a project copy: copies 2..N of every record and of every
principle and case page (both languages), with new ids (ID-sK), where an editor adds them.

The copies pass the strict build like real content: their words are the originals' (already
in sources/), and the names numbered to tell copies apart go into sources/synthetic.md,
registered in publication.yml. A copy's records point at the copy's records, except a
principle's `cases:`, which must equal the workplaces its (copied) text names: the originals;
copied workplaces get aliases no text contains. Chapters get a short `short_title` (<title>
within 70 characters); pages keep their front matter and twins, shortcodes renamed in both.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from publication.models import CHAPTER_TYPES, Case, Principle
from publication.shortcodes import SHORTCODE

COLLECTIONS = ("workplaces", "people", "themes", "principles", "cases", "quotes")
# collection -> fields naming records of the same copy
LINKED = {"people": ("workplace",), "principles": ("themes",),
          "cases": ("workplace", "themes"), "quotes": ("person", "principle", "themes")}
# table -> the front matter key and folder of its pages, as the chapter types say
PAGES = {kind.TABLE: (kind.KIND, kind.FOLDER) for kind in CHAPTER_TYPES}
# The synthetic text lives beside the originals: its numbered copies of their passages are
# meant to differ from them (publication.source_copies compares only the clean copies).
DATA_FILE, SOURCE_FILE = "bench-synthetic.yml", "raw/synthetic.md"
REGISTRATION = (f"sources:\n  {SOURCE_FILE}:\n    da: Syntetisk indhold til make bench\n"
                "    en: Synthetic content for make bench\n")
_FRONT = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.DOTALL)


def copy_id(record_id: str, copy: int) -> str:
    return f"{record_id}-s{copy}"


def read_collection(root: Path, name: str) -> list[dict]:
    """data/NAME.yml and data/NAME/*.yml, as the registry reads them."""
    paths = [root / "data" / f"{name}.yml", *sorted((root / "data" / name).glob("*.yml"))]
    return [entry for path in paths if path.is_file()
            for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []]


def copy_record(name: str, entry: dict, copy: int, numbers: int, said: list[str]) -> dict:
    """Copy ``copy`` of one record; Danish texts shown as the publication's go to ``said``."""
    record = {**entry, "id": copy_id(entry["id"], copy)}
    record.pop("former_ids", None)  # a former id belongs to one chapter only
    for field in (f for f in LINKED.get(name, ()) if entry.get(f) is not None):
        value = entry[field]
        record[field] = ([copy_id(v, copy) for v in value] if isinstance(value, list)
                         else copy_id(value, copy))
    if name == "workplaces":
        record["name"] = {lang: f"{text} {copy}" for lang, text in entry["name"].items()}
        record["aliases"] = [f"{alias} (kopi {copy})" for alias in entry["aliases"]]
        said.append(record["name"]["da"])
    elif name == "people":
        record["name"] = f"{entry['name']} {copy}"
        said.append(record["name"])
    elif name == "themes":
        record["name"] = {lang: f"{text} {copy}" for lang, text in entry["name"].items()}
    elif name == "principles":
        record["number"] = entry["number"] + (copy - 1) * numbers
        record["short_title"] = {"da": f"Greb {record['number']}",
                                 "en": f"Principle {record['number']}"}
    elif name == "cases":  # the tab title would be the numbered workplace name: too long
        record["short_title"] = dict.fromkeys(("da", "en"), f"Case {record['id']}"[:30])
    return record


def copy_page(markdown: str, key: str, copy: int, ids: set[str]) -> str:
    """The page of a copy: its front matter key and shortcode ids point into the copy."""
    match = _FRONT.match(markdown)
    front = re.sub(rf"^{key}:\s*(\S+)\s*$", lambda m: f"{key}: {copy_id(m[1], copy)}",
                   match["body"], flags=re.MULTILINE)

    def shortcode(m: re.Match) -> str:
        if m["arg"] not in ids:
            return m[0]
        return m[0].replace(m["arg"], copy_id(m["arg"], copy))

    return f"---\n{front}\n---\n" + SHORTCODE.sub(shortcode, markdown[match.end():])


def _write_pages(root: Path, name: str, entries: list[dict], copies: range,
                 ids: set[str]) -> list[str]:
    key, folder = PAGES[name]
    nav = []
    for copy in copies:
        for entry in entries:
            for source in sorted((root / "docs" / folder).glob(f"{entry['id']}.*md")):
                suffix = source.name[len(entry["id"]):]  # '.md' or '.en.md'
                target = source.with_name(copy_id(entry["id"], copy) + suffix)
                target.write_text(copy_page(source.read_text(encoding="utf-8"), key, copy, ids),
                                  encoding="utf-8")
            nav.append(f"{folder}/{copy_id(entry['id'], copy)}.md")
    return nav


def scale(root: Path, factor: int) -> dict[str, list[str]]:
    """Grow the project copy at ``root`` to ``factor`` times its content; returns the nav
    additions per section folder ('greb', 'cases'), in reading order."""
    if factor <= 1:
        return {}
    copies = range(2, factor + 1)
    originals = {name: read_collection(root, name) for name in COLLECTIONS}
    numbers = max(p["number"] for p in originals["principles"])
    ids = {entry["id"] for entries in originals.values() for entry in entries}
    said: list[str] = []
    for name, entries in originals.items():
        records = [copy_record(name, e, k, numbers, said) for k in copies for e in entries]
        folder = root / "data" / name
        folder.mkdir(exist_ok=True)
        (folder / DATA_FILE).write_text(yaml.safe_dump(records, allow_unicode=True,
                                                       sort_keys=False), encoding="utf-8")
    (root / "sources" / SOURCE_FILE).write_text("\n\n".join(said) + "\n", encoding="utf-8")
    publication = root / "data" / "publication.yml"
    text = publication.read_text(encoding="utf-8")
    if "\nsources:\n" not in text:
        raise RuntimeError("data/publication.yml has no 'sources:' mapping to register "
                           f"{SOURCE_FILE} in")
    publication.write_text(text.replace("\nsources:\n", "\n" + REGISTRATION, 1),
                           encoding="utf-8")
    by_number = sorted(originals["principles"], key=lambda p: p["number"])
    return {Principle.FOLDER: _write_pages(root, Principle.TABLE, by_number, copies, ids),
            Case.FOLDER: _write_pages(root, Case.TABLE, originals[Case.TABLE], copies, ids)}
