"""REPORT.md from a results dict: each figure, its budget and verdict, then the detail."""

from __future__ import annotations

from . import budgets, findings

_VERDICT = {True: "✅ met", False: "❌ not met"}


def _kb(n: float) -> str:
    return f"{n / 1000:,.1f} KB"


def _figure(row: dict) -> str:
    unit, value = row["unit"], row["figure"]
    if unit == "B":
        return _kb(value)
    if unit == "ms":
        return f"{value:.0f} ms"
    return f"{value:.2f}{unit}"


def _limit(row: dict) -> str:
    return {"B": _kb, "ms": lambda v: f"{v:.0f} ms"}.get(row["unit"],
                                                       lambda v: f"{v:g}{row['unit']}")(
        row["limit"])


def _table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]


def _stricter(row: dict) -> str:
    label, value = row["detail"]["stricter"]
    where = f" at {row['size']}×" if row["size"] else ""
    return f"{row['what']}{where}: {label} {_figure({**row, 'figure': value})}"


def _budgets(results: dict) -> list[str]:
    all_sizes = f"{results['builds'][0]['size']}×–{results['builds'][-1]['size']}×"
    rows = [[row["what"], f"{row['size']}×" if row["size"] else all_sizes, _figure(row),
             "≤ " + _limit(row), _VERDICT[row["pass"]]] for row in results["budgets"]]
    lines = ["## Budgets", "", *_table(["Budget", "Size", "Figure", "Limit", "Verdict"], rows)]
    close = [row for row in results["budgets"] if budgets.only_just_met(row)]
    if close:
        lines += ["", "Met, but not on a stricter reading: " + "; ".join(
            _stricter(row) for row in close) + "."]
    explain = sorted({row["budget"] for row in results["budgets"]
                      if not row["pass"] or budgets.only_just_met(row)})
    if explain:
        lines += ["", "### Not met, or only just: why, and what would meet it", ""]
        for budget in explain:
            lines += [findings.remedy(budget, results), ""]
    return lines


def _builds(results: dict, chart_file: str) -> list[str]:
    rows = [[f"{e['size']}×", e["pages_per_language"], e["runs"],
             f"{e['real']['wall_median_s']:.2f} s", f"{e['real']['cpu_median_s']:.2f} s",
             f"{e['bare']['wall_median_s']:.2f} s", f"{e['bare']['cpu_median_s']:.2f} s",
             f"{e['ratio_wall']:.2f}×", f"{e['ratio_cpu']:.2f}×",
             f"{e['article_bytes']['real'] / 1e6:.2f} / {e['article_bytes']['bare'] / 1e6:.2f}"]
            for e in results["builds"]]
    lines = ["## Build time", "",
             "Each figure is the median of separate `python -m mkdocs build` processes (start-up "
             "and imports included), real and bare alternating. CPU is user + system time of "
             "the build process: steadier than wall time while other builds share the machine. "
             "*Content* is the pages' rendered `<article>` HTML: what Markdown, search and the "
             "templates process, most of which our hooks generate.",
             "", *_table(["Size", "Pages/lang", "Runs", "Real wall", "Real CPU", "Bare wall",
                          "Bare CPU", "Ratio wall", "Ratio CPU", "Content MB, real / bare"],
                         rows),
             "", f"![Build time against content size]({chart_file})", ""]
    if results["growth"]:
        growth = results["growth"]
        lines += _table(["Series", "Fitted exponent (all sizes)", "Local exponent (two largest)"],
                        [[name.replace("_", ", "), f"{fit['exponent']:.2f}",
                          f"{fit['local_exponent']:.2f}"] for name, fit in growth.items()])
        lines.append("")
    same = results.get("same_content")
    if same:
        lines += [f"**Same content** ({same['size']}×, {same['runs']} run(s) each, alternating): "
                  "the pages as our hooks render them, captured after every `page_markdown` "
                  "handler and built as plain markdown by the bare configuration: "
                  f"{same['bare']['cpu_median_s']:.2f} s CPU ({same['bare']['wall_median_s']:.2f} "
                  f"s wall) against ours {same['real']['cpu_median_s']:.2f} s "
                  f"({same['real']['wall_median_s']:.2f} s): **{same['ratio_cpu']:.2f}×** CPU, "
                  f"{same['ratio_wall']:.2f}× wall. This ratio counts our machinery, not our "
                  "content.", ""]
    lines += [f"**Bare build**: {results['bare_definition']}", "",
              "**Synthetic content**: copy *k* of every workplace, person, theme, principle, "
              "case and quote (new ids `ID-sK`, numbered names), each copy referring only to "
              "its own copies; every principle and case page copied in both languages with its "
              "front matter and shortcodes pointing into the copy, and listed in the nav. "
              "Copies go to `data/<collection>/bench-synthetic.yml`, as an editor would add "
              "them, and pass the strict build.", ""]
    return lines


def _page_weight(results: dict) -> list[str]:
    rows = []
    for entry in results["page_weight"]:
        for page in entry["pages"]:
            kinds = ", ".join(f"{k} {_kb(v)}" for k, v in page["bytes_by_kind"].items()
                              if k != "search_index")
            rows.append([f"{entry['size']}×", f"`{page['path']}`", _kb(page["bytes_page"]),
                         _kb(page["bytes_search_index"]), _kb(page["bytes_total"]),
                         page["requests"], kinds])
    return ["## Page weight", "",
            "A first visit in headless chromium (empty cache), served gzip level 6 as a web "
            "server would; bytes the server sent, headers included, until the network is quiet. "
            "*Page* is HTML, CSS, JS, fonts and images (the budget, SPEC §5); Material also "
            "fetches the search index in the background on every first visit.", "",
            *_table(["Size", "Path", "Page (budget)", "Search index", "Total", "Requests",
                     "Page by kind"],
                    rows), ""]


def _compression_caveat(results: dict) -> list[str]:
    """Synthetic copies repeat the real text, which gzip finds; new text would not compress so."""
    small, large = results["search_index"][0], results["search_index"][-1]
    if large["size"] == small["size"]:
        return []
    projected = {lang: large[lang]["bytes"] * small[lang]["bytes_gzip"] / small[lang]["bytes"]
                 for lang in ("da", "en")}
    return [f"The synthetic copies repeat the real text, which gzip exploits: from "
            f"{small['size']}× to {large['size']}× the raw index grows "
            f"{large['da']['bytes'] / small['da']['bytes']:.0f}-fold and the gzip size only "
            f"{large['da']['bytes_gzip'] / small['da']['bytes_gzip']:.0f}-fold. New text "
            f"compressing like today's would make the {large['size']}× index about "
            f"{_kb(projected['da'])} (da) and {_kb(projected['en'])} (en) gzip, fetched on every "
            "first visit; the same caution applies to the HTML sizes under Page weight.", ""]


def _search(results: dict) -> list[str]:
    index_rows = [[f"{e['size']}×", lang, _kb(e[lang]["bytes"]), _kb(e[lang]["bytes_gzip"]),
                   e[lang]["entries"]] for e in results["search_index"] for lang in ("da", "en")]
    latency_rows = [[f"{e['size']}×", lang, f"{e[lang]['median_ms']:.0f} ms",
                     f"{e[lang]['max_ms']:.0f} ms",
                     ", ".join(f"{q} {ms:.0f}" for q, ms in e[lang]["per_query_ms"].items())]
                    for e in results["search_latency"] for lang in ("da", "en")]
    return ["## Search", "", *_table(["Size", "Edition", "Index", "Index gzip", "Entries"],
                                     index_rows), "", *_compression_caveat(results),
            "Time from the last keystroke (keydown) to the first animation frame with a result "
            "in the list, typing like a reader; the query's prefix is typed first and allowed to "
            "settle. Median over queries of each query's median.", "",
            *_table(["Size", "Edition", "Median", "Worst query", "Per query (ms)"],
                    latency_rows), ""]


def _live_reload(results: dict) -> list[str]:
    reload = results["live_reload"]
    runs = ", ".join(f"{s:.2f}" for s in reload["seconds"])
    return ["## Live reload", "",
            f"Saving `docs/greb/kultur-og-rammer.md` under `mkdocs serve --strict --livereload` "
            f"(1×) to the page serving the change: **{reload['seconds_median']:.2f} s** median "
            f"({runs} s; fastest {reload['seconds_fastest']:.2f} s, the best guide on a busy "
            f"machine); the server took {reload['startup_seconds']:.1f} s to first serve. "
            "MkDocs polls for changes every 0.5 s and waits 0.1 s for more, then rebuilds the "
            "whole site, so at N× a reload costs about the N× build time.", ""]


def _profile(results: dict) -> list[str]:
    profile = results["profile"]
    hooks = profile["hooks"]
    rows = [[f"`on_{event}`", f"{s:.3f} s"] for event, s in hooks["hook_cpu_s"].items()]
    lines = ["## Where the time goes", "",
             f"CPU time inside our hook functions during one in-process strict build at "
             f"{hooks['size']}× ({hooks['build_cpu_s']:.1f} s CPU): "
             f"**{hooks['hooks_cpu_total_s']:.2f} s, {hooks['hooks_share']:.0%}**. That is "
             "only what runs inside the hooks; Python-Markdown parsing the HTML they insert, "
             "and search indexing it, is paid later by MkDocs and Material (below).", "",
             *_table(["Hook", "CPU"], rows), ""]
    if "cprofile" in profile:
        cprofile = profile["cprofile"]
        shares = ", ".join(f"{name} {share:.0%}"
                           for name, share in cprofile["cprofile"]["share_by_package"].items())
        own = [[f"`{f['function']}`", f["calls"], f"{f['cumtime_s']:.2f} s"]
               for f in cprofile["cprofile"]["own_functions"]]
        lines += [f"cProfile (CPU clock) of a real build at {cprofile['size']}×: own time by "
                  f"package: {shares}.", "", *_table(["Our function", "Calls", "Cumulative"],
                                                     own), ""]
    return lines


def render(results: dict, chart_file: str) -> str:
    machine = results["machine"]
    load = " / ".join(f"{x:.1f}" for x in machine["load_average"][:1]
                      + machine["load_average_at_end"][:1])
    lines = ["# Performance: `make bench`", "",
             f"Generated {results['generated']} by `make bench` "
             f"({results.get('bench_seconds', 0) / 60:.1f} min) of commit "
             f"{results['code']['commit']} with {results['code']['uncommitted_files']} "
             f"uncommitted files, on {machine['cpus']} CPUs, "
             f"Python {machine['python']}; load average at start / end {load} (other builds "
             f"were running). Settings: `{results['settings']}`. Raw figures: `results.json`.",
             ""]
    if results.get("smoke"):
        lines += ["> **Smoke run**: tiny sizes, one repetition. The figures prove the bench runs, "
                  "nothing more.", ""]
    lines += _budgets(results)
    lines += ["", *_builds(results, chart_file), *_page_weight(results), *_search(results),
              *_live_reload(results), *_profile(results), *findings.hooks_section(results)]
    return "\n".join(lines).rstrip() + "\n"
