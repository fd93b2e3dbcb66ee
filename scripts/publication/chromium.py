"""Debian's chromium, driven by Playwright through its executable path (no browser download).
The one place a browser is launched: the PDFs, the tests and the bench all come here."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

# The machine has no network: keep chromium from trying to reach Google's services.
CHROMIUM_FLAGS = [
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-quic", "--no-first-run", "--disable-gpu", "--no-sandbox",
]
INSTALL_HINT = "install Debian's chromium (apt-get install chromium)"


def chromium_path() -> str | None:
    return (os.environ.get("CHROMIUM") or shutil.which("chromium")
            or shutil.which("chromium-browser"))


@contextmanager
def launched() -> Iterator:
    """A headless chromium (Playwright Browser) for as long as the block runs."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise RuntimeError(f"chromium not found: {INSTALL_HINT}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()
