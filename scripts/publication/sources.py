"""The publication's words: every text the site presents as the publication's must stand word
for word in a file below sources/. Only whitespace is normalised.

What counts as the publication's words (README, "Writing content"):
- in data: quotes, names and roles, principle titles, case taglines and names, advice and
  reflection questions (their Danish text);
- on a principle or case page (front matter ``principle:`` or ``case:``): every paragraph,
  heading and list item of the Danish page;
- on every Danish page: a blockquote (``> …``).

When a text is not found, the message shows the closest passage of the sources and the words
that differ, so an editor sees at once which word to mend.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .problems import ContentError, Problem
from .registry import Registry, Where
from .yamlsource import read_text

FOLDER = "sources"
CONTEXT_WORDS = 6  # words of agreement shown around each difference
REGISTER_HINT = "register it under 'sources:' in data/publication.yml"


def normalise(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class SourceText:
    path: str  # as shown: sources/manuscript.md
    words: tuple[str, ...]
    lines: tuple[int, ...]  # the file line of each word
    joined: str  # the words joined by single spaces

    @classmethod
    def read(cls, path: str, text: str) -> SourceText:
        words, lines = [], []
        for number, line in enumerate(text.split("\n"), 1):
            for word in line.split():
                words.append(word)
                lines.append(number)
        return cls(path, tuple(words), tuple(lines), " ".join(words))


@dataclass(frozen=True)
class Sources:
    texts: tuple[SourceText, ...]

    def holding(self, text: str) -> list[str]:
        """The files below sources/ that hold ``text`` word for word ('raw/kapitel.txt')."""
        wanted = normalise(text)
        return [source.path.removeprefix(f"{FOLDER}/") for source in self.texts
                if wanted in source.joined]

    def contains(self, text: str) -> bool:
        return bool(self.holding(text))

    def difference(self, text: str, prefer: str | None = None) -> str:
        """Where ``text`` comes closest to the sources (of equally close passages, the one in
        ``prefer``, the source the text names), and the words that differ."""
        words = text.split()
        best = None
        for source in self.texts:
            matcher = difflib.SequenceMatcher(None, source.words, words, autojunk=False)
            blocks = matcher.get_matching_blocks()
            matched = max(blocks, key=lambda b: b.size)
            named = prefer is not None and source.path == f"{FOLDER}/{prefer}"
            if best is None or matched.size > best[1].size or \
                    (matched.size == best[1].size and named):
                best = (source, matched)
        if best is None or best[1].size < max(2, len(words) // 4):
            return f"  no passage of the sources comes close to: {' '.join(words)}"
        source, block = best
        start = max(0, block.a - block.b)
        # The passage as long as the written text, give or take the words it lacks or adds.
        passage = max((source.words[start:start + len(words) + slack]
                       for slack in range(-3, 4) if len(words) + slack > 0),
                      key=lambda p: (_matched(p, words), -abs(len(p) - len(words))))
        return (f"  closest passage: {source.path}:{source.lines[start]}\n"
                f"  {word_diff(passage, words)}\n"
                "  ([-…-] is in the source, {+…+} is what was written)")


_MARKS = "»«“”„\"'‘’()"


def _bare(words) -> list[str]:
    """Words as compared: quotation marks around a word are how a source prints a quote, not
    a difference in its words (the check itself finds the words inside the marks)."""
    return [word.strip(_MARKS) or word for word in words]


def _matched(a, b) -> int:
    return sum(block.size for block in difflib.SequenceMatcher(
        None, _bare(a), _bare(b), autojunk=False).get_matching_blocks())


def word_diff(source_words: Iterable[str], written_words: Iterable[str]) -> str:
    """The written words against the source's, with only the differences and a few words
    around them: '… er [-helt-] {+meget+} afgørende.'"""
    source_words, written_words = list(source_words), list(written_words)
    matcher = difflib.SequenceMatcher(None, _bare(source_words), _bare(written_words),
                                      autojunk=False)
    opcodes = matcher.get_opcodes()
    # Trim the passage's surplus context at both ends: the written text decides the span.
    while opcodes and opcodes[0][0] == "delete":
        opcodes.pop(0)
    while opcodes and opcodes[-1][0] == "delete":
        opcodes.pop()
    parts: list[str] = []
    for index, (tag, a1, a2, b1, b2) in enumerate(opcodes):
        if tag == "equal":
            same = written_words[b1:b2]
            keep_head = index > 0
            keep_tail = index < len(opcodes) - 1
            if len(same) > 2 * CONTEXT_WORDS and keep_head and keep_tail:
                parts += [*same[:CONTEXT_WORDS], "…", *same[-CONTEXT_WORDS:]]
            elif keep_head and keep_tail:
                parts += same
            elif keep_tail:
                parts += (["…"] if len(same) > CONTEXT_WORDS else []) + same[-CONTEXT_WORDS:]
            else:
                parts += same[:CONTEXT_WORDS] + (["…"] if len(same) > CONTEXT_WORDS else [])
            continue
        if a2 > a1:
            parts.append("[-" + " ".join(source_words[a1:a2]) + "-]")
        if b2 > b1:
            parts.append("{+" + " ".join(written_words[b1:b2]) + "+}")
    return " ".join(parts)


def load_sources(root: Path, registered: Iterable[str]) -> Sources:
    """The registered files below sources/; a file there that is not registered, or a
    registered one that is missing, is a problem that says what to do."""
    folder = root / FOLDER
    registered = list(registered)
    problems = []
    present = sorted(path.relative_to(folder).as_posix()
                     for path in folder.rglob("*") if path.is_file()) if folder.is_dir() else []
    for name in present:
        if name not in registered and not name.startswith(".") and "/." not in name:
            problems.append(Problem(f"{FOLDER}/{name}", 1, f"is not registered: {REGISTER_HINT} "
                                    "with a line saying what it is (both languages)"))
    texts = []
    for name in registered:
        if name not in present:
            problems.append(Problem("data/publication.yml", None,
                                    f"source '{name}' is registered but sources/{name} does "
                                    "not exist"))
            continue
        try:
            texts.append(SourceText.read(f"{FOLDER}/{name}",
                                         read_text(folder / name, f"{FOLDER}/{name}")))
        except ContentError as error:
            problems.extend(error.problems)
    if problems:
        raise ContentError(problems)
    return Sources(tuple(texts))


# --- what data presents as the publication's words ------------------------------------------

def data_texts(registry: Registry, original: str) -> Iterator[tuple[str, str, Where, tuple]]:
    """(text, what it is, where, field path) for every data text shown as the publication's;
    ``where.source`` names its source, where it has one."""
    for person in registry.people.values():
        where = registry.where("people", person.id)
        yield person.name, f"name of person '{person.id}'", where, ("name",)
        yield person.role[original], f"role of person '{person.id}'", where, ("role", original)
    for principle in registry.principles.values():
        where = registry.where("principles", principle.id)
        yield (principle.title[original], f"title of principle '{principle.id}'", where,
               ("title", original))
        for question in principle.questions:
            yield (question[original], f"a question of principle '{principle.id}'", where,
                   ("questions",))
    for case in registry.cases.values():
        where = registry.where("cases", case.id)
        yield case.tagline[original], f"tagline of case '{case.id}'", where, ("tagline", original)
        for advice in case.advice:
            yield advice[original], f"advice of case '{case.id}'", where, ("advice",)
    for workplace in registry.workplaces.values():
        where = registry.where("workplaces", workplace.id)
        yield (workplace.name[original], f"name of workplace '{workplace.id}'", where,
               ("name", original))
    for quote in registry.quotes.values():
        where = registry.where("quotes", quote.id)
        yield quote.text[original], f"quote '{quote.id}'", where, ("text", original)


def data_problems(registry: Registry, sources: Sources, original: str) -> list[Problem]:
    problems = []
    for text, what, where, keys in data_texts(registry, original):
        if not sources.contains(text):
            problems.append(Problem(where.path, where.line_of(*keys),
                                    f"{what} is not word for word in sources/:\n"
                                    + sources.difference(text, where.source)))
    # A quote stands in the very source it names: its reference must hold.
    for quote in registry.quotes.values():
        holding = sources.holding(quote.text[original])
        if holding and quote.source not in holding:
            where = registry.where("quotes", quote.id)
            # The named source may hold the quote with a word corrected there and not here.
            named = Sources(tuple(t for t in sources.texts
                                  if t.path == f"{FOLDER}/{quote.source}"))
            close = named.difference(quote.text[original]) if named.texts else ""
            corrected = ""
            if close and "no passage" not in close:
                place, diff, _ = close.split("\n")
                corrected = (f"; or, if sources/{quote.source} is right, correct the quote:\n"
                             f"  {place.removeprefix('  closest passage: ')}: {diff.strip()}")
            problems.append(Problem(where.path, where.line_of("source"),
                                    f"quote '{quote.id}': its words are not in sources/"
                                    f"{quote.source} but in sources/{holding[0]}: write "
                                    f"source: {holding[0]}{corrected}"))
    return problems


# --- what a page presents as the publication's words ----------------------------------------

_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th"}


class _BlockText(HTMLParser):
    """The text of each block element, and whether it sits in a blockquote."""

    def __init__(self):
        super().__init__()
        self.blocks: list[tuple[str, bool]] = []
        self._open: str | None = None
        self._text: list[str] = []
        self._quote_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "blockquote":
            self._quote_depth += 1
        if tag in _BLOCKS and self._open is None:
            self._open, self._text = tag, []

    def handle_endtag(self, tag):
        if tag == self._open:
            text = normalise("".join(self._text))
            if text:
                self.blocks.append((text, self._quote_depth > 0))
            self._open = None
        if tag == "blockquote":
            self._quote_depth -= 1

    def handle_data(self, data):
        if self._open is not None:
            self._text.append(data)


def page_blocks(html: str, whole_page: bool) -> list[str]:
    """The texts a page (as HTML) presents as the publication's: every block of a chapter
    page (``whole_page``), the blockquotes of any other page."""
    parser = _BlockText()
    parser.feed(html)
    return [text for text, quoted in parser.blocks if whole_page or quoted]


def line_in(body_lines: list[str], text: str) -> int | None:
    """The body line where a block's first words stand (its markup may differ)."""
    head = " ".join(text.split()[:3])
    for number, line in enumerate(body_lines, 1):
        if head and head in " ".join(line.split()):
            return number
    return None
