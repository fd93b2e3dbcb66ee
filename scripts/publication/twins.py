"""A page and its translation have the same skeleton: explicit heading ids (so anchors survive
the language switch), shortcodes (so the same quotes and lists appear) and link targets."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .shortcodes import uses

# Per-language by nature: a translation is reviewed, titled and described on its own.
OWN_PER_LANGUAGE = {"last_reviewed", "review_in", "description", "title", "short_title"}
_HEADING_ID = re.compile(r"^#{1,6} .*\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$", re.MULTILINE)
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


def differences(original: Skeleton, translation: Skeleton) -> list[tuple[str, str | None]]:
    """What differs between the skeletons, in words an editor can act on, each with the
    translation's text to find its line by (None for front matter or a missing item)."""
    found = []
    for name in ("front_matter", "heading_levels", "heading_ids", "shortcodes", "link_targets"):
        theirs, ours = getattr(original, name), getattr(translation, name)
        if theirs == ours:
            continue
        what = name.replace("_", " ")
        if isinstance(theirs, list):
            first = next((i for i, (a, b) in enumerate(zip(theirs, ours, strict=False))
                          if a != b), min(len(theirs), len(ours)))
            there = f"'{theirs[first]}'" if first < len(theirs) else "nothing"
            here = f"'{ours[first]}'" if first < len(ours) else "nothing"
            found.append((f"{what} differ from the original: number {first + 1} is {there} "
                          f"there and {here} here (the two must match, in the same order)",
                          _FOUND_BY[name].format(ours[first]) if first < len(ours) else None))
        else:
            found.append((f"{what} differ from the original: {theirs} ≠ {ours}", None))
    return found
