"""The bench cannot rot: `python -m bench --smoke` runs every step at tiny sizes and the
results have the shape bench/schema.py describes. Budgets are not asserted here (SPEC §5)."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import pytest

from sitebuild import ROOT

sys.path.insert(0, str(ROOT))
from bench import schema  # noqa: E402


def _chromium_or_skip():
    from publication.chromium import chromium_path

    if chromium_path() is None:
        message = "chromium not found: the bench's browser steps cannot run"
        if os.environ.get("CI") == "true":
            pytest.fail(f"BENCH SMOKE CANNOT RUN IN CI: {message}", pytrace=False)
        pytest.skip(f"BENCH SMOKE SKIPPED: {message}")


@pytest.fixture(scope="module")
def smoke_results(tmp_path_factory) -> dict:
    _chromium_or_skip()
    out = tmp_path_factory.mktemp("bench")
    result = subprocess.run([sys.executable, "-m", "bench", "--smoke", "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"bench smoke failed:\n{result.stdout}\n{result.stderr}"
    assert (out / "REPORT.md").read_text(encoding="utf-8").startswith("# Performance")
    assert (out / "build-time.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def test_smoke_results_are_complete(smoke_results):
    assert schema.problems(smoke_results) == []


def test_smoke_covers_both_sizes_and_languages(smoke_results):
    assert [entry["size"] for entry in smoke_results["builds"]] == [1, 2]
    assert all(set(entry) >= {"da", "en"} for entry in smoke_results["search_index"])
    # The synthetic copy really is bigger: more pages and more search entries.
    small, large = smoke_results["search_index"]
    assert large["da"]["entries"] > small["da"]["entries"]
    assert smoke_results["builds"][1]["pages_per_language"] > \
        smoke_results["builds"][0]["pages_per_language"]


@pytest.mark.parametrize("break_it", [
    lambda r: r.pop("live_reload"),
    lambda r: r["search_index"][0].pop("en"),
    lambda r: r["builds"][0]["real"].update(cpu_median_s=0),
    lambda r: r["page_weight"][0]["pages"].pop(),
    lambda r: r["profile"]["hooks"]["hook_cpu_s"].pop("page_markdown"),
    lambda r: r["search_latency"][0]["da"].update(per_query_ms={}),
], ids=["no-live-reload", "no-english-index", "zero-build-time", "page-missing",
        "hooks-not-timed", "no-queries"])
def test_schema_catches_broken_results(smoke_results, break_it):
    broken = copy.deepcopy(smoke_results)
    break_it(broken)
    assert schema.problems(broken), "a broken results file must be reported"
