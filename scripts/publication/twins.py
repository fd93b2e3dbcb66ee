"""A page and its translation have the same skeleton: explicit heading ids (so anchors survive
the language switch), shortcodes (so the same quotes and lists appear) and link targets."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .shortcodes import uses

# Per-language by nature: a translation is reviewed, titled and described on its own.
OWN_PER_LANGUAGE = {"last_reviewed", "review_in", "description", "title", "short_title"}
# Sections' ids (h2 and below): the page's own heading is the page, whatever each edition
# calls it, so a reworded title may keep its old id in one language only.
_HEADING_ID = re.compile(r"^#{2,6} .*\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$", re.MULTILINE)
_HEADING = re.compile(r"^(?P<level>#{1,6}) ", re.MULTILINE)
_LINK_TARGET = re.compile(r"\]\((?P<target>[^)\s]+)\)")
# How an item of the skeleton is written in the page, to find its line by.
_FOUND_BY = {"heading_ids": "#{}", "shortcodes": "md:{}", "link_targets": "]({})"}


@dataclass(frozen=True)
class Skeleton:
    front_matter: dict
    heading_levels: list[int]
    heading_ids: list[str]
    shortcodes: list[str]
    link_targets: list[str]


def skeleton(meta: Mapping, body: str) -> Skeleton:
    return Skeleton(
        front_matter={k: v for k, v in meta.items() if k not in OWN_PER_LANGUAGE},
        heading_levels=[len(m["level"]) for m in _HEADING.finditer(body)],
        heading_ids=[m["id"] for m in _HEADING_ID.finditer(body)],
        shortcodes=[f"{use.name} {use.arg or ''}".strip() for use in uses(body)],
        link_targets=[m["target"] for m in _LINK_TARGET.finditer(body)],
    )


@dataclass(frozen=True)
class Difference:
    """The first place where a translation's skeleton parts from its original's."""

    field: str  # the Skeleton's field: 'heading_ids'
    number: int | None  # which item of the list (1-based); None for the front matter
    original: object  # the original's item there (None: the list ends before it)
    translation: object

    @property
    def what(self) -> str:
        return self.field.replace("_", " ")

    def message(self, original_path: str, original_line: int | None) -> str:
        if self.number is None:
            return f"{self.what} differ from the original: {self.original} ≠ {self.translation}"
        there = f"'{self.original}'" if self.original is not None else "nothing"
        here = f"'{self.translation}'" if self.translation is not None else "nothing"
        place = f"{original_path}:{original_line}" if original_line else original_path
        return (f"{self.what} differ from the original: number {self.number} is {there} in "
                f"{place} but {here} here (both pages have the same, in the same order)")

    def written(self, item: object) -> str | None:
        """How an item is written in a page, to find its line by."""
        found_by = _FOUND_BY.get(self.field)
        return found_by.format(item) if found_by and item is not None else None


def differences(original: Skeleton, translation: Skeleton) -> list[Difference]:
    """What differs between the skeletons, in words an editor can act on."""
    found = []
    for name in ("front_matter", "heading_levels", "heading_ids", "shortcodes", "link_targets"):
        theirs, ours = getattr(original, name), getattr(translation, name)
        if theirs == ours:
            continue
        if not isinstance(theirs, list):
            found.append(Difference(name, None, theirs, ours))
            continue
        first = next((i for i, (a, b) in enumerate(zip(theirs, ours, strict=False)) if a != b),
                     min(len(theirs), len(ours)))
        found.append(Difference(name, first + 1, theirs[first] if first < len(theirs) else None,
                                ours[first] if first < len(ours) else None))
    return found
