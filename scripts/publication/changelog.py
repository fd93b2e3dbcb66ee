"""The change log (data/changelog.yml): what changed in the content and when, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .models import Change
from .problems import ContentError, Problem
from .registry import language_problems, load_entries


def load_changes(root: Path, languages: Sequence[str]) -> list[Change]:
    problems: list[Problem] = []
    entries = load_entries(root, "changelog", Change, "change", problems)
    for change, where in entries:
        problems.extend(language_problems(change, "change", where, languages))
    if problems:
        raise ContentError(problems)
    # Stable for equal dates: the file's order, which editors write newest first.
    return sorted((change for change, _ in entries), key=lambda c: c.date, reverse=True)


def anchor(changes: Sequence[Change], index: int) -> str:
    """The change's anchor on /om/aendringer/: its date, and for a day's later changes a
    number, counted from the day's first change, so an anchor never moves when a change is
    added (``changes`` are newest first)."""
    day = changes[index].date
    nth = sum(1 for change in changes[index:] if change.date == day)
    return f"aendring-{day.isoformat()}" + (f"-{nth}" if nth > 1 else "")
