"""A page and its translation must have the same skeleton: explicit heading ids (so anchors
survive the language switch), shortcodes (so the same quotes and lists appear) and link targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mkdocs.utils.meta import get_data

from .shortcodes import SHORTCODE

# Per-language by nature: a translation is reviewed and described on its own.
_OWN_PER_LANGUAGE = {"last_reviewed", "review_in", "description"}
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


def skeleton(markdown: str) -> Skeleton:
    body, meta = get_data(markdown)
    return Skeleton(
        front_matter={k: v for k, v in meta.items() if k not in _OWN_PER_LANGUAGE},
        heading_levels=[len(m["level"]) for m in _HEADING.finditer(body)],
        heading_ids=[m["id"] for m in _HEADING_ID.finditer(body)],
        shortcodes=[f"{m['name']}:{m['arg'] or ''}" for m in SHORTCODE.finditer(body)],
        link_targets=[m["target"] for m in _LINK_TARGET.finditer(body)],
    )


def differences(original: str, translation: str) -> list[str]:
    """What differs between the skeletons, in words an editor can act on."""
    a, b = skeleton(original), skeleton(translation)
    return [
        f"{field.replace('_', ' ')} differ: original {getattr(a, field)} ≠ translation "
        f"{getattr(b, field)}"
        for field in ("front_matter", "heading_levels", "heading_ids", "shortcodes",
                      "link_targets")
        if getattr(a, field) != getattr(b, field)
    ]
