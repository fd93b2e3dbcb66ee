"""Shortcodes: HTML comments in their own namespace, such as ``<!-- md:quote QUOTE-ID -->``.

Invisible in a plain markdown preview and easy to grep, as in Material's own documentation.
Only ``<!-- md:… -->`` is a shortcode, so ordinary comments (``<!-- more -->``, a note to a
colleague) stay comments. A comment that looks like a misspelt shortcode (``<!-- quote: x -->``,
``<!-- MD:Quote x -->``, ``<!-- md quote x -->``, ``<!-- qoute: x -->``) is an error with file and
line: a quote must never vanish silently.

This module knows the syntax; which names exist and what they render is the table in
``publication.blocks``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .problems import ContentError, Problem

SHORTCODE = re.compile(r"<!--\s*md:(?P<name>[a-z][a-z0-9-]*)(?:[ \t]+(?P<arg>[^\s>]+))?\s*-->")
_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.S)
# The shape of a shortcode gone wrong: a word, maybe an 'md' prefix, maybe one id-like argument.
_SHAPED = re.compile(r"^\s*(?P<prefix>md\s*[:._-]?\s*)?(?P<name>[a-z][\w-]*)\s*:?\s*"
                     r"(?P<arg>[\w-]*)\s*$", re.I)


class ShortcodeError(Exception):
    """A handler's complaint about its argument; the expander adds file and line."""


Handler = Callable[[Any, str | None], str]  # (page scope, argument) -> markdown


@dataclass(frozen=True)
class Use:
    name: str
    arg: str | None
    text: str  # the comment as written
    offset: int  # where it starts in the text scanned


def uses(markdown: str) -> Iterator[Use]:
    for match in SHORTCODE.finditer(markdown):
        yield Use(match["name"], match["arg"], match[0], match.start())


def usage(name: str, arg: str | None = None) -> str:
    return f"<!-- md:{name}{' ' + arg if arg else ''} -->"


def _suggestion(name: str, known: Collection[str]) -> str | None:
    close = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=0.75)
    return close[0] if close else None


def syntax_problems(markdown: str, known: Collection[str], path: str,
                    line_of: Callable[[int], int]) -> list[Problem]:
    """Unknown names and misspelt shortcodes; ``line_of(offset)`` gives a file line."""
    problems = []
    for match in _COMMENT.finditer(markdown):
        comment = match[0]
        proper = SHORTCODE.fullmatch(comment)
        if proper:
            name = proper["name"]
            if name not in known:
                close = _suggestion(name, known)
                hint = f"; did you mean {usage(close, proper['arg'])}?" if close else \
                    f" (known: {', '.join(sorted(known))})"
                problems.append(Problem(path, line_of(match.start()),
                                        f"unknown shortcode '{name}'{hint}"))
            continue
        shaped = _SHAPED.match(match["body"])
        if not shaped:
            continue  # an ordinary comment
        name = shaped["name"].lower()
        meant = name if name in known else _suggestion(name, known)
        if shaped["prefix"] or meant:
            right = usage(meant or name, shaped["arg"] or None)
            problems.append(Problem(path, line_of(match.start()),
                                    f"{comment.strip()} looks like a misspelt shortcode: write "
                                    f"{right} (lower case, 'md:' in front, one space before "
                                    "the id)"))
    return problems


def expand(markdown: str, scope: Any, table: Mapping[str, Handler]) -> str:
    """Replace every shortcode by its handler's markdown; collect all problems, then raise
    them together. ``scope.source`` names the page and finds the line of a snippet."""
    problems: list[Problem] = []

    def replace(match: re.Match) -> str:
        handler = table.get(match["name"])
        if handler is None:  # syntax_problems has reported it when the content was read
            return match[0]
        try:
            return handler(scope, match["arg"])
        except ShortcodeError as error:
            problems.append(Problem(scope.source.path, scope.source.line_of(match[0]),
                                    f"{match[0]}: {error}"))
            return match[0]

    expanded = SHORTCODE.sub(replace, markdown)
    if problems:
        raise ContentError(problems)
    return expanded


def with_argument(markdown: str, name: str, arg: str) -> str:
    """Every ``<!-- md:NAME -->`` without an argument given ``arg`` (for pages gathered into
    another, where the page's front matter no longer says which chapter is meant)."""
    return SHORTCODE.sub(lambda m: usage(name, arg) if m["name"] == name and not m["arg"]
                         else m[0], markdown)
