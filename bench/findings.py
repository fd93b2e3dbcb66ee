"""What the figures mean, for REPORT.md: why a budget is missed and what would meet it, and
the changes to our hooks that profiling points at.

The diagnosis comes from profiling this code base (cProfile on the CPU clock, and prototype
fixes built in throw-away copies of the project, compared build for build). Figures quoted
from ``results`` stay current; the ``MEASURED_*`` figures are one-off measurements, dated, and
should be re-measured (or this text revised) when scripts/ changes.
"""

from __future__ import annotations

from .stats import growth_exponent

MEASURED_ON = "2026-11-24, commit 679edcf plus the working tree of that morning"

# One-off prototype measurements, CPU seconds of a strict `mkdocs build` (median of 5 runs at
# 1×, 3 at 10×, 1 at 50×): the code as it was, with change 1 (post_build), with changes 1–4.
MEASURED_CPU = {
    1: {"as it was": 1.90, "change 1": 1.48, "changes 1–4": 1.36},
    10: {"as it was": 7.61, "change 1": 4.85, "changes 1–4": 3.81},
    50: {"as it was": 61.7, "change 1": 31.2, "changes 1–4": 27.3},
}
MEASURED_HOSTING_50X = {  # change 1, step by step, at 50× (1,022 pages, 218 MB of HTML)
    "csp.inline_scripts over every page": (13.4, 0.23),
    "hosting.refresh_target over every page": (14.3, 0.03),
    "precompress, gzip level 9 → 6": (4.8, 1.6),
}
# At 10×: our build with changes 1–4, and the bare build of the same rendered pages.
MEASURED_SAME_CONTENT_10X = (3.89, 3.11)
# Changes 1–4 without and with the theme feature navigation.prune, at 10× and 50×.
MEASURED_PRUNE = {10: (3.80, 3.57), 50: (27.3, 19.9)}


def _local_exponent(column: int) -> float:
    (small, a), (large, b) = ((size, figures[column]) for size, figures in MEASURED_PRUNE.items())
    return growth_exponent([small, large], [a, b])


def _measured_table(results: dict) -> list[str]:
    """The prototype figures beside this run's bare build: the ratio each change would give."""
    bare = {entry["size"]: entry["bare"]["cpu_median_s"] for entry in results["builds"]}
    steps = list(next(iter(MEASURED_CPU.values())))
    header = "| Size | " + " | ".join(steps) + " |"
    lines = [header, "|---|" + "---|" * len(steps)]
    for size, figures in MEASURED_CPU.items():
        cells = [f"{figures[step]:.2f} s" + (f" ({figures[step] / bare[size]:.2f}×)"
                                             if size in bare else "") for step in steps]
        lines.append(f"| {size}× | " + " | ".join(cells) + " |")
    return lines


def _largest_hooks(results: dict, count: int = 3) -> str:
    hooks = results["profile"]["hooks"]
    ranked = sorted(hooks["hook_cpu_s"].items(), key=lambda kv: -kv[1])[:count]
    return ", ".join(f"`on_{event}` {seconds:.1f} s" for event, seconds in ranked)


def _build_ratio(results: dict) -> str:
    failing = [row for row in results["budgets"]
               if row["budget"] == "build_ratio" and not row["pass"]]
    sizes = ", ".join(f"{row['size']}× ({row['figure']:.2f}×)" for row in failing)
    content = ", ".join(f"{e['size']}× {e['article_bytes']['real'] / 1e6:.2f} MB against "
                        f"{e['article_bytes']['bare'] / 1e6:.2f} MB" for e in results["builds"])
    text = (
        f"- **Build time against bare** is over 1.5× at {sizes}, for two reasons. *Content*: "
        "the bare build renders the markdown without what our hooks generate (titles, quotes, "
        "related blocks, /temaer/, /citater/, /raad/, the print page); rendered page content "
        f"(`<article>`), ours against bare: {content}. Processing that content costs MkDocs, "
        "Python-Markdown, Jinja and Material's search plugin time in any build. *Machinery*: "
        "how our hooks do their work, which the next budget row isolates."
    )
    same = results.get("same_content")
    if same:
        plain = next(e for e in results["builds"] if e["size"] == same["size"])
        text += (
            f" At {same['size']}×, a bare build of the very pages our hooks render costs "
            f"{same['bare']['cpu_median_s']:.2f} s CPU against the plain bare build's "
            f"{plain['bare']['cpu_median_s']:.2f} s (content), and ours "
            f"{same['real']['cpu_median_s']:.2f} s (machinery on top)."
        )
    return text + (
        " What would meet it: changes 1–4 under \"Recommended changes\" take the ratio to the "
        "figures in brackets there (prototype CPU ÷ this run's bare CPU). What remains over "
        "1.5× after them is the content itself: against the bare build of the same rendered "
        f"pages, the prototypes come to {_same_content_ratio():.2f}× at 10×. Meeting 1.5× "
        "against the plain bare build would take less generated content per page, or a "
        "budget that compares builds doing the same work."
    )


def _same_content_ratio() -> float:
    ours, bare = MEASURED_SAME_CONTENT_10X
    return ours / bare


def _build_ratio_same_content(results: dict) -> str:
    same = results["same_content"]
    hooks = results["profile"]["hooks"]
    return (
        f"- **Against the same rendered pages** our build costs {same['ratio_cpu']:.2f}× at "
        f"{same['size']}×: this is our machinery alone. At {hooks['size']}× our hook functions "
        f"take {hooks['hooks_cpu_total_s']:.1f} s CPU ({hooks['hooks_share']:.0%} of the "
        f"build), the largest {_largest_hooks(results)}; the rest is Python-Markdown parsing the "
        "HTML the hooks put into the markdown. What would meet it: changes 1–4 below; with "
        f"them the prototype measured {MEASURED_SAME_CONTENT_10X[0]:.2f} s CPU against "
        f"{MEASURED_SAME_CONTENT_10X[1]:.2f} s at 10×: {_same_content_ratio():.2f}×."
    )


def _growth(results: dict) -> str:
    growth = results["growth"]
    return (
        f"- **Growth**: fitted exponent {growth['real_cpu']['exponent']:.2f}, local (two largest "
        f"sizes) {growth['real_cpu']['local_exponent']:.2f}; the bare build's local exponent is "
        f"{growth['bare_cpu']['local_exponent']:.2f}. Material writes the whole navigation into "
        "every page, so pages × nav entries grows with the square of the content even without "
        "our hooks, and so does every post-build pass over all the HTML. What would meet it: "
        "post-build passes that read only what they need (change 1 below), and the theme "
        "feature `navigation.prune` in mkdocs.yml (each page lists only the open section). "
        "Measured on prototypes, changes 1–4 give a local exponent of "
        f"{_local_exponent(0):.2f} (10× → 50×: {MEASURED_PRUNE[10][0]:.2f} → "
        f"{MEASURED_PRUNE[50][0]:.1f} s CPU), and with `navigation.prune` "
        f"{_local_exponent(1):.2f} ({MEASURED_PRUNE[10][1]:.2f} → "
        f"{MEASURED_PRUNE[50][1]:.1f} s). "
        "Long sections split into sub-sections would keep it there as the content grows."
    )


def _page_weight(results: dict) -> str:
    return (
        "- **Page weight**: CSS and JavaScript are Material's bundles (about 83 KB gzip of every "
        "page); the HTML grows with the navigation at scale. What would meet it: "
        "`navigation.prune` (smaller HTML), and our own CSS/JS only where a page uses it."
    )


def _search_latency(results: dict) -> str:
    largest = results["search_index"][-1]
    return (
        f"- **Search**: at {largest['size']}× the index holds {largest['da']['entries']} entries "
        f"({largest['da']['bytes'] / 1e6:.1f} MB raw) per edition and lunr scores every one. "
        "Quotes stand three times in it (principle page, /citater/, case pages' related "
        "block). What would meet it: Material's `data-search-exclude` on the related block and "
        "the quote explorer, which would remove the duplicates from the index."
    )


_REMEDIES = {"build_ratio": _build_ratio, "build_ratio_same_content": _build_ratio_same_content,
             "growth": _growth, "page_weight": _page_weight, "search_latency": _search_latency}


def remedy(budget: str, results: dict) -> str:
    return _REMEDIES[budget](results)


def hooks_section(results: dict) -> list[str]:
    hosting = "\n".join(f"   - {step}: {before:.1f} → {after:.2f} s"
                        for step, (before, after) in MEASURED_HOSTING_50X.items())
    return [
        "## Recommended changes to our hooks",
        "",
        f"Found by profiling, each measured once with a prototype in a throw-away copy "
        f"({MEASURED_ON}); output compared page for page (same CSP hashes, same search index, "
        "HTML equal up to attribute order). Largest gain first.",
        "",
        "1. **`mkdocs_bridge.post_build` → `hosting.prepare_site` reads every page in full, "
        "twice, with Python's HTMLParser, then gzips every text file at level 9**, on every "
        "build and every `mkdocs serve` rebuild. In `csp.inline_scripts`, feed "
        "`_ScriptCollector` only the `<script …>…</script>` elements a regex finds "
        "(`<script\\b[^>]*>.*?</script\\s*>`, DOTALL) instead of the whole page; in "
        "`hosting.refresh_target`, look only before `</head>` and parse only when it mentions "
        "`http-equiv=refresh`; in `precompress.gzip_bytes`, level 6 (files 1–2 % bigger), or "
        "leave CSP and pre-compression to `make build-prod`, which runs them anyway. At 50× "
        "(CPU):",
        hosting,
        "",
        "2. **`on_config` parses `data/` with pure-Python YAML, twice per build** "
        "(mkdocs-static-i18n runs `on_config` once per language). In `yamlsource._line_loader`, "
        "derive `LineLoader` from `yaml.CSafeLoader` when present (libyaml ships in the PyYAML "
        "wheel and gives nodes the same marks, so file:line messages stay). In "
        "`mkdocs_bridge.configure`, keep the loaded registry and labels for the next call while "
        "no file under `data/` has changed (key: paths and mtimes). YAML is ~11 % of a 10× "
        "build's profile and goes away.",
        "",
        "3. **Every generated block goes through Python-Markdown.** `Renderer.template` returns "
        "raw HTML into the page's markdown, so MkDocs scans it for anchors, and Python-Markdown's "
        "HTML block parser and `md_in_html` parse it tag by tag and serialise it again. "
        "Instead, while `page_markdown` expands shortcodes, stash each rendered block and put "
        "a placeholder comment (`<!--ldi:N-->`) in the markdown; in `page_content` "
        "(`on_page_content`) put the blocks back and add their `id=\"…\"` values to "
        "`page.present_anchor_ids`, so MkDocs' anchor check still sees `#citat-…`. Headings stay "
        "markdown (table of contents, search sections); templates rendered for the theme "
        "(page frame, citation) keep returning HTML.",
        "",
        "4. **A new Jinja environment per language**: `Renderer.__init__` compiles every "
        "partial again on each `on_config`. Keep one `Environment` per templates folder (Jinja "
        "re-checks template mtimes, so `mkdocs serve` still sees edits). Small.",
        "",
        "   Together (CPU, and in brackets the ratio to this run's bare build):",
        "",
        *_measured_table(results),
        "",
        "5. **Linear scans that become quadratic** (< 0.1 s at 50× today, but they grow with "
        "the square): `Registry.case_for_workplace` scans every case on each call (each quote "
        "rendered, each quote exported); `Renderer.page_header` does `list(cases).index(id)` "
        "per case page; `CrossLinks.__init__` scans every case for each principle. Build the "
        "workplace → case and case → position dicts once in `load_registry`.",
        "",
        "6. **Outside our hooks**: `navigation.prune` in mkdocs.yml (see Growth): at 50× "
        f"{MEASURED_PRUNE[50][0]:.1f} → {MEASURED_PRUNE[50][1]:.1f} s CPU on top of 1–4. It "
        "also shrinks every page's HTML, which is what post-build passes read.",
    ]
