"""`make serve` while an editor works: a save that breaks the content shows the error, with
file and line, in the browser instead of a page that never loads; mending the file brings the
site back, with no restart."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from support.builds import SITE_URL, copy_fixture, line_of, replace_in


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    """The page's text, whatever its status; a request must never hang."""
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8")


def until(url: str, wanted: str, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            text = fetch(url)
            if wanted in text:
                return text
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{url} never showed {wanted!r}")


@pytest.fixture
def served(tmp_path):
    project = copy_fixture(tmp_path / "project")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL})
    try:
        yield project, f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_broken_save_is_shown_in_the_browser_and_mending_it_recovers(served):
    project, url = served
    until(f"{url}/greb/lytning/", "Lederne lytter til borgerne")
    quotes = project / "data" / "quotes.yml"
    replace_in(quotes, "person: bo-larsen", "person: bo-larsn")
    page = until(f"{url}/greb/lytning/", "Siden kan ikke bygges")
    assert "data/quotes.yml:" in page and "unknown person id 'bo-larsn'" in page
    assert "did you mean 'bo-larsen'" in page
    replace_in(quotes, "person: bo-larsn", "person: bo-larsen")
    until(f"{url}/greb/lytning/", "Lederne lytter til borgerne")
    assert "Siden kan ikke bygges" not in fetch(f"{url}/cases/havnehuset/")


def test_a_broken_page_names_its_line_in_the_browser(served):
    project, url = served
    until(f"{url}/", "Bogen om det lyttende fællesskab")
    replace_in(project / "docs" / "greb" / "lytning.md", "<!-- md:questions -->",
               "<!-- Questions -->")
    page = until(f"{url}/", "Siden kan ikke bygges")
    assert "docs/greb/lytning.md:" in page and "looks like a misspelt shortcode" in page
    replace_in(project / "docs" / "greb" / "lytning.md", "<!-- Questions -->",
               "<!-- md:questions -->")
    until(f"{url}/greb/lytning/", "Værd at overveje")


def test_a_link_to_a_missing_anchor_names_its_line_in_the_browser(served):
    """MkDocs' own warning, which stops a strict build, is shown with the page's file and line."""
    project, url = served
    until(f"{url}/om/", "<h1")
    about = project / "docs" / "om"
    for name in ("index.md", "index.en.md"):
        (about / name).write_text((about / name).read_text(encoding="utf-8")
                                  + "\n[→](../raad.md#ingen)\n", encoding="utf-8")
    # (a rebuild may start between the two saves, and rightly show the two pages differ)
    page = until(f"{url}/", "anchor '#ingen'")
    line = line_of(about / "index.md", "raad.md#ingen")
    assert "Siden kan ikke bygges" in page and f"docs/om/index.md:{line}: " in page
    for name in ("index.md", "index.en.md"):
        replace_in(about / name, "[→](../raad.md#ingen)", "")
    until(f"{url}/om/", "md-header")


def test_a_change_to_the_build_code_asks_for_a_restart(served):
    """MkDocs loads the hooks and the code they import once: a page made by the old code after
    a change would mislead, so the browser says to restart instead."""
    project, url = served
    until(f"{url}/", "<h1")
    hooks = project / "scripts" / "hooks.py"
    hooks.write_text(hooks.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    page = until(f"{url}/", "Siden kan ikke bygges")
    assert "stop `make serve` (Ctrl-C) and start it again" in page
