"""Fixtures for every layer. The real publication and the fixture publication are each built
once per run (strict) into temporary folders that every worker reads; one headless Debian
chromium per worker serves every test that needs a browser, skipping loudly without chromium
and failing in CI (CI=true)."""

from __future__ import annotations

from pathlib import Path

import pytest
from publication.chromium import INSTALL_HINT, chromium_path, launched
from publication.content import Content, load_content
from publication.pdf import serve
from support.builds import INTRANET_URL, ROOT, built_once, copy_fixture, copy_project
from support.editions import DEFAULT, LANGUAGES
from support.required import required

LAYERS = {"unit", "content", "build", "browser", "hosting"}


def pytest_collection_modifyitems(items):
    """Each test is marked by its layer folder, so `pytest -m unit` runs one layer."""
    for item in items:
        layer = Path(item.fspath).parent.name
        if layer in LAYERS:
            item.add_marker(getattr(pytest.mark, layer))


def load(root: Path) -> Content:
    from publication import blocks  # the shortcode names, as the build knows them

    return load_content(root, LANGUAGES, DEFAULT, blocks.NAMES)


@pytest.fixture(scope="session")
def content() -> Content:
    """The real publication's content, as the build reads it."""
    return load(ROOT)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real publication, built strict."""
    return built_once(tmp_path_factory, "real", copy_project)


@pytest.fixture(scope="session")
def intranet_site(tmp_path_factory) -> Path:
    """The real publication built for an intranet's sub-path."""
    return built_once(tmp_path_factory, "intranet", copy_project,
                      env={"SITE_URL": INTRANET_URL})


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory) -> Path:
    return copy_fixture(tmp_path_factory.mktemp("fixture") / "project")


@pytest.fixture(scope="session")
def fixture_content(fixture_project) -> Content:
    return load(fixture_project)


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture publication (tests/fixtures/publication), built strict."""
    return built_once(tmp_path_factory, "fixture", copy_fixture)


@pytest.fixture(scope="session")
def browser():
    required(chromium_path(), "browser tests", f"chromium not found: {INSTALL_HINT}")
    with launched() as browser:
        yield browser


@pytest.fixture(scope="session")
def base_url(site):
    """The real site over HTTP on a free loopback port."""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def fixture_url(fixture_site):
    with serve(fixture_site) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()
