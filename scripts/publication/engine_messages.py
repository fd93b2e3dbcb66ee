"""MkDocs' own warnings, made as useful as ours: a broken link or anchor names the page's file
and line, and under `make serve` the warnings that stopped a build are kept for the page that
shows it (publication.serve_errors).

MkDocs reports links as "Doc file 'greb/x.md' contains a link 'y.md#z', but …", without a line;
this filter finds the link in the page and puts "docs/greb/x.md:12: " in front.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

_LINK = re.compile(r"^Doc file '(?P<file>[^']+)' contains (?:an? (?:absolute |unrecognized "
                   r"relative )?link|a link to) '(?P<link>[^']+)'")
LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav", "mkdocs.commands.build")
# What to do, after MkDocs' words.
_HINTS = {
    "does not contain an anchor": " Link to one of the page's heading ids (the { #id } after a "
                                  "heading), or to the page without '#…'.",
}


class LinkLines(logging.Filter):
    def __init__(self, docs_dir: Path):
        super().__init__()
        self.docs_dir = docs_dir

    def filter(self, record: logging.LogRecord) -> bool:
        match = _LINK.match(str(record.msg))
        if match and not record.args:
            path = self.docs_dir / match["file"]
            lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
            line = next((n for n, text in enumerate(lines, 1) if match["link"] in text), None)
            where = f"docs/{match['file']}" + (f":{line}" if line else "")
            hint = next((h for words, h in _HINTS.items() if words in record.msg), "")
            record.msg = f"{where}: {record.msg}{hint}"
        return True


class Kept(logging.Handler):
    """The warnings and errors of the current build."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def attach(docs_dir: Path) -> Kept:
    """Lines on link warnings, and the warnings kept: attached once to MkDocs' loggers (which
    live as long as the process), the same ones found again at every build."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, LinkLines) for f in logger.filters):
            logger.addFilter(LinkLines(docs_dir))
    root = logging.getLogger("mkdocs")
    kept = next((handler for handler in root.handlers if isinstance(handler, Kept)), None)
    if kept is None:
        kept = Kept()
        root.addHandler(kept)
    return kept
