"""Timed `mkdocs build` runs of the real site and its bare twin, at each content size.

Each build is its own `python -m mkdocs build` process, as `make build` runs it, so the
figures include start-up and imports. Wall time is what a writer waits; CPU time (user +
system of the build process) is what the build costs, and it is far less disturbed by other
work on a shared machine, so ratios and growth are reported for both. Real and bare runs
alternate, so load from other builds falls on both alike.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .stats import growth_exponent, median

_TIMEOUT_S = 1800


class BuildFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(project: Path, config: Path, site: Path, strict: bool) -> Timing:
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config),
               "--site-dir", str(site)] + (["--strict"] if strict else [])
    cpu_before, start = _children_cpu(), time.perf_counter()
    result = subprocess.run(command, cwd=project, capture_output=True, text=True,
                            timeout=_TIMEOUT_S, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    timing = Timing(wall=time.perf_counter() - start, cpu=_children_cpu() - cpu_before)
    if result.returncode != 0:
        raise BuildFailed(f"{' '.join(command)} failed in {project}:\n{result.stderr[-3000:]}")
    return timing


def _summary(timings: list[Timing]) -> dict:
    return {"wall_s": [t.wall for t in timings], "cpu_s": [t.cpu for t in timings],
            "wall_median_s": median([t.wall for t in timings]),
            "cpu_median_s": median([t.cpu for t in timings])}


def measure_size(project: Path, configs: dict[str, Path], sites: dict[str, Path],
                 runs: int) -> dict:
    """``runs`` builds of each kind ('real' strict, 'bare' not), alternating which goes first."""
    timings: dict[str, list[Timing]] = {"real": [], "bare": []}
    for run in range(runs):
        order = ("real", "bare") if run % 2 == 0 else ("bare", "real")
        for kind in order:
            timings[kind].append(timed_build(project, configs[kind], sites[kind],
                                             strict=kind == "real"))
    real, bare = _summary(timings["real"]), _summary(timings["bare"])
    return {"runs": runs, "real": real, "bare": bare,
            "ratio_wall": real["wall_median_s"] / bare["wall_median_s"],
            "ratio_cpu": real["cpu_median_s"] / bare["cpu_median_s"]}


def growth(by_size: list[dict]) -> dict:
    """Fitted exponent over every size, and the local one between the two largest sizes
    (start-up costs flatten the fit at small sizes; the local slope is where growth heads)."""
    sizes = [entry["size"] for entry in by_size]
    if len(sizes) < 2:
        return {}  # one size: nothing to fit
    result = {}
    for kind in ("real", "bare"):
        for clock in ("wall", "cpu"):
            seconds = [entry[kind][f"{clock}_median_s"] for entry in by_size]
            result[f"{kind}_{clock}"] = {
                "exponent": growth_exponent(sizes, seconds),
                "local_exponent": growth_exponent(sizes[-2:], seconds[-2:]),
            }
    return result
