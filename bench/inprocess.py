"""Builds run inside a Python process of the bench's own, for what a `mkdocs build` command
cannot tell: timing our hooks, profiling, capturing pages as our hooks leave them.

Each such build runs in a fresh interpreter (MkDocs keeps module state between builds):
``run_module`` starts ``python -m bench.<module> ...`` in the project folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_TIMEOUT_S = 1800
_BENCH_PARENT = Path(__file__).resolve().parent.parent


def load_config(config_file: str, site_dir: str, strict: bool = True):
    """The config as `mkdocs build` prepares it, ready for ``mkdocs.commands.build.build``."""
    from mkdocs.config import load_config as mkdocs_load_config

    config = mkdocs_load_config(config_file, site_dir=site_dir, strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    return config


def run_module(module: str, args: list[str], cwd: Path) -> str:
    """Run ``python -m bench.MODULE ARGS`` in ``cwd``; returns its stdout, raises on failure."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(_BENCH_PARENT),
                                                       os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-m", f"bench.{module}", *args], cwd=cwd,
                            capture_output=True, text=True, timeout=_TIMEOUT_S, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"bench.{module} failed in {cwd}:\n{result.stderr[-3000:]}")
    return result.stdout
