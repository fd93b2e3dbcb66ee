"""What a bench run measures and how often, from environment variables.

The machine is small and shared, so every repetition count is a knob; ``smoke()`` is the
tiny preset `make test` and `make bench-smoke` use so the bench cannot rot.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Settings:
    # content size (multiple of the real site) -> timed builds of real and bare at that size
    scales: dict[int, int]
    # sizes at which the built site is loaded and searched in chromium
    browser_scales: tuple[int, ...]
    search_repeats: int  # each query is typed this many times; the median counts
    search_queries: int  # how many of search_latency.QUERIES to type, per edition
    reload_runs: int  # saves under `mkdocs serve`
    profile_scale: int  # size of the one cProfile'd build; 0 skips profiling
    same_content_scale: int  # size of the bare build of the same rendered pages; 0 skips
    smoke: bool = False


def _scales(text: str) -> dict[int, int]:
    """'1:5,10:3,50:2' -> {1: 5, 10: 3, 50: 2}; a size without ':runs' is built once."""
    scales = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        size, _, runs = item.partition(":")
        scales[int(size)] = int(runs or 1)
    if 1 not in scales:
        raise ValueError("BENCH_SCALES must include size 1: the real site is the baseline")
    return dict(sorted(scales.items()))


def _sizes(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(part) for part in text.split(",") if part.strip()}))


def from_environment() -> Settings:
    scales = _scales(os.environ.get("BENCH_SCALES", "1:5,10:3,50:1"))
    browser = _sizes(os.environ.get("BENCH_BROWSER_SCALES", f"1,{max(scales)}"))
    same_content = int(os.environ.get("BENCH_SAME_CONTENT_SCALE", "10"))
    return Settings(
        scales=scales,
        browser_scales=tuple(size for size in browser if size in scales),  # built sizes only
        search_repeats=int(os.environ.get("BENCH_SEARCH_REPEATS", "3")),
        search_queries=int(os.environ.get("BENCH_SEARCH_QUERIES", "5")),
        reload_runs=int(os.environ.get("BENCH_RELOAD_RUNS", "3")),
        profile_scale=int(os.environ.get("BENCH_PROFILE_SCALE", "10")),
        same_content_scale=same_content if same_content in scales else 0,  # built sizes only
    )


def smoke() -> Settings:
    """Every step once, at sizes small enough for `make test` (well under a minute)."""
    return replace(from_environment(), scales={1: 1, 2: 1}, browser_scales=(2,),
                   search_repeats=1, search_queries=2, reload_runs=1, profile_scale=0,
                   same_content_scale=2, smoke=True)
