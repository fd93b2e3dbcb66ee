"""Old anchors of renamed chapters keep working at the new address.

A chapter's id is in its anchors: #paddehatten, #raad-paddehatten-1, /print/#paddehatten-…
When a case is renamed (``make rename``), its old id goes under ``former_ids`` in data/, and
every element whose id contains the new id gets an empty twin with the old one, so a deep
link published years ago still lands on the same heading or piece of advice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .registry import Registry

_START_TAG_WITH_ID = re.compile(r'<(?P<tag>[a-z][a-z0-9]*)\b[^>]*?\sid="(?P<id>[^"]+)"[^>]*>')


def renames(registry: Registry) -> dict[str, list[str]]:
    """Current chapter id -> the ids it was published under before."""
    chapters = [*registry.principles.values(), *registry.cases.values()]
    return {chapter.id: list(chapter.former_ids) for chapter in chapters if chapter.former_ids}


def _former(element_id: str, current: str, formers: Sequence[str]) -> list[str]:
    """'raad-new-1' -> ['raad-old-1']: the id with the chapter's id as whole words replaced."""
    padded = f"-{element_id}-"
    if f"-{current}-" not in padded:
        return []
    return [padded.replace(f"-{current}-", f"-{former}-", 1)[1:-1] for former in formers]


def with_former_anchors(html: str, chapter_renames: Mapping[str, Sequence[str]]) -> str:
    if not chapter_renames:
        return html
    present = set(re.findall(r'\sid="([^"]+)"', html))

    def add(match: re.Match) -> str:
        extra = [alias for current, formers in chapter_renames.items()
                 for alias in _former(match["id"], current, formers) if alias not in present]
        present.update(extra)
        return match[0] + "".join(f'<span class="ldi-anchor" id="{alias}"></span>'
                                  for alias in extra)

    return _START_TAG_WITH_ID.sub(add, html)
