"""The fixture publication, built as for deployment, served by Debian's nginx through
hosting/nginx.conf on free loopback ports.

Without nginx these tests skip with a loud reason; in CI (CI=true) a missing nginx is a
failure, so the hosting layer can never silently stop running.
"""

from __future__ import annotations

from pathlib import Path

import nginxsite
import pytest
from support import served
from support.builds import built_once, copy_fixture
from support.required import required

# One more moved page beside the fixture's renamed case: a page that went away entirely.
EXTRA_REDIRECT = "- from: gammel-side/\n  to: greb/lytning/\n"


@pytest.fixture(scope="session")
def nginx() -> str:
    return required(nginxsite.find_nginx(), "hosting tests",
                    f"nginx not found: {nginxsite.INSTALL_HINT}")


def deployable_project(target: Path) -> Path:
    """The fixture publication with one more redirect: the build writes what nginx includes."""
    project = copy_fixture(target)
    redirects = project / "data" / "redirects.yml"
    redirects.write_text(redirects.read_text(encoding="utf-8") + EXTRA_REDIRECT,
                         encoding="utf-8")
    return project


def deployable_site(tmp_path_factory, name: str, site_url: str) -> Path:
    """That publication built for ``site_url``, once for the run."""
    return built_once(tmp_path_factory, name, deployable_project, env={"SITE_URL": site_url})


@pytest.fixture(scope="session")
def hosted_site(tmp_path_factory) -> Path:
    return deployable_site(tmp_path_factory, "hosted", "http://127.0.0.1/")


@pytest.fixture(scope="session")
def server(nginx, hosted_site, tmp_path_factory):
    """Root URL (no trailing slash) of the site served at /."""
    with served.running(nginx, hosted_site, "", tmp_path_factory.mktemp("nginx") / "root") as url:
        yield url


@pytest.fixture(scope="session")
def subpath_server(nginx, tmp_path_factory):
    """The site built for http://127.0.0.1/ledelse/ and served under /ledelse/."""
    prefix = served.SUBPATH_PREFIX
    site = deployable_site(tmp_path_factory, "subpath", f"http://127.0.0.1{prefix}/")
    with served.running(nginx, site, prefix, tmp_path_factory.mktemp("nginx") / "sub") as url:
        yield url
