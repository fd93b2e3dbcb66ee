"""A copy of the project that `make` can run in: the build's inputs, the Makefile and its
fragments, the lock file, and the real .venv linked in (never rebuilt: see ``make``)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sitebuild import ROOT, copy_project

MAKE_PARTS = ["Makefile", "mk", "requirements.lock", "pyproject.toml"]
STAMP = ".venv/.installed-from-lock"  # the Makefile's bootstrap target


def make_ready_copy(target: Path) -> Path:
    copy_project(target)
    for part in MAKE_PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, target / part)
        elif (ROOT / part).exists():
            shutil.copy2(ROOT / part, target / part)
    (target / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return target


def make(project: Path, *targets: str, dry_run: bool = False) -> subprocess.CompletedProcess:
    """`make TARGET…` in ``project``. ``-o`` keeps make from re-creating the linked .venv,
    which is shared with the real project, whatever the lock file's date says."""
    command = ["make", "-o", STAMP, *(["-n"] if dry_run else []), *targets]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "MAKEFLAGS": ""})
