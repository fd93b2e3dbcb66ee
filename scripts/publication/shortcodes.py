"""Shortcodes: HTML comments such as ``<!-- quote: hanne-pjengaard-vedholdenhed -->``.

Invisible in a plain markdown preview and easy to grep. A comment shaped like a shortcode
(``<!-- word -->`` or ``<!-- word: argument -->``) with an unknown name is an error, so a typo
never vanishes silently; other comments pass through untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .problems import ContentError, Problem

SHORTCODE = re.compile(r"<!--\s*(?P<name>[a-z][a-z-]*)\s*(?::\s*(?P<arg>[^\s>][^>]*?))?\s*-->")


class ShortcodeError(Exception):
    """A handler's complaint about its argument; the expander adds file and line."""


Handler = Callable[[str | None], str]


def expand(
    markdown: str,
    handlers: Mapping[str, Handler],
    path: str,
    line_of: Callable[[str], int | None],
) -> str:
    """Replace every shortcode in ``markdown``; collect all problems, then raise them together.

    ``line_of(shortcode_text)`` tells the line in the source file (front matter included).
    """
    problems: list[Problem] = []

    def replace(match: re.Match) -> str:
        name, arg = match["name"], match["arg"]
        handler = handlers.get(name)
        if handler is None:
            known = ", ".join(sorted(handlers))
            problems.append(Problem(path, line_of(match[0]),
                                    f"unknown shortcode '{name}' (known: {known})"))
            return match[0]
        try:
            return handler(arg.strip() if arg else None)
        except ShortcodeError as error:
            problems.append(Problem(path, line_of(match[0]), f"{match[0]}: {error}"))
            return match[0]

    expanded = SHORTCODE.sub(replace, markdown)
    if problems:
        raise ContentError(problems)
    return expanded
