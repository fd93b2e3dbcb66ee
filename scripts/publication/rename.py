"""Rename a principle or a case in both editions, keeping every published address working:

    make rename FROM=cases/praehospitalt-center TO=cases/praehospitalt-center-sjaelland

- the pages docs/cases/OLD.md and every translation move to NEW (front matter updated);
- the id changes in data/ (and wherever data names it), and OLD goes under ``former_ids``, so
  the old anchors (#raad-OLD-1 …) are kept at the new address (publication.aliases);
- links to the page in docs/, the nav in mkdocs.yml and the search words in data/search.yml
  follow;
- data/redirects.yml sends /cases/OLD/ (and /en/cases/OLD/) to the new address.

Edits are made line by line in the files, so comments and layout stay as the editor wrote them.
"""

from __future__ import annotations

import posixpath
import re
import sys
from pathlib import Path

from . import git_files
from .models import ID_PATTERN
from .pages import CHAPTER_FOLDERS
from .problems import ContentError, Problem
from .registry import unknown_id
from .yamlsource import load_yaml

ROOT = Path.cwd()
_ID = re.compile(ID_PATTERN)
_LINK = re.compile(r"\]\((?P<target>[^)\s#]+\.md)(?P<rest>#[^)\s]*)?\)")


def _word(old: str) -> re.Pattern:
    """An id as a whole word: not part of a longer id."""
    return re.compile(rf"(?<![\w-]){re.escape(old)}(?![\w-])")


def _edit_lines(path: Path, lines: dict[int, tuple[str, str]]) -> None:
    """Replace, on each given line (1-based), one whole-word id by another."""
    text = path.read_text(encoding="utf-8").split("\n")
    for number, (old, new) in lines.items():
        text[number - 1] = _word(old).sub(new, text[number - 1], count=1)
    path.write_text("\n".join(text), encoding="utf-8")


def _value_lines(doc, entry: dict, key: str) -> list[int]:
    """The line of ``key`` in an entry and of its block list items below it."""
    first = doc.line_of(entry, key)
    if first is None:
        return []
    values = entry[key] if isinstance(entry[key], list) else [entry[key]]
    return list(range(first, first + 1 + (len(values) if values else 0)))


def _rename_in_data(root: Path, table: str, kind: str, old: str, new: str) -> list[str]:
    """The record's id, what names it, and its former ids."""
    changed = []
    path = root / "data" / f"{table}.yml"
    doc = load_yaml(path, f"data/{table}.yml", expect=list)
    entry = next(e for e in doc.data if isinstance(e, dict) and e.get("id") == old)
    line = doc.line_of(entry, "id")
    text = path.read_text(encoding="utf-8").split("\n")
    text[line - 1] = text[line - 1].replace(f"id: {old}", f"id: {new}", 1)
    indent = re.match(r"\s*(?:- )?", text[line - 1]).group(0).replace("-", " ")
    formers = [*entry.get("former_ids", []), old]
    if "former_ids" in entry:
        former_line = doc.line_of(entry, "former_ids")
        text[former_line - 1] = f"{indent}former_ids: [{', '.join(formers)}]"
    else:
        text.insert(line, f"{indent}former_ids: [{', '.join(formers)}]  # renamed: old links "
                          "keep working")
    path.write_text("\n".join(text), encoding="utf-8")
    changed.append(f"data/{table}.yml: id {old} -> {new}, former_ids {formers}")
    # Who names it: principles name cases; quotes name principles.
    referrers = {"case": [("principles", "cases")], "principle": [("quotes", "principle")]}
    for other, key in referrers[kind]:
        other_path = root / "data" / f"{other}.yml"
        other_doc = load_yaml(other_path, f"data/{other}.yml", expect=list)
        lines = {}
        for record in other_doc.data or []:
            values = record.get(key) if isinstance(record, dict) else None
            if old == values or (isinstance(values, list) and old in values):
                for number in _value_lines(other_doc, record, key):
                    if _word(old).search(other_path.read_text(encoding="utf-8")
                                         .split("\n")[number - 1]):
                        lines[number] = (old, new)
        if lines:
            _edit_lines(other_path, lines)
            changed.append(f"data/{other}.yml: {len(lines)} line(s) name {new} now")
    return changed


def _move_pages(root: Path, folder: str, key: str, old: str, new: str) -> list[str]:
    changed = []
    for page in sorted((root / "docs" / folder).glob(f"{old}.*md")):
        if page.name != f"{old}.md" and not re.fullmatch(rf"{re.escape(old)}\.[a-z]+\.md",
                                                         page.name):
            continue
        target = page.with_name(new + page.name[len(old):])
        text = page.read_text(encoding="utf-8")
        # git mv where git tracks the page: git then shows a rename, and the new file is in
        # the change without a git add.
        told = git_files.move(root, page, target)
        target.write_text(re.sub(rf"^{key}: {re.escape(old)}\s*$", f"{key}: {new}", text,
                                 count=1, flags=re.M), encoding="utf-8")
        if not told:
            page.unlink()
        changed.append(f"{page.relative_to(root)} -> {target.relative_to(root)}"
                       + (" (git mv)" if told else ""))
    return changed


def _relink(root: Path, folder: str, old: str, new: str) -> list[str]:
    """Markdown links to the old page, anywhere in docs/, lead to the new one."""
    changed, old_page = [], f"{folder}/{old}.md"
    docs = root / "docs"
    for page in sorted(docs.rglob("*.md")):
        here = posixpath.dirname(page.relative_to(docs).as_posix())
        text = page.read_text(encoding="utf-8")

        def relink(match: re.Match, here=here) -> str:
            target = posixpath.normpath(posixpath.join(here, match["target"]))
            if target != old_page:
                return match[0]
            new_target = match["target"][: -len(f"{old}.md")] + f"{new}.md"
            return f"]({new_target}{match['rest'] or ''})"

        updated = _LINK.sub(relink, text)
        if updated != text:
            page.write_text(updated, encoding="utf-8")
            changed.append(f"{page.relative_to(root)}: links follow")
    return changed


def _renav(root: Path, folder: str, old: str, new: str) -> list[str]:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    updated = re.sub(rf"(?<![\w/-]){folder}/{re.escape(old)}\.md\b", f"{folder}/{new}.md", text)
    if updated == text:
        return []
    config.write_text(updated, encoding="utf-8")
    return ["mkdocs.yml: nav follows"]


def _search_words(root: Path, folder: str, old: str, new: str) -> list[str]:
    """Editors' search words (data/search.yml) for the page find it at its new address."""
    path = root / "data" / "search.yml"
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    page = re.compile(rf"^(\s*(?:- )?page:\s*[\"']?/?){folder}/{re.escape(old)}/?"
                      rf"(?=[\"']?\s*(?:#.*)?$)", re.M)
    updated, count = page.subn(rf"\g<1>{folder}/{new}/", text)
    if not count:
        return []
    path.write_text(updated, encoding="utf-8")
    return [f"data/search.yml: {count} line(s) name {folder}/{new}/ now"]


def _redirect(root: Path, folder: str, old: str, new: str) -> list[str]:
    path = root / "data" / "redirects.yml"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    # Earlier redirects to the old address go straight to the new one.
    text = re.sub(rf"(to:\s*/?){folder}/{re.escape(old)}/", rf"\g<1>{folder}/{new}/", text)
    text = re.sub(r"^\[\]\s*$", "", text, flags=re.M).rstrip("\n")
    entry = f"- from: {folder}/{old}/\n  to: {folder}/{new}/"
    path.write_text(f"{text}\n{entry}\n" if text else f"{entry}\n", encoding="utf-8")
    return [f"data/redirects.yml: /{folder}/{old}/ -> /{folder}/{new}/ (every edition)"]


def rename(root: Path, old_path: str, new_path: str) -> list[str]:
    """Rename; returns what changed, or raises ContentError saying why it cannot."""
    old_folder, _, old = old_path.strip("/").removesuffix(".md").partition("/")
    new_folder, _, new = new_path.strip("/").removesuffix(".md").partition("/")
    if old_folder not in CHAPTER_FOLDERS or new_folder != old_folder:
        raise ContentError([Problem("make rename", None, "rename a chapter within its folder: "
                                    "FROM=cases/old-id TO=cases/new-id (or greb/…)")])
    key, table = CHAPTER_FOLDERS[old_folder]
    if not _ID.match(new):
        raise ContentError([Problem("make rename", None, f"'{new}' is not an id: use a-z, 0-9 "
                                    "and '-' (æ → ae, ø → oe, å → aa)")])
    ids = {e.get("id") for e in load_yaml(root / "data" / f"{table}.yml", table,
                                          expect=list).data or [] if isinstance(e, dict)}
    if old not in ids:
        raise ContentError([Problem(f"data/{table}.yml", None,
                                    unknown_id(key, old, filter(None, ids)))])
    if new in ids:
        raise ContentError([Problem(f"data/{table}.yml", None, f"already has a {key} '{new}'")])
    return (_move_pages(root, old_folder, key, old, new)
            + _rename_in_data(root, table, key, old, new)
            + _relink(root, old_folder, old, new)
            + _renav(root, old_folder, old, new)
            + _search_words(root, old_folder, old, new)
            + _redirect(root, old_folder, old, new))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make rename FROM=cases/old-id TO=cases/new-id", file=sys.stderr)
        return 2
    try:
        changed = rename(ROOT, *argv)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 2
    print("\n".join(changed))
    if not git_files.in_repository(ROOT):
        print("Not in a git repository: the pages were moved as plain files. Tell whoever "
              "publishes that docs/ has new files and lost the old ones.")
    print("Next: make check, then make freeze-urls (the new addresses join the contract), "
          "then a line in data/changelog.yml saying what was renamed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
