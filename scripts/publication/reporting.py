"""How a MkDocs event reports what went wrong: content problems as one message an editor can
act on (file, line, what to do), never a traceback; anything else as a bug of ours."""

from __future__ import annotations

import functools
import logging

from mkdocs.exceptions import PluginError

from .problems import ContentError
from .shortcodes import ShortcodeError

log = logging.getLogger("mkdocs.publication")


def reported(event):
    """Content problems as one PluginError: MkDocs prints it without a traceback. Anything
    else that goes wrong is a bug of ours: a short message for the editor, the traceback for
    the developers under `mkdocs build --verbose`."""

    @functools.wraps(event)
    def run(*args, **kwargs):
        try:
            return event(*args, **kwargs)
        except ContentError as error:
            count = len(error.problems)
            raise PluginError(f"{count} content problem{'s' if count != 1 else ''}:\n"
                              f"{error}") from None
        except ShortcodeError as error:  # met outside a page's shortcodes
            raise PluginError(f"1 content problem:\n{error}") from None
        except (PluginError, SystemExit, KeyboardInterrupt):
            raise
        except RecursionError:  # something nested thousands deep: content, not the build
            page = kwargs.get("page") or next((a for a in args if hasattr(a, "file")), None)
            where = f"docs/{page.file.src_uri}: " if page is not None else ""
            raise PluginError(f"1 content problem:\n{where}lists, quotes or brackets are "
                              "nested too deeply to build: look for what was pasted by "
                              "mistake") from None
        except Exception as error:  # the last line of defence
            log.debug("in %s", event.__name__, exc_info=True)
            raise PluginError(f"the build stopped in {event.__name__}: {error}\nThis is a bug "
                              "in the build, not in your content: send this message and the "
                              "output of `.venv/bin/mkdocs build --verbose` to the developers"
                              ) from None

    return run
