"""Characters a reader cannot see or cannot tell apart, refused where they could deceive.

- Invisible controls (bidirectional overrides and isolates, zero-width spaces and joiners) make
  a text read differently from how it shows: U+202E turns "txt.exe" around, U+200B splits a
  word so search and the verbatim check miss it. In data and pages they are refused with their
  line, unless written visibly as an escape (``"\\u200b"`` in a double-quoted YAML text,
  ``&#x200b;`` in a page): then the editor meant it.
- Look-alikes: a word that mixes alphabets ("kultur" with a Cyrillic "у") reads as another
  word and makes an address or id that looks like a published one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Soft hyphen (U+00AD) is not here: it is typography, visible where it breaks a line.
INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
                       "\ufeff]")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE")


def invisible_characters(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line, what) for each invisible control written as such in ``text``."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        for match in INVISIBLE.finditer(line):
            code = ord(match[0])
            name = unicodedata.name(match[0], "a control character")
            yield number, (f"an invisible character, U+{code:04X} {name}, which can make a "
                           f"text read otherwise than it shows: delete it (if it is meant, "
                           f"write it visibly: \\u{code:04x} in a YAML text in double quotes, "
                           f"&#x{code:04x}; in a page)")


def alphabets(word: str) -> set[str]:
    """The alphabets a word's letters come from (LATIN, CYRILLIC, …)."""
    found = set()
    for char in word:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add(next((script for script in _SCRIPTS if name.startswith(script)), "OTHER"))
    return found


def look_alike_words(text: str) -> list[str]:
    """Words of ``text`` that mix alphabets, as a look-alike letter does."""
    return [word for word in re.findall(r"\w+", text) if len(alphabets(word)) > 1]
