"""A copy of a project that `make` can run in: its Makefile and fragments, the lock file, and
the real .venv linked in (never rebuilt: see ``make``)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from support.builds import ROOT

MAKE_PARTS = ["Makefile", "mk", "requirements.lock", "pyproject.toml"]
STAMP = ".venv/.installed-from-lock"  # the Makefile's bootstrap target


def make_ready(project: Path) -> Path:
    for part in MAKE_PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, project / part, dirs_exist_ok=True)
        else:
            shutil.copy2(ROOT / part, project / part)
    (project / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return project


def make(project: Path, *targets: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`make TARGET…` in ``project``. ``-o`` keeps make from re-creating the linked .venv,
    which is shared with the real project, whatever the lock file's date says."""
    return subprocess.run(["make", "-o", STAMP, *targets], cwd=project, capture_output=True,
                          text=True, timeout=600,
                          env={**os.environ, "MAKEFLAGS": "", **(env or {})})
