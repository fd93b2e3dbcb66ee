"""How large and how deep a file of data/ or docs/ may be, checked before it is parsed.

The publication's data is a few hundred lines nested four levels deep; the bench's 50× site
stays well inside these limits. A file past them is a mistake (a paste gone wrong) or an attack:
50,000 nested '[' crash the YAML C loader, 5,000 nested lists take minutes, a 100,000-line
file makes a 12 MB page. Each is refused with the file, the line and the limit, at once.
"""

from __future__ import annotations

import yaml

from .problems import Problem

MAX_BYTES = 2_000_000
MAX_LINES = 25_000
MAX_RECORDS = 5_000  # entries of a list file ("- " at the start of a line)
MAX_DEPTH = 20  # levels of lists and mappings inside one another

_OPENS = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken,
          yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)
_CLOSES = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
_SCANNER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def size_problem(text: str, shown_as: str) -> Problem | None:
    lines = text.count("\n") + 1
    if len(text.encode("utf-8")) > MAX_BYTES or lines > MAX_LINES:
        return Problem(shown_as, None, f"is {len(text.encode('utf-8')):,} bytes in {lines:,} "
                       f"lines; a file of the site may have at most {MAX_BYTES:,} bytes and "
                       f"{MAX_LINES:,} lines: split it, or remove what was pasted by mistake")
    records = text.count("\n- ") + text.startswith("- ")
    if records > MAX_RECORDS:
        return Problem(shown_as, None, f"has {records:,} entries; a file may have at most "
                                       f"{MAX_RECORDS:,}: split it into files of a folder")
    return None


def nesting_problem(text: str, shown_as: str, first_line: int = 1) -> Problem | None:
    """Lists and mappings nested deeper than MAX_DEPTH, found by scanning tokens (flat, no
    recursion) before the loader builds anything."""
    depth = 0
    try:
        for token in yaml.scan(text, Loader=_SCANNER):
            if isinstance(token, _OPENS):
                depth += 1
                if depth > MAX_DEPTH:
                    return Problem(shown_as, token.start_mark.line + first_line,
                                   f"lists or mappings are nested more than {MAX_DEPTH} levels "
                                   "deep here; the site's data needs a few: look for brackets "
                                   "or '- ' that do not belong")
            elif isinstance(token, _CLOSES):
                depth -= 1
    except yaml.YAMLError:
        return None  # the loader reports it, with its line
    return None
