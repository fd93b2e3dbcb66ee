"""MkDocs hooks for this site (loaded by path from mkdocs.yml). Kept thin: the work is done in
the importable package ``publication`` beside this file."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from publication import mkdocs_bridge  # noqa: E402


def on_config(config):
    return mkdocs_bridge.configure(config)


def on_page_markdown(markdown, page, config, files):
    return mkdocs_bridge.page_markdown(markdown, page, config, files)
