"""Projects to build and break: the real one, and the fixture publication (tests/fixtures/),
each copied into a temporary folder with the project's own build code and templates."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "publication"
# What a build reads; a copy of these is a complete project.
PROJECT_PARTS = ["mkdocs.yml", "docs", "data", "overrides", "scripts", "sources", "contract"]
# What the fixture publication borrows from the project: the code, the templates and the site's
# own words. Its mkdocs.yml inherits the project's (copied in as project.yml).
BORROWED = ["overrides", "scripts", "data/labels.yml"]
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc")


def _copy(source: Path, target: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, target, ignore=IGNORE, dirs_exist_ok=True)
    elif source.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def copy_project(target: Path) -> Path:
    """The real publication, ready to build or break."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        _copy(ROOT / part, target / part)
    return target


# The address the tests' builds are made for (mkdocs.yml's default: a development build).
SITE_URL = "http://127.0.0.1:8000/"
# An intranet that publishes the site under a sub-path.
INTRANET_URL = "https://intranet.example/ledelse/"


def copy_fixture(target: Path) -> Path:
    """The fixture publication, with the project's code and templates beside it."""
    _copy(FIXTURE, target)
    _copy(ROOT / "mkdocs.yml", target / "project.yml")
    for part in BORROWED:
        _copy(ROOT / part, target / part)
    return target


def build(project: Path, site: Path, *extra: str, env: dict | None = None,
          tool: str = "mkdocs") -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of ``project`` into ``site``, as `make build` runs it, for
    SITE_URL (whatever a developer exported) unless ``env`` says otherwise; a None value in
    ``env`` leaves that variable out."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL, **(env or {})}
    env = {name: value for name, value in env.items() if value is not None}
    return subprocess.run(
        [sys.executable, "-m", tool, "build", "--strict", "--site-dir", str(site), *extra],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )


def built(project: Path, site: Path, *extra: str, **kwargs) -> Path:
    """Build, failing the test with the build's own message if it fails."""
    result = build(project, site, *extra, **kwargs)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr[-4000:]}"
    return site


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def fixture_pages() -> list[str]:
    """The site path of every Danish page of the fixture publication ('/', '/greb/x/')."""
    from publication.editions import page_path

    docs = FIXTURE / "docs"
    return sorted("/" + page_path(p.relative_to(docs).as_posix())
                  for p in docs.rglob("*.md") if p.suffixes == [".md"])


def built_once(tmp_path_factory, name: str, copy: Callable[[Path], Path], **build) -> Path:
    """A site built once for the whole run: the first worker builds it, the others wait for it
    and read the same folder (so no test may write into a session site)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, above every worker's own
    folder = base / f"shared-{name}"
    with open(base / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "built").exists():
            built(copy(folder / "project"), folder / "site", **build)
            (folder / "built").touch()
    return folder / "site"
