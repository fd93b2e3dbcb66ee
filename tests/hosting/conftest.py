"""The built site served by Debian's nginx through hosting/nginx.conf, on free loopback ports.

Without nginx these tests skip with a loud reason; in CI (CI=true) a missing nginx is a
failure, so the hosting layer can never silently stop running.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from unittest import mock

import pytest

from publication import hosting
from sitebuild import ROOT, build, copy_project

HERE = Path(__file__).resolve().parent
# hosting/nginxsite.py and this folder's helpers, importable by the tests here.
sys.path[:0] = [str(ROOT / "hosting"), str(HERE)]

import nginxsite  # noqa: E402
import served  # noqa: E402


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.hosting)


@pytest.fixture(scope="session")
def nginx() -> str:
    path = nginxsite.find_nginx()
    if path is None:
        message = f"nginx not found: {nginxsite.INSTALL_HINT}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"HOSTING TESTS CANNOT RUN IN CI: {message}", pytrace=False)
        pytest.skip(f"HOSTING TESTS SKIPPED: {message}")
    return path


# Two moved pages, so the redirects are the build's own: data/redirects.yml -> redirect pages
# (every edition) -> .hosting/redirects.map -> 301 from nginx.
TEST_REDIRECTS = """\
- from: gammel-side/
  to: greb/kultur-og-rammer/
- from: cases/flyttet/
  to: cases/paddehatten/
"""


def _deployable_site(tmp_path_factory, name: str, site_url: str) -> Path:
    """The real project plus TEST_REDIRECTS, built strict for ``site_url`` and prepared for a
    server as `make build-prod` prepares it."""
    project = copy_project(tmp_path_factory.mktemp(name) / "project")
    (project / "data" / "redirects.yml").write_text(TEST_REDIRECTS, encoding="utf-8")
    site = project.parent / "site"
    with mock.patch.dict(os.environ, {"SITE_URL": site_url}):
        result = build(project, site)
    assert result.returncode == 0, f"build for {site_url} failed:\n{result.stdout}\n{result.stderr}"
    hosting.prepare_site(site)
    return site


@pytest.fixture(scope="session")
def hosted_site(tmp_path_factory) -> Path:
    return _deployable_site(tmp_path_factory, "hosted", "http://127.0.0.1/")


@pytest.fixture(scope="session")
def server(nginx, hosted_site, tmp_path_factory):
    """Root URL (no trailing slash) of the site served at /."""
    with served.running(nginx, hosted_site, "", tmp_path_factory.mktemp("nginx") / "root") as url:
        yield url


@pytest.fixture(scope="session")
def subpath_server(nginx, tmp_path_factory):
    """The site built for http://127.0.0.1/ledelse/ and served under /ledelse/."""
    prefix = served.SUBPATH_PREFIX
    site = _deployable_site(tmp_path_factory, "subpath", f"http://127.0.0.1{prefix}/")
    with served.running(nginx, site, prefix, tmp_path_factory.mktemp("nginx") / "sub") as url:
        yield url

