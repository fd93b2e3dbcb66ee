"""The change log (data/changelog.yml): what changed in the content and when, newest first."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Sequence
from pathlib import Path

from .editions import site_path
from .models import Change
from .problems import ContentError, Problem
from .registry import language_problems, load_entries


def load_changes(root: Path, languages: Sequence[str],
                 addresses: Collection[str] | None = None) -> list[Change]:
    """The changes, newest first; with ``addresses`` (the site's paths, 'greb/x/'), each page
    a change names must be one of them, or the change log would publish a dead link."""
    problems: list[Problem] = []
    entries = load_entries(root, "changelog", Change, "change", problems)
    changes = []
    for change, where in entries:
        problems.extend(language_problems(change, "change", where, languages))
        change = change.model_copy(update={"pages": [site_path(page) for page in change.pages]})
        changes.append(change)
        for page in change.pages if addresses is not None else []:
            if page not in addresses:
                close = difflib.get_close_matches(page, addresses, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "a path such as greb/x/"
                problems.append(Problem(where.path, where.line_of("pages"),
                                        f"change of {change.date}: no page has the address "
                                        f"'{page}' ({hint})"))
    if problems:
        raise ContentError(problems)
    # Stable for equal dates: the file's order, which editors write newest first.
    return sorted(changes, key=lambda c: c.date, reverse=True)


def anchor(changes: Sequence[Change], index: int) -> str:
    """The change's anchor on /om/aendringer/: its date, and for a day's later changes a
    number, counted from the day's first change, so an anchor never moves when a change is
    added (``changes`` are newest first)."""
    day = changes[index].date
    nth = sum(1 for change in changes[index:] if change.date == day)
    return f"aendring-{day.isoformat()}" + (f"-{nth}" if nth > 1 else "")
