"""YAML that remembers where each mapping and key stood, so every problem names file and line.

Strict where PyYAML is lenient: a key written twice, a key that is not a plain word, an
impossible date, or a tag is a problem with its line, never a silent choice or a traceback.
A byte-order mark and Windows line ends are accepted: editors' tools write them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import limits, yaml_messages
from .characters import invisible_characters
from .problems import ContentError, Problem

# libyaml's loader where PyYAML has it: same marks (lines), a fraction of the time.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_KINDS = {list: "a list", dict: "a mapping"}


@dataclass
class YamlDoc:
    path: str  # as shown in messages: relative to the project root
    data: Any
    first_line: int = 1  # the file line of the document's first line (front matter: 2)
    _lines: dict[int, int] = field(default_factory=dict)
    _key_lines: dict[int, dict[str, int]] = field(default_factory=dict)

    def line_of(self, mapping: Any, key: str | None = None) -> int | None:
        """Line of ``key`` inside ``mapping`` (or of the mapping itself), 1-based."""
        if key is not None and key in self._key_lines.get(id(mapping), {}):
            return self._key_lines[id(mapping)][key]
        return self._lines.get(id(mapping))

    def line_at(self, mapping: Any, *keys: str) -> int | None:
        """Line of a nested key such as ('text', 'da'); the deepest one known."""
        line = self.line_of(mapping)
        for key in keys:
            if not isinstance(mapping, dict) or key not in mapping:
                break
            line = self.line_of(mapping, key) or line
            mapping = mapping[key]
        return line


def _problem(doc: YamlDoc, node: yaml.Node, message: str) -> ContentError:
    return ContentError([Problem(doc.path, node.start_mark.line + doc.first_line, message)])


def _line_loader(doc: YamlDoc) -> type[yaml.SafeLoader]:
    class LineLoader(_BASE_LOADER):
        def construct_line_map(self, node: yaml.MappingNode):
            data: dict = {}
            doc._lines[id(data)] = node.start_mark.line + doc.first_line
            keys: dict[str, int] = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _problem(doc, key_node, "a key must be a plain word, not a list or "
                                                  "mapping (remove the '?' or the brackets)")
                key, line = key_node.value, key_node.start_mark.line + doc.first_line
                if key in keys:
                    # PyYAML would silently keep the last value; an editor's typo must not vanish.
                    raise _problem(doc, key_node, yaml_messages.duplicate_key(
                        key, keys[key], opens_entry=key == next(iter(keys))))
                keys[key] = line
            doc._key_lines[id(data)] = keys
            yield data
            data.update(self.construct_mapping(node))

        def construct_checked_timestamp(self, node: yaml.ScalarNode):
            try:
                return self.construct_yaml_timestamp(node)
            except ValueError as error:
                raise _problem(doc, node, f"'{node.value}' is not a real date ({error}); "
                                          "write it as YYYY-MM-DD") from None

        def construct_unknown_tag(self, node: yaml.Node):
            raise _problem(doc, node, f"the tag '{node.tag}' is not allowed here; "
                                      "write plain text, lists and mappings")

    LineLoader.add_constructor("tag:yaml.org,2002:map", LineLoader.construct_line_map)
    LineLoader.add_constructor("tag:yaml.org,2002:timestamp",
                               LineLoader.construct_checked_timestamp)
    LineLoader.add_constructor(None, LineLoader.construct_unknown_tag)
    return LineLoader


def normalise_text(text: str) -> str:
    """Without a byte-order mark and with \\n line ends, as MkDocs reads pages."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, shown_as: str) -> str:
    try:
        return normalise_text(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise ContentError([Problem(shown_as, None, f"is not UTF-8 text ({error.reason} at "
                                                    f"byte {error.start}); save it as UTF-8")]
                           ) from None
    except OSError as error:
        raise ContentError([Problem(shown_as, None, f"cannot be read: {error.strerror}")]
                           ) from None


def parse_yaml(text: str, shown_as: str, first_line: int = 1,
               expect: type | None = None, what: str = "") -> YamlDoc:
    """``text`` as YAML; ``expect`` (list or dict) is the top-level type the file must hold,
    ``what`` says in the message what its entries are."""
    refused = [problem for problem in (limits.size_problem(text, shown_as),
                                       limits.nesting_problem(text, shown_as, first_line))
               if problem]
    refused += [Problem(shown_as, line, what)
                for line, what in invisible_characters(text, first_line)]
    if refused:
        raise ContentError(refused)
    doc = YamlDoc(path=shown_as, data=None, first_line=first_line)
    try:
        doc.data = yaml.load(text, Loader=_line_loader(doc))
    except RecursionError:  # past the nesting check, a shape the scan did not foresee
        raise ContentError([Problem(shown_as, None, "is nested too deeply to read: look for "
                                                    "brackets or '- ' that do not belong")]
                           ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark else None
        message = yaml_messages.explain(text, str(error.problem), mark.line if mark else None,
                                        first_line)
        raise ContentError([Problem(shown_as, line, message)]) from None
    if expect is not None and doc.data is not None and not isinstance(doc.data, expect):
        found = _KINDS.get(type(doc.data), f"a single {type(doc.data).__name__} value")
        raise ContentError([Problem(shown_as, first_line,
                                    f"must hold {_KINDS[expect]}{what}, not {found}")])
    return doc


def load_yaml(path: Path, shown_as: str, expect: type | None = None, what: str = "") -> YamlDoc:
    return parse_yaml(read_text(path, shown_as), shown_as, expect=expect, what=what)
