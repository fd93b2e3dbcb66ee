"""One bench run, step by step, into one results dict (schema.py describes it).

Every step works on copies of the project in a temporary folder; the working tree's site/
and docs/ are never touched.
"""

from __future__ import annotations

import datetime
import os
import platform
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import (
    budgets,
    builds,
    live_reload,
    page_weight,
    profiling,
    search_index,
    same_content,
    search_latency,
    site_content,
)
from .browser import chromium
from .configs import write_configs
from .project import ROOT, copy_project
from .serving import serve
from .settings import Settings
from .synthetic import scale_project

SCHEMA_VERSION = 1
BARE_DEFINITION = (
    "mkdocs.yml inherited, with the same markdown, nav, markdown extensions, Material theme "
    "(font: false, same features), search and mkdocs-static-i18n (same languages and options); "
    "without our hooks (scripts/hooks.py), template overrides (overrides/), extra CSS and "
    "JavaScript; built without --strict, since our pages take their titles and generated "
    "parts from the hooks. Shortcodes stay in the markdown as HTML comments."
)

Log = Callable[[str], None]


class _Sizes:
    """The project copy at each content size, and where its last real and bare builds went.

    Every size starts from one snapshot taken at the start, so a run measures one state of
    the code even while others keep editing the working tree.
    """

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.snapshot = copy_project(workdir / "snapshot")
        self.projects: dict[int, Path] = {}
        self.configs: dict[int, dict[str, Path]] = {}

    def prepare(self, size: int) -> Path:
        project = self.workdir / f"project-{size}x"
        shutil.copytree(self.snapshot, project)
        self.configs[size] = write_configs(project, scale_project(project, size))
        self.projects[size] = project
        return project

    def site(self, size: int, kind: str = "real") -> Path:
        return self.workdir / f"site-{size}x-{kind}"


def _pages_per_language(project: Path) -> int:
    return sum(1 for page in (project / "docs").rglob("*.md") if page.name.count(".") == 1)


def _measure_builds(settings: Settings, sizes: _Sizes, log: Log) -> list[dict]:
    results = []
    for size, runs in settings.scales.items():
        log(f"{size}x: generating content, {runs} build(s) each of real and bare")
        project = sizes.prepare(size)
        sites = {kind: sizes.site(size, kind) for kind in ("real", "bare")}
        entry = builds.measure_size(project, sizes.configs[size], sites, runs)
        content = {kind: site_content.article_bytes(site) for kind, site in sites.items()}
        results.append({"size": size, "pages_per_language": _pages_per_language(project),
                        "article_bytes": content, **entry})
        log(f"{size}x: real {entry['real']['wall_median_s']:.2f} s, "
            f"bare {entry['bare']['wall_median_s']:.2f} s (wall medians)")
    return results


def _measure_same_content(settings: Settings, sizes: _Sizes, log: Log) -> dict | None:
    """Our build against a bare build of the pages as our hooks render them, alternating."""
    size = settings.same_content_scale
    if not size:
        return None
    log(f"{size}x: bare build of the same rendered pages, {settings.scales[size]} run(s) each")
    project, configs = sizes.projects[size], sizes.configs[size]
    rendered = same_content.prepare(project, configs["real"],
                                    sizes.workdir / f"project-{size}x-rendered")
    bare_config = rendered / configs["bare"].name
    sites = {kind: sizes.workdir / f"site-{size}x-same-content-{kind}" for kind in ("real", "bare")}
    entry = builds.measure_size(project, {"real": configs["real"], "bare": bare_config}, sites,
                                settings.scales[size])
    content = {kind: site_content.article_bytes(site) for kind, site in sites.items()}
    return {"size": size, "article_bytes": content, **entry}


def _measure_in_browser(settings: Settings, sizes: _Sizes, log: Log) -> tuple[list, list]:
    weights, latencies = [], []
    with chromium() as browser:
        for size in settings.browser_scales:
            log(f"{size}x: page weight and search latency in chromium")
            with serve(sizes.site(size)) as served:
                weights.append({"size": size, "pages": page_weight.measure(browser, served)})
                latencies.append({"size": size, **search_latency.measure(
                    browser, served.url, settings.search_repeats, settings.search_queries)})
    return weights, latencies


def _profile(settings: Settings, sizes: _Sizes, log: Log) -> dict:
    largest = max(settings.scales)
    log(f"{largest}x: CPU time inside our hooks (in-process build)")
    result = {"hooks": {"size": largest, **profiling.run(
        sizes.projects[largest], sizes.configs[largest]["real"],
        sizes.workdir / "site-hooks", with_cprofile=False)}}
    if settings.profile_scale:
        size = settings.profile_scale
        if size not in sizes.projects:
            sizes.prepare(size)
        log(f"{size}x: cProfile of a real build")
        result["cprofile"] = {"size": size, **profiling.run(
            sizes.projects[size], sizes.configs[size]["real"], sizes.workdir / "site-profile",
            with_cprofile=True)}
    return result


def _code_state() -> dict:
    """Which code was measured: the commit, and how many files differed from it."""
    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else "unknown"

    status = git("status", "--porcelain")
    return {"commit": git("rev-parse", "--short", "HEAD"),
            "uncommitted_files": len(status.splitlines()) if status != "unknown" else None}


def _machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "load_average": list(os.getloadavg())}


def run(settings: Settings, log: Log = print) -> dict:
    started, code = _machine(), _code_state()
    with tempfile.TemporaryDirectory(prefix="ldi-bench-") as workdir:
        sizes = _Sizes(Path(workdir))
        by_size = _measure_builds(settings, sizes, log)
        same = _measure_same_content(settings, sizes, log)
        indexes = [{"size": entry["size"], **search_index.measure(sizes.site(entry["size"]))}
                   for entry in by_size]
        weights, latencies = _measure_in_browser(settings, sizes, log)
        log(f"1x: live reload under mkdocs serve, {settings.reload_runs} save(s)")
        reload = live_reload.measure(sizes.projects[1], settings.reload_runs)
        profile = _profile(settings, sizes, log)
    results = {
        "schema": SCHEMA_VERSION,
        "generated": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "smoke": settings.smoke,
        "machine": {**started, "load_average_at_end": list(os.getloadavg())},
        "code": code,
        "settings": {"scales": {str(k): v for k, v in settings.scales.items()},
                     "browser_scales": list(settings.browser_scales),
                     "search_repeats": settings.search_repeats,
                     "search_queries": settings.search_queries,
                     "reload_runs": settings.reload_runs,
                     "profile_scale": settings.profile_scale,
                     "same_content_scale": settings.same_content_scale},
        "bare_definition": BARE_DEFINITION,
        "builds": by_size,
        "same_content": same,
        "growth": builds.growth(by_size),
        "search_index": indexes,
        "page_weight": weights,
        "search_latency": latencies,
        "live_reload": reload,
        "profile": profile,
    }
    results["budgets"] = budgets.evaluate(results)
    return results
