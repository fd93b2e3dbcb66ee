"""Helpers shared by the test layers: the project's paths, copies of it to break, real builds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
# The URL contract's pages that exist so far (SPEC §2), one list for every test layer.
CONTRACT_PATHS = [
    "/", "/om/", "/om/aendringer/", "/greb/", "/cases/", "/tilgaengelighed/", "/citater/",
    "/temaer/", "/raad/", "/print/",
    "/greb/kerneopgaven/", "/greb/medarbejdernes-ideer/", "/greb/kultur-og-rammer/",
    "/greb/mindset-og-kompetencer/", "/greb/forandringsledelse/",
    "/cases/paddehatten/", "/cases/autismecenter-storstroem/", "/cases/borgerservice-ballerup/",
    "/cases/praehospitalt-center/", "/cases/lys-og-trafikledelse-aarhus/",
]
# What a build reads; a copy of these is a complete project.
PROJECT_PARTS = ["mkdocs.yml", "docs", "data", "overrides", "scripts", "sources"]


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


def build(project: Path, site: Path, *extra: str, env: dict | None = None,
          ) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of ``project`` into ``site``, as `make build` runs it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site), *extra],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )


def soup(site: Path, url_path: str) -> BeautifulSoup:
    """The built page at a site path such as '/greb/kultur-og-rammer/'."""
    return BeautifulSoup(page_file(site, url_path).read_text(encoding="utf-8"), "html.parser")


def page_file(site: Path, url_path: str) -> Path:
    relative = url_path.strip("/")
    return site / relative / "index.html" if relative else site / "index.html"
