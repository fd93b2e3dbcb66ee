"""Fixtures for every layer. The real site is built once per session (strict), into a temp dir."""

from __future__ import annotations

from pathlib import Path

import pytest

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
