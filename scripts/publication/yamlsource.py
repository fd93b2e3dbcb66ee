"""YAML that remembers where each mapping and key stood, so errors can name file and line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import ContentError, Problem


@dataclass
class YamlDoc:
    path: str  # as shown in messages: relative to the project root
    data: Any
    _lines: dict[int, int] = field(default_factory=dict)
    _key_lines: dict[int, dict[str, int]] = field(default_factory=dict)

    def line_of(self, mapping: Any, key: str | None = None) -> int | None:
        """Line of ``key`` inside ``mapping`` (or of the mapping itself), 1-based."""
        if key is not None and key in self._key_lines.get(id(mapping), {}):
            return self._key_lines[id(mapping)][key]
        return self._lines.get(id(mapping))


# libyaml's loader where PyYAML has it: same marks (lines), a fraction of the time.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _line_loader(doc: YamlDoc) -> type[yaml.SafeLoader]:
    class LineLoader(_BASE_LOADER):
        def construct_line_map(self, node: yaml.MappingNode):
            data: dict = {}
            doc._lines[id(data)] = node.start_mark.line + 1
            keys: dict[str, int] = {}
            for key_node, _ in node.value:
                key = key_node.value
                if key in keys:
                    # PyYAML would silently keep the last value; an editor's typo must not vanish.
                    raise ContentError(
                        [Problem(doc.path, key_node.start_mark.line + 1,
                                 f"key '{key}' appears twice in the same entry "
                                 f"(first on line {keys[key]})")]
                    )
                keys[key] = key_node.start_mark.line + 1
            doc._key_lines[id(data)] = keys
            yield data
            data.update(self.construct_mapping(node))

    LineLoader.add_constructor("tag:yaml.org,2002:map", LineLoader.construct_line_map)
    return LineLoader


def load_yaml(path: Path, shown_as: str) -> YamlDoc:
    doc = YamlDoc(path=shown_as, data=None)
    try:
        doc.data = yaml.load(path.read_text(encoding="utf-8"), Loader=_line_loader(doc))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise ContentError(
            [Problem(shown_as, mark.line + 1 if mark else None, f"not valid YAML: {error.problem}")]
        ) from error
    return doc
