"""A tool some tests need (chromium, nginx, java, html-validate): without it those tests skip
with a loud reason on a developer's machine, and fail in CI (CI=true), where every layer must
run, so a layer can never silently stop running."""

from __future__ import annotations

import os

import pytest


def required(found, tests: str, missing: str):
    """``found`` when the tool is there; else skip (fail in CI) saying which ``tests`` cannot
    run and what is ``missing`` (with how to install it)."""
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"{tests.upper()} CANNOT RUN IN CI: {missing}", pytrace=False)
    pytest.skip(f"{tests.upper()} SKIPPED: {missing}")
