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


def differences(original: Skeleton, translation: Skeleton) -> list[str]:
    """What differs between the skeletons, in words an editor can act on."""
    return [
        f"{name.replace('_', ' ')} differ from the original: {getattr(original, name)} ≠ "
        f"{getattr(translation, name)}"
        for name in ("front_matter", "heading_levels", "heading_ids", "shortcodes",
                     "link_targets")
        if getattr(original, name) != getattr(translation, name)
    ]
