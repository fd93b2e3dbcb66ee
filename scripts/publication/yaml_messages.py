"""What went wrong in a YAML file, in an editor's words: PyYAML says where it gave up, this
module looks at that line and the one above it and says what the editor most likely did.

Structure slips (a line indented more or less than the line above, a tab, an entry without its
'- ', a field indented under another field) are named as such, with both lines quoted; other
parser complaints keep PyYAML's words with a hint. `yamlsource` calls `explain` for a file that
is not valid YAML and `duplicate_key` for a key written twice; the registry calls `misplaced`
for a field that is missing from an entry because it sits one level too deep.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping
from typing import Any

# A line that reads as a field: a plain word, a colon, then a space or the end of the line.
_FIELD = re.compile(r"^(?:- )*([A-Za-z_][A-Za-z0-9_]*):(?: |$)")
# The end of a line whose value follows on the lines below (a nested block or a long text).
_OPENS_BLOCK = re.compile(r"(?::|: *[>|][-+]?)\s*(?:#.*)?$")

# What PyYAML says, and what an editor usually did, when the lines themselves tell no more.
HINTS = {
    "mapping values are not allowed": " (a colon followed by a space inside a text: put the "
                                      "text in double quotes)",
    "found character '\\t'": " (a tab: indent with spaces)",
    "found a tab character": " (a tab: indent with spaces)",
    "expected <block end>, but found": " (an indent that does not line up with the lines "
                                       "above it)",
    "did not find expected key": " (an indent that does not line up, or a text that should "
                                 "be in quotes)",
    "did not find expected ',' or '}'": " (in a one-line {da: …, en: …}, put a text with a "
                                        "comma or a colon in double quotes)",
}


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key_column(line: str) -> int:
    """Where the line's field starts: after its indent and any '- ' markers."""
    column = _indent(line)
    while line[column:].startswith("- "):
        column += 2
    return column


def _field(line: str) -> str | None:
    match = _FIELD.match(line.strip())
    return match.group(1) if match else None


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#") and stripped != "---"


def _shown(line: str) -> str:
    return line.replace("\t", "→")  # a tab made visible


def quoted(lines: list[str], numbers: list[int], first_line: int) -> str:
    """The lines (0-based ``numbers``) as the editor sees them, with their file line numbers."""
    return "\n".join(f"  {number + first_line:>4} | {_shown(lines[number])}"
                     for number in numbers)


def _spaces(count: int) -> str:
    return {0: "no spaces", 1: "1 space"}.get(count, f"{count} spaces")


def explain(text: str, problem: str, index: int | None, first_line: int = 1) -> str:
    """The message for a file PyYAML refused at line ``index`` (0-based) with ``problem``."""
    lines = text.split("\n")
    if index is None or not 0 <= index < len(lines):
        return f"not valid YAML: {problem}{_hint(problem)}"
    line = lines[index]
    above = next((i for i in range(index - 1, -1, -1) if _is_content(lines[i])), None)
    shown = quoted(lines, [i for i in (above, index) if i is not None], first_line)
    if "\t" in line[:len(line) - len(line.lstrip())]:
        return (f"this line begins with a tab:\n{shown}\n"
                "  indent with spaces only: YAML refuses a tab, even where it looks like spaces"
                + (_spaces_instead(lines[above], line) if above is not None else ""))
    if above is None or "\t" in problem:
        return f"not valid YAML: {problem}{_hint(problem)}"
    over, indent, column = lines[above], _indent(line), _key_column(lines[above])
    name = _field(line)
    if name and not line.lstrip().startswith("- ") and indent < column \
            and name == _first_field(lines, index, indent):
        return (f"this line begins a new entry without '- ' in front:\n{shown}\n"
                f"  write '- {line.strip()}', with '- ' where the other entries have it")
    if name and indent > column and not _OPENS_BLOCK.search(over):
        return (f"this line is indented more than the line above it "
                f"({_spaces(indent)}, not {column}):\n{shown}\n"
                f"  give '{name}' the same indent as '{_field(over) or over.strip()}' above "
                f"({_spaces(column)}); a deeper indent makes it part of the line above")
    if name and indent < column:
        levels = " or ".join(
            f"as {'the' if label == '- ' else ''} '{label}' ({_spaces(level)})".replace("  ", " ")
            for level, label in _nearest_levels(lines, index, indent))
        what = "this '- '" if line.lstrip().startswith("- ") else f"'{name}'"
        return (f"this line is indented less than the line above it "
                f"({_spaces(indent)}, not {column}):\n{shown}\n"
                f"  give {what} the same indent {levels}")
    return f"not valid YAML: {problem}{_hint(problem)}"


def _spaces_instead(over: str, line: str) -> str:
    """How many spaces the tab most likely stands for: one level under a line that opens a
    block ('text:'), otherwise the indent of the field above."""
    column, name = _key_column(over), _field(over) or over.strip()
    if _OPENS_BLOCK.search(over):  # ``over`` is a content line, never a comment
        return f"; here most likely {_spaces(column + 2)}, 2 more than '{name}' above"
    if _field(line.lstrip("\t ")):
        return f"; here most likely {_spaces(column)}, as '{name}' above"
    return ""


def _hint(problem: str) -> str:
    return next((hint for said, hint in HINTS.items() if said in problem), "")


def _first_field(lines: list[str], index: int, indent: int) -> str | None:
    """The field that opens each entry ('id', 'date') of a list whose '- ' stands at
    ``indent``, from the entries above line ``index``."""
    for line in reversed(lines[:index]):
        if _indent(line) == indent and line.lstrip().startswith("- "):
            return _field(line)
    return None


def _nearest_levels(lines: list[str], index: int, indent: int) -> list[tuple[int, str]]:
    """The columns above (back to where this entry began) closest to ``indent``, each with
    what stands there: a field's name, or '- ' for the items of a list. Two when two are as
    close: the slip could be either."""
    item = lines[index].lstrip().startswith("- ")
    levels: dict[int, str] = {}
    for line in reversed(lines[:index]):
        if not _is_content(line):
            continue
        if item and line.lstrip().startswith("- "):
            levels.setdefault(_indent(line), "- ")
        elif not item and _field(line):
            levels.setdefault(_key_column(line), _field(line))
        if line.lstrip().startswith("- ") and _indent(line) <= indent:
            break
    if not levels:
        return [(0, "the first line")]
    distance = min(abs(column - indent) for column in levels)
    return sorted((column, label) for column, label in levels.items()
                  if abs(column - indent) == distance)


def duplicate_key(key: str, first_line: int, opens_entry: bool) -> str:
    """A key written twice in one mapping; when it is the key that opens each entry, the
    second one most likely began a new entry that lost its '- '."""
    if opens_entry:
        return (f"key '{key}' appears twice in the same entry (first on line {first_line}): "
                f"if this line begins a new entry, write '- ' in front of '{key}:' as the "
                "other entries have it; otherwise keep one")
    return f"key '{key}' appears twice in the same entry (first on line {first_line}); keep one"


def misplaced(entry: Mapping[str, Any], field: str) -> tuple[str, Mapping[str, Any]] | None:
    """(the key it is under, the mapping holding it) when a field missing from ``entry``
    stands one level too deep, under another field of the entry."""
    for key, value in entry.items():
        if isinstance(value, Mapping) and field in value:
            return key, value
    return None


def stranded(entry: Mapping[str, Any], unknown: set[str],
             known: Collection[str]) -> dict[str, str]:
    """Unknown fields that belong one level deeper: each one -> the field just above it that
    is empty or a mapping without it ('da:' and 'en:' written level with 'text:'). A field
    that looks like a misspelt known one is left to the 'not a known field' message."""
    keys, found = list(entry), {}
    for position, key in enumerate(keys):
        if key not in unknown or difflib.get_close_matches(key, known, n=1):
            continue
        above = next((k for k in reversed(keys[:position]) if k not in unknown), None)
        if above is not None and (entry[above] is None or isinstance(entry[above], Mapping)):
            found[key] = above
    return found


def stranded_message(field: str, parent: str, parent_line: int | None, empty: bool) -> str:
    under = f" (line {parent_line})" if parent_line else ""
    left = ", which is left empty" if empty else ""
    return (f"field '{field}' belongs under '{parent}'{under}{left}: indent '{field}' "
            f"2 spaces more than '{parent}'")


def misplaced_message(field: str, parent: str, parent_line: int | None) -> str:
    under = f" (line {parent_line})" if parent_line else ""
    return (f"field '{field}' is indented under '{parent}'{under}: move it left, to the same "
            f"indent as '{parent}'")
