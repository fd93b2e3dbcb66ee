"""Headless Debian chromium, launched the way the browser tests and the PDF step launch it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from . import project  # noqa: F401  (puts scripts/ on sys.path)
from publication.chromium import CHROMIUM_FLAGS, chromium_path


class NoChromium(RuntimeError):
    pass


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    path = chromium_path()
    if path is None:
        raise NoChromium("chromium not found: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def fresh_page(browser, **context_options) -> Iterator[object]:
    """A page in its own context: empty cache, so every load is a first visit."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **context_options)
    try:
        yield context.new_page()
    finally:
        context.close()
