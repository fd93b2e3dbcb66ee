"""The MkDocs events this site reacts to, in the order MkDocs calls them (loaded by path from
mkdocs.yml), and nothing else: each hands its work to the one ``SiteBuild`` of this process
(publication/site_build.py), where the steps are. The build code lives in the `publication`
package (scripts/publication/), installed into .venv.

Content problems never end in a traceback: every event turns them into one message listing
each file, line and what to do (publication.reporting).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from publication import icons, serve_errors
from publication.reporting import reported
from publication.site_build import SiteBuild

build = SiteBuild()


# --- the build starts -------------------------------------------------------------------------

def on_startup(command, dirty):
    build.serving = command == "serve"


@reported
def on_config(config):
    build.start(config)
    return config


@reported
def on_files(files, config):
    return build.with_bundled_assets(files, config)


@reported
def on_env(env, config, files):
    build.templates_ready(env)
    return env


# --- each page --------------------------------------------------------------------------------

@reported
def on_page_markdown(markdown, page, config, files):
    return build.page_markdown(markdown, page, config)


@reported
def on_page_content(html, page, config, files):
    return build.page_html(html, page, config)


@reported
def on_page_context(context, page, config, nav):
    return build.page_context(context, page, config)


@reported
def on_template_context(context, template_name, config):
    if not template_name.endswith("404.html"):
        return context
    return build.not_found_context(context, config)


def on_post_page(output, page, config):
    return icons.decorative(output)


def on_post_template(output, template_name, config):
    """The 404 pages (and the sitemap, which has no icons)."""
    return icons.decorative(output)


# --- the whole site ---------------------------------------------------------------------------

@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language
@reported
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one of the i18n plugin's inner builds: the last one finishes the site
    build.finish_site(config)


# --- mkdocs serve -----------------------------------------------------------------------------

def on_build_error(error):
    build.failed(error)


def on_serve(server, config, builder):
    server.builder = serve_errors.catching(server.builder, Path(config.site_dir), build)
    serve_errors.notice_saves_sooner(server)
    return server
