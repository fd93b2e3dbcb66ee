"""Under `make serve`, a failed rebuild is shown in the browser instead of hanging it.

MkDocs' live-reload server holds every request while a rebuild is pending, and a rebuild that
fails leaves it pending until the next one succeeds: the reader's tab just waits. Here a failed
rebuild writes a page with the error (file, line and what to do) in place of the site and
counts as done, so the open tab reloads and shows it; when the file is mended, the next rebuild
replaces it and the tab reloads to the page.
"""

from __future__ import annotations

import html
import logging
import shutil
from pathlib import Path

from mkdocs import utils
from mkdocs.exceptions import MkDocsException

log = logging.getLogger("mkdocs.publication")

# mkdocs-static-i18n swaps this out during its language builds and puts it back only when
# they succeed; a failed build must not leave the next one writing over stale files.
_CLEAN_DIRECTORY = utils.clean_directory

_PAGE = """<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Fejl i indholdet</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:50rem;padding:0 1rem}}
pre{{white-space:pre-wrap;background:#fff4e5;border-left:.3rem solid #b34700;padding:1rem}}</style>
</head><body>
<h1>Siden kan ikke bygges / The site cannot be built</h1>
<p>Ret fejlen i filen og linjen nedenfor, og gem. Siden genindlæses af sig selv.<br>
Mend the file and line below and save: this page reloads by itself.</p>
<pre>{error}</pre>
<script>
(async () => {{
  // MkDocs' live-reload endpoint answers when a newer build is visible.
  let epoch = 0;
  for (;;) {{
    try {{
      const answer = await fetch(`/livereload/${{epoch}}/0`);
      const visible = Number(await answer.text());
      if (epoch && visible > epoch) {{ location.reload(); return; }}
      epoch = visible;
    }} catch {{ await new Promise((wait) => setTimeout(wait, 1000)); }}
  }}
}})();
</script>
</body></html>
"""


def error_page(message: str) -> str:
    return _PAGE.format(error=html.escape(message, quote=False))


def show_error(site_dir: Path, message: str) -> None:
    """Replace the served site by the error page, at every address."""
    utils.clean_directory = _CLEAN_DIRECTORY
    if site_dir.exists():
        shutil.rmtree(site_dir)
    site_dir.mkdir(parents=True)
    page = error_page(message)
    for name in ("index.html", "404.html"):
        (site_dir / name).write_text(page, encoding="utf-8")


# MkDocs looks for changed files every 0.5 s and has no setting for it: a save waited 0.25 s on
# average before the rebuild began. Polling a few hundred files more often costs next to nothing.
POLL_SECONDS = 0.1


def notice_saves_sooner(server) -> None:
    """Let the server's file watchers (not yet started) poll every POLL_SECONDS."""
    for emitter in server.observer.emitters:
        emitter._timeout = POLL_SECONDS
    server.build_delay = min(server.build_delay, POLL_SECONDS)


def catching(builder, site_dir: Path, session):
    """The server's rebuild, which shows a failure in the browser instead of raising.
    ``session`` (the SiteBuild) says why a build failed: ``failure()``, cleared by ``begin()``."""

    def build(*args, **kwargs):
        session.begin()
        try:
            builder(*args, **kwargs)
        except (MkDocsException, SystemExit) as error:
            message = session.failure() or str(error) or "the build failed: see the terminal"
            log.error("The site could not be rebuilt; the browser shows why.")
            show_error(site_dir, message)

    return build
