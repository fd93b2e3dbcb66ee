"""Headless Debian chromium against the built site served on loopback.

Without chromium these tests skip with a loud reason; in CI (CI=true) a missing chromium is a
failure, so the browser layer can never silently stop running.
"""

from __future__ import annotations

import os

import pytest

from publication.chromium import CHROMIUM_FLAGS, chromium_path
from publication.pdf import serve


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        message = "chromium not found: install Debian's chromium (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"BROWSER TESTS CANNOT RUN IN CI: {message}", pytrace=False)
        pytest.skip(f"BROWSER TESTS SKIPPED: {message}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def base_url(site):
    """The built site over HTTP on a free loopback port."""
    with serve(site) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
