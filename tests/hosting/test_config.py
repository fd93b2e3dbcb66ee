"""hosting/nginx.conf as an IT department gets it: rendered for its deployment, accepted by
`nginx -t` with the shipped (empty) redirect map, and `serve` as make serve-prod runs it."""

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nginxsite
import pytest
import yaml
from support.builds import ROOT
from support.served import free_port, get

SCRIPT = ROOT / "hosting" / "nginxsite.py"


@pytest.mark.parametrize(
    ("site_url", "prefix"),
    [("https://intranet.example/ledelse/", "/ledelse"), ("http://127.0.0.1:8000/", ""),
     ("https://example.dk/a/b", "/a/b"), ("https://example.dk", "")],
)
def test_prefix_is_site_urls_path_without_its_slash(site_url, prefix):
    assert nginxsite.prefix_of(site_url) == prefix


@pytest.mark.parametrize("site_url", ["https://x/le delse/", "https://x/v1.0/", "https://x/a//"])
def test_a_prefix_nginx_could_misread_is_refused(site_url):
    with pytest.raises(nginxsite.HostingError):
        nginxsite.prefix_of(site_url)


def test_render_fills_every_value_and_leaves_nginx_variables(tmp_path):
    deployment = nginxsite.Deployment(tmp_path, "/ledelse", "80")
    text = nginxsite.render(deployment)
    assert "${LDI_" not in text
    assert f"alias {tmp_path.resolve()}/;" in text
    assert "location /ledelse/en/ {" in text
    assert "$ldi_redirect$is_args$args" in text


def test_render_refuses_an_unknown_value(tmp_path):
    with pytest.raises(nginxsite.HostingError, match="LDI_TYPO"):
        nginxsite.render(nginxsite.Deployment(tmp_path, "", "80"), "listen ${LDI_TYPO};")


def test_a_site_built_for_another_prefix_is_refused(hosted_site):
    nginxsite.check_site(hosted_site, "")
    with pytest.raises(nginxsite.HostingError, match="rebuild with the matching SITE_URL"):
        nginxsite.check_site(hosted_site, "/ledelse")


def test_a_site_without_its_policy_is_refused(site, tmp_path):
    """A site whose .hosting/ includes are missing (not built by us): nginx would have no CSP."""
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    shutil.rmtree(copy / ".hosting")
    with pytest.raises(nginxsite.HostingError, match="make build"):
        nginxsite.check_site(copy, "")


def test_shipped_config_passes_nginx_t(nginx, hosted_site, tmp_path):
    """As shipped, with the site's own includes, at the root and under a prefix."""
    for prefix in ("", "/ledelse"):
        workdir = tmp_path / (prefix.strip("/") or "root")
        workdir.mkdir()
        deployment = nginxsite.Deployment(hosted_site, prefix, "127.0.0.1:9")
        main = nginxsite.write_standalone(deployment, workdir)
        result = subprocess.run(nginxsite.nginx_command(nginx, workdir, main, "-t"),
                                capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, result.stderr
        assert "[warn]" not in result.stderr, result.stderr


def test_cli_render_prints_the_deployable_file(hosted_site):
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "render", "--site", str(hosted_site), "--listen", "80"],
        capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "listen 80;" in result.stdout
    assert f"include {hosted_site.resolve()}/.hosting/csp-header.conf;" in result.stdout


def test_cli_render_says_what_is_wrong(hosted_site):
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "render", "--site", str(hosted_site),
         "--site-url", "https://intranet.example/ledelse/"],
        capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "built for the prefix '/'" in result.stderr


def test_serve_runs_until_stopped_and_cleans_up(nginx, hosted_site):
    """What `make serve-prod` runs: serves on loopback, and a TERM stops nginx with it."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), "serve", "--site", str(hosted_site), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(100):  # up to 10 s
            try:
                response = get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("serve did not answer in 10 s")
        assert response.status == 200
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=15)
    assert process.returncode == 0, output
    assert f"at http://127.0.0.1:{port}/" in output
    with pytest.raises(OSError):
        get(f"http://127.0.0.1:{port}/")  # nginx went with it



DEBIAN_MAIN = Path("/etc/nginx/nginx.conf")


def test_rendered_file_fits_debians_own_nginx_conf(nginx, hosted_site, tmp_path):
    """Installed as the README says: inside Debian's http { } block, beside its defaults."""
    if not DEBIAN_MAIN.is_file():
        pytest.skip(f"no {DEBIAN_MAIN}")
    site_conf = tmp_path / "ledelse.conf"
    site_conf.write_text(nginxsite.render(nginxsite.Deployment(hosted_site, "/ledelse", "80")))
    main = DEBIAN_MAIN.read_text()
    assert "include /etc/nginx/sites-enabled/*;" in main  # where Debian includes sites
    for system, here in [("/etc/nginx/sites-enabled/*", site_conf),
                         ("/var/log/nginx/", f"{tmp_path}/"), ("/run/nginx.pid", tmp_path / "pid")]:
        main = main.replace(system, str(here))
    (tmp_path / "nginx.conf").write_text(main)
    result = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"),
                             "-e", "stderr"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "[warn]" not in result.stderr, result.stderr


@pytest.mark.parametrize("example", sorted((ROOT / "hosting" / "examples").glob("*.yml")))
def test_ci_examples_build_what_is_deployed_for_their_address(example):
    text = example.read_text()
    assert yaml.safe_load(text)
    assert "make build-prod" in text and "SITE_URL" in text
    assert "\nbuild-prod:" in (ROOT / "mk" / "hosting.mk").read_text()


def test_the_includes_nginx_expects_are_what_the_build_writes():
    """hosting/nginxsite.py needs no virtualenv, so it names the includes itself."""
    from publication import csp, hosting

    assert nginxsite.SITE_INCLUDES == [csp.NGINX_INCLUDE, hosting.REDIRECT_MAP]
