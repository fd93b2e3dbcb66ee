"""A bare build given the same content as ours: every page as our hooks leave it (titles,
quotes, related blocks, index pages), built with none of our machinery. Against it, the
ratio counts what our hooks cost, not the content they generate, which the plain bare build
(the issue's reference) does not have at all.

``python -m bench.same_content CONFIG TARGET_DOCS`` (in the project folder) builds in-process
and writes each page's markdown, as the last page_markdown handler sees it, with its front
matter, into TARGET_DOCS.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import yaml

from .inprocess import load_config, run_module


def capture_pages(config_file: str, target_docs: Path) -> int:
    from mkdocs.commands.build import build

    config = load_config(config_file, str(target_docs.parent / "site-capture"))
    pages: dict[str, tuple[dict, str]] = {}

    def capture(markdown, page, config, files):
        pages[page.file.src_uri] = (dict(page.meta), markdown)
        return markdown

    config.plugins.events["page_markdown"].append(capture)  # after every other handler
    build(config)
    for src_uri, (meta, markdown) in pages.items():
        front = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\n" if meta else ""
        (target_docs / src_uri).write_text(front + markdown, encoding="utf-8")
    return len(pages)


def prepare(project: Path, config: Path, target: Path) -> Path:
    """A copy of ``project`` at ``target`` whose docs/ hold the pages as rendered by our hooks."""
    shutil.copytree(project, target)
    run_module("same_content", [str(config), str(target / "docs")], project)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("config")
    parser.add_argument("target_docs", type=Path)
    args = parser.parse_args()
    print(capture_pages(args.config, args.target_docs))


if __name__ == "__main__":
    main()
