"""Fixtures for the quality gates. chromium, the built site and its loopback server come from
tests/conftest.py (one chromium for every layer); here the whole site is visited once, axe and
every request in one pass, for the accessibility and third-party gates to share."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # this folder's helper modules, importable by its tests

from site_visits import visit_site  # noqa: E402


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in Path(item.fspath).parents:
            item.add_marker(pytest.mark.quality)


@pytest.fixture(scope="session")
def visits(browser, base_url, site):
    """Every page of the built site, both languages, visited once in the light scheme: axe's
    violations and every request the page made (a search typed on each edition's home)."""
    return visit_site(browser, base_url, site)
