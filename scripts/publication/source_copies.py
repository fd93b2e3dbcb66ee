"""One truth per passage: a clean copy of a source (sources/manuscript.md) says what its
original below sources/raw/ says.

The files below sources/raw/ are the texts as received (a PDF's layout text, an article); the
other source files are the editors' clean copies and additions, which repeat passages of them
without the line-break hyphenation. A word corrected in one copy and not in the other would
leave two truths, so every passage of a copy that comes close to a passage of an original must
agree with it word for word; where it does not, the message names both files and lines and the
words that differ. A passage that comes nowhere near an original (a note, a heading of the
editors' own) is the copy's own and not compared.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .problems import Problem
from .sources import FOLDER, Sources, SourceText, _matched, normalise, word_diff

ORIGINALS = f"{FOLDER}/raw/"
MIN_WORDS = 4  # shorter passages (a label, a name) say too little to compare
CLOSE = 0.8  # share of a passage's words found in one stretch of an original: a copy of it
# A word broken at the end of a line ('opga-' + 'veløsningen') is one word; 'Lys- og' is two.
_NOT_JOINED = {"og", "eller", "samt", "til", "som"}
_MARKUP = re.compile(r"^(?:#+\s*|>\s*|[-*•]\s+)")
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|»([^«]+)«")


@dataclass(frozen=True)
class Original:
    path: str
    words: tuple[str, ...]
    lines: tuple[int, ...]
    joined: str


def unbroken(source: SourceText) -> Original:
    """The original's words with line-break hyphenation undone."""
    words: list[str] = []
    lines: list[int] = []
    index = 0
    while index < len(source.words):
        word, line = source.words[index], source.lines[index]
        following = source.words[index + 1] if index + 1 < len(source.words) else ""
        if (len(word) > 1 and word.endswith("-") and word[-2].isalpha() and following
                and source.lines[index + 1] == line + 1 and following[0].islower()
                and following not in _NOT_JOINED):
            words.append(word[:-1] + following)
            lines.append(line)
            index += 2
            continue
        words.append(word)
        lines.append(line)
        index += 1
    return Original(source.path, tuple(words), tuple(lines), " ".join(words))


def passages(text: str) -> Iterator[tuple[int, str]]:
    """(line, text) of each paragraph, heading, list item and quote of a Markdown file."""
    start, block = 0, []
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        starts_new = not stripped or bool(_MARKUP.match(stripped))
        if block and starts_new:
            yield start, " ".join(block)
            block = []
        if stripped:
            if not block:
                start = number
            block.append(_MARKUP.sub("", stripped))
            if stripped.startswith("#"):  # a heading is one line
                yield start, " ".join(block)
                block = []
    if block:
        yield start, " ".join(block)


def _readings(passage: str) -> list[str]:
    """The ways a passage may hold an original's words, the narrowest first: each part in
    quotation marks; after a label ('Lead: …', 'Quote — name: …'); whole."""
    readings = [next(part for part in match.groups() if part)
                for match in _QUOTED.finditer(passage)]
    if ": " in passage:
        readings.append(passage.split(": ", 1)[1])
    readings.append(passage)
    return [normalise(reading) for reading in readings if len(reading.split()) >= MIN_WORDS]


def _closest(original: Original, words: list[str]) -> tuple[float, int]:
    """(share of ``words`` found, where the stretch starts) in the stretch of ``original``
    that comes closest."""
    blocks = difflib.SequenceMatcher(None, original.words, words,
                                     autojunk=False).get_matching_blocks()
    block = max(blocks, key=lambda b: b.size)
    start = max(0, block.a - block.b)
    stretch = original.words[start:start + len(words) + 3]
    return _matched(stretch, words) / len(words), start


def _difference(original: Original, start: int, words: list[str]) -> str:
    stretch = max((original.words[start:start + len(words) + slack]
                   for slack in range(-3, 4) if len(words) + slack > 0),
                  key=lambda p: (_matched(p, words), -abs(len(p) - len(words))))
    return f"  {original.path}:{original.lines[start]}: {word_diff(stretch, words)}"


def copy_problems(sources: Sources) -> list[Problem]:
    originals = [unbroken(source) for source in sources.texts
                 if source.path.startswith(ORIGINALS)]
    problems = []
    for copy in sources.texts if originals else ():
        if copy.path.startswith(ORIGINALS):
            continue
        for line, passage in passages("\n".join(_lines_of(copy))):
            readings = _readings(passage)
            if not readings or any(reading in original.joined for reading in readings
                                   for original in originals):
                continue
            # The reading that comes closest to an original; compared with every original
            # it comes close to (two originals may hold the passage, one of them in part).
            found = [(reading.split(), original, *_closest(original, reading.split()))
                     for reading in readings for original in originals]
            words = max(found, key=lambda f: (f[2], -len(f[0])))[0]  # the closest, shortest
            close = [_difference(original, start, words)
                     for candidate, original, share, start in found
                     if candidate == words and share >= CLOSE]
            if close:  # otherwise the copy's own words
                problems.append(Problem(
                    copy.path, line, "this passage copies an original below sources/raw/, but "
                    "the words differ:\n" + "\n".join(close) + "\n  ([-…-] is in the "
                    "original, {+…+} in this file): correct the file that is wrong, so they "
                    "say the same"))
    return problems


def _lines_of(source: SourceText) -> list[str]:
    """The copy's text back as lines (only its words matter: whitespace is normalised)."""
    lines: dict[int, list[str]] = {}
    for word, line in zip(source.words, source.lines, strict=True):
        lines.setdefault(line, []).append(word)
    last = source.lines[-1] if source.lines else 0
    return [" ".join(lines.get(number, [])) for number in range(1, last + 1)]
