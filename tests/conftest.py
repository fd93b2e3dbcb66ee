"""Fixtures for every layer. The real site is built once per session (strict), into a temp
dir; one headless Debian chromium serves every layer that needs a browser (Playwright allows
one instance per thread), skipping loudly without chromium and failing in CI (CI=true)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from publication.chromium import CHROMIUM_FLAGS, chromium_path
from publication.pdf import serve
from sitebuild import ROOT, build


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real project, built strict into a fresh folder; fails loudly if the build fails."""
    target = tmp_path_factory.mktemp("site")
    result = build(ROOT, target)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return target


def pytest_collection_modifyitems(items):
    """Each test is marked by its layer folder, so `pytest -m unit` runs one layer."""
    for item in items:
        layer = Path(item.fspath).parent.name
        if layer in {"unit", "content", "build", "browser"}:
            item.add_marker(getattr(pytest.mark, layer))


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
