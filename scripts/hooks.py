"""MkDocs hooks for this site (loaded by path from mkdocs.yml). Kept thin: the work is done in
the importable package ``publication`` beside this file."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mkdocs.plugins import event_priority  # noqa: E402

from publication import mkdocs_bridge  # noqa: E402


def on_config(config):
    return mkdocs_bridge.configure(config)


def on_page_markdown(markdown, page, config, files):
    return mkdocs_bridge.page_markdown(markdown, page, config, files)


def on_files(files, config):
    mkdocs_bridge.check_translations(files, config)
    return files


def on_env(env, config, files):
    return mkdocs_bridge.theme_env(env, config)


def on_template_context(context, template_name, config):
    return mkdocs_bridge.template_context(context, template_name, config)


def on_page_content(html, page, config, files):
    return mkdocs_bridge.page_content(html, page, config)


def on_page_context(context, page, config, nav):
    return mkdocs_bridge.page_context(context, page, config)


@event_priority(-200)
def on_post_build(config):
    """After mkdocs-static-i18n (-100) has built every language and merged the search index."""
    mkdocs_bridge.post_build(config)
