"""N times the content: copies of every record and every principle and case page, with new ids.

Copy k (k = 2..N) is a self-contained replica of the real publication: its principles name
its own cases, its quotes its own people, principles and themes, and so on, so every
generated index, cross-link and search entry grows as it would with real content. The
copies go where an editor would put them (data/<collection>/*.yml, docs/greb/, docs/cases/)
and the nav lists them, so the strict build checks them like real pages.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .project import SHORTCODE

# collection -> {field: the collection its ids point into}
REFERENCES: dict[str, dict[str, str]] = {
    "workplaces": {},
    "people": {"workplace": "workplaces"},
    "themes": {},
    "principles": {"cases": "cases", "themes": "themes"},
    "cases": {"workplace": "workplaces", "themes": "themes"},
    "quotes": {"person": "people", "principle": "principles", "themes": "themes"},
}
# Visible names get the copy number, so copies are told apart on pages and in search.
NAME_FIELDS = {"workplaces": "name", "people": "name", "themes": "name", "principles": "title"}
# Pages per record: front matter key and folder under docs/.
PAGES = {"principles": ("principle", "greb"), "cases": ("case", "cases")}
GENERATED_FILE = "bench-synthetic.yml"
_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.DOTALL)


def copy_id(record_id: str, copy: int) -> str:
    return f"{record_id}-s{copy}"


def read_collection(root: Path, name: str) -> list[dict]:
    """Every entry of a collection, as the registry reads it: data/NAME.yml + data/NAME/*.yml."""
    data = root / "data"
    paths = [data / f"{name}.yml", *sorted((data / name).glob("*.yml"))]
    entries: list[dict] = []
    for path in paths:
        if path.is_file():
            entries += yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return entries


def _renamed(value, copy: int):
    return [copy_id(v, copy) for v in value] if isinstance(value, list) else copy_id(value, copy)


def _with_number(name, copy: int):
    if isinstance(name, dict):
        return {lang: f"{text} {copy}" for lang, text in name.items()}
    return f"{name} {copy}"


def copy_record(collection: str, entry: dict, copy: int, numbers_per_copy: int) -> dict:
    record = {**entry, "id": copy_id(entry["id"], copy)}
    for field, _target in REFERENCES[collection].items():
        record[field] = _renamed(entry[field], copy)
    if collection in NAME_FIELDS:
        field = NAME_FIELDS[collection]
        record[field] = _with_number(entry[field], copy)
    if collection == "principles":
        record["number"] = entry["number"] + (copy - 1) * numbers_per_copy
    return record


def copy_page(markdown: str, key: str, record_id: str, copy: int) -> str:
    """The page of copy ``copy``: its front matter and every shortcode id point into the copy."""
    match = _FRONT_MATTER.match(markdown)
    front = re.sub(rf"^{key}:.*$", f"{key}: {copy_id(record_id, copy)}", match["body"],
                   flags=re.MULTILINE)

    def shortcode(m: re.Match) -> str:
        return f"<!-- {m['name']}: {copy_id(m['arg'].strip(), copy)} -->" if m["arg"] else m[0]

    return f"---\n{front}\n---\n" + SHORTCODE.sub(shortcode, markdown[match.end():])


def _page_files(docs: Path, folder: str, record_id: str) -> list[Path]:
    """The page and its translations: ID.md, ID.en.md, ..."""
    return sorted((docs / folder).glob(f"{record_id}.md")) + sorted(
        (docs / folder).glob(f"{record_id}.*.md"))


def _write_pages(root: Path, collection: str, entries: list[dict], copies: range) -> list[str]:
    """Pages of every copy; returns the nav entries (docs-relative paths of the originals)."""
    key, folder = PAGES[collection]
    docs = root / "docs"
    nav: list[str] = []
    for copy in copies:
        for entry in entries:
            for source in _page_files(docs, folder, entry["id"]):
                suffix = source.name[len(entry["id"]):]  # '.md' or '.en.md'
                target = source.with_name(copy_id(entry["id"], copy) + suffix)
                target.write_text(copy_page(source.read_text(encoding="utf-8"), key,
                                            entry["id"], copy), encoding="utf-8")
            nav.append(f"{folder}/{copy_id(entry['id'], copy)}.md")
    return nav


def scale_project(root: Path, factor: int) -> dict[str, list[str]]:
    """Grow the project copy at ``root`` to ``factor`` times its content, in place.

    Returns the nav additions per section folder ('greb', 'cases'), in reading order.
    """
    copies = range(2, factor + 1)
    originals = {name: read_collection(root, name) for name in REFERENCES}
    numbers_per_copy = max((p["number"] for p in originals["principles"]), default=0)
    for name, entries in originals.items():
        records = [copy_record(name, e, k, numbers_per_copy) for k in copies for e in entries]
        if records:
            target = root / "data" / name / GENERATED_FILE
            target.parent.mkdir(exist_ok=True)
            target.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False),
                              encoding="utf-8")
    by_number = sorted(originals["principles"], key=lambda p: p["number"])
    return {
        PAGES["principles"][1]: _write_pages(root, "principles", by_number, copies),
        PAGES["cases"][1]: _write_pages(root, "cases", originals["cases"], copies),
    }
