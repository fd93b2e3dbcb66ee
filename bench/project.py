"""Copies of the project, the two configurations built, and the timed builds at every size.

The bench never builds the working tree: one snapshot is copied at the start (others keep
editing), and every size is a copy of that snapshot.
"""

from __future__ import annotations

import functools
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml
from publication.configuration import project_languages
from publication.editions import EditionUrls, edition_root
from publication.pages import translation_uri
from publication.registry import load_registry

from . import synthetic

ROOT = Path(__file__).resolve().parent.parent
# What a build reads; a copy of these is a complete project (contract/: the URLs it must keep).
PARTS = ("mkdocs.yml", "docs", "data", "overrides", "scripts", "sources", "contract")
EMPTY = "bench-no-overrides"
# The bare build: same markdown, theme and i18n plugin, none of our hooks or templates.
# INHERIT merges mappings and replaces lists; it cannot delete custom_dir, so it points at an
# empty folder. Not strict: without our hooks, our shortcodes and titles are left unfilled.
BARE = {"hooks": [], "watch": [], "theme": {"custom_dir": EMPTY}, "strict": False}
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@functools.cache
def _languages(root: Path) -> tuple[tuple[str, ...], str]:
    languages, default = project_languages(root)
    return tuple(languages), default


def editions(root: Path = ROOT) -> dict[str, str]:
    """{language: its edition's site folder ('' or 'en/')}, as mkdocs.yml configures them."""
    languages, default = _languages(root)
    return {lang: edition_root(lang, default) for lang in languages}


def _measured_chapter(root: Path):
    """The first chapter with the publication's full text (the heaviest kind of page), else
    the first chapter."""
    languages, _default = _languages(root)
    registry = load_registry(root, languages)
    chapters = [*registry.principles.values(), *registry.cases.values()]
    return next((chapter for chapter in chapters if chapter.text == "full"), chapters[0])


def chapter_page(root: Path = ROOT) -> str:
    """The page the page-weight budget is for, in the first edition."""
    default = _languages(root)[1]
    return "/" + EditionUrls("", default).relative(_measured_chapter(root).page, default)


def translated_chapter(root: Path) -> tuple[str, str]:
    """That chapter's page in a translated edition: its file and its site path. A line added
    there is not the publication's (translations are ours), so a strict build takes it."""
    languages, default = _languages(root)
    lang = next(lang for lang in languages if lang != default)
    page = _measured_chapter(root).page
    return (f"docs/{translation_uri(page, lang, default)}",
            "/" + EditionUrls("", default).relative(page, lang))


def snapshot(target: Path) -> Path:
    target.mkdir(parents=True)
    for part in PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, target / part,
                            ignore=shutil.ignore_patterns("__pycache__"))
        elif (ROOT / part).exists():
            shutil.copy2(ROOT / part, target / part)
    return target


def write_configs(project: Path, additions: dict[str, list[str]]) -> dict[str, Path]:
    """bench-real.yml (mkdocs.yml, its nav listing the synthetic pages) and bench-bare.yml."""
    from mkdocs.utils.yaml import yaml_load  # knows mkdocs.yml's !ENV tags

    def extend(item):  # each folder's pages go to the section holding FOLDER/index.md
        if isinstance(item, dict):
            return {title: extend(children) for title, children in item.items()}
        if isinstance(item, list):
            return [extend(child) for child in item] + [
                page for folder, pages in additions.items() if f"{folder}/index.md" in item
                for page in pages]
        return item

    with open(project / "mkdocs.yml", encoding="utf-8") as source:
        common = {"INHERIT": "mkdocs.yml", "nav": extend(yaml_load(source)["nav"])}
    (project / EMPTY).mkdir(exist_ok=True)
    configs = {"real": common, "bare": {**common, **BARE}}
    for kind, content in configs.items():
        (project / f"bench-{kind}.yml").write_text(
            yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return {kind: project / f"bench-{kind}.yml" for kind in configs}


def _children_cpu() -> float:  # user + system time of finished child processes
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(project: Path, config: Path, site: Path, strict: bool,
                env: dict | None = None) -> tuple[float, float]:
    """One `python -m mkdocs build` process, as `make build` runs it: (wall, CPU) seconds;
    ``env`` adds variables (SITE_URL)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config),
               "--site-dir", str(site), *(["--strict"] if strict else [])]
    shutil.rmtree(site, ignore_errors=True)
    cpu, start = _children_cpu(), time.perf_counter()
    result = subprocess.run(command, cwd=project, capture_output=True, text=True,
                            env={**ENV, **(env or {})}, timeout=1800)
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} in {project} failed:\n{result.stderr[-4000:]}")
    return wall, cpu


def _summary(timings: list[tuple[float, float]]) -> dict:
    return {"wall_s": [w for w, _ in timings], "cpu_s": [c for _, c in timings],
            "median_s": statistics.median(w for w, _ in timings),
            "cpu_median_s": statistics.median(c for _, c in timings)}


def exponent(sizes: list[float], seconds: list[float]) -> float | None:
    """Least-squares slope of log(seconds) on log(size): 1 is linear, 2 quadratic."""
    if len(sizes) < 2:
        return None
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in seconds]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def builds(scales: dict[int, int], work: Path, log) -> tuple[dict, dict, dict[int, Path]]:
    """The real site against the bare build (real and bare alternating, so other load falls
    on both alike), then the real build at every size. Returns the real sites built."""
    source = snapshot(work / "snapshot")
    sizes, sites, build = [], {}, {}
    for size, runs in scales.items():
        folder = shutil.copytree(source, work / f"project-{size}x")
        configs = write_configs(folder, synthetic.scale(folder, size))
        if size == 1:
            configs["real"] = folder / "mkdocs.yml"  # the real site, as `make build` builds it
        kinds = ("real", "bare") if size == 1 else ("real",)
        log(f"{size}×: {runs} build(s) of {' and '.join(kinds)}")
        timings: dict[str, list] = {kind: [] for kind in kinds}
        for run in range(runs):
            for kind in kinds if run % 2 == 0 else kinds[::-1]:
                timings[kind].append(timed_build(folder, configs[kind],
                                                 work / f"site-{size}x-{kind}", kind == "real"))
        sites[size], real = work / f"site-{size}x-real", _summary(timings["real"])
        pages = sum(1 for p in (folder / "docs").rglob("*.md") if p.name.count(".") == 1)
        sizes.append({"size": size, "pages_per_language": pages, "runs": runs, **real})
        if size == 1:
            bare = _summary(timings["bare"])
            build = {"runs": runs, "real": real, "bare": bare,
                     "ratio": real["median_s"] / bare["median_s"],
                     "ratio_cpu": real["cpu_median_s"] / bare["cpu_median_s"]}
        log(f"{size}×: {real['median_s']:.2f} s (median)")
    xs, wall = [e["size"] for e in sizes], [e["median_s"] for e in sizes]
    # The fit over every size, and the slope between the two largest: start-up costs flatten
    # the fit at small sizes, the top slope is where growth is heading.
    return build, {"sizes": sizes, "exponent": exponent(xs, wall),
                   "exponent_top": exponent(xs[-2:], wall[-2:])}, sites


def machine_and_code() -> dict:
    """What was measured, on what: the figures mean little without it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout

    return {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                        "platform": platform.platform(), "load_average": os.getloadavg()[0]},
            "code": {"commit": git("rev-parse", "--short", "HEAD").strip() or "unknown",
                     "uncommitted_files": len(git("status", "--porcelain").splitlines())}}
