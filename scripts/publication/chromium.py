"""Debian's chromium, driven by Playwright through its executable path (no browser download)."""

from __future__ import annotations

import os
import shutil

# The machine has no network: keep chromium from trying to reach Google's services.
CHROMIUM_FLAGS = [
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-quic", "--no-first-run", "--disable-gpu", "--no-sandbox",
]


def chromium_path() -> str | None:
    return (os.environ.get("CHROMIUM") or shutil.which("chromium")
            or shutil.which("chromium-browser"))
