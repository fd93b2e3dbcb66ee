"""Where a build spends its time: the CPU time of our hook events, and cProfile's tottime
summed per package (ours, Jinja/Material's templates, Markdown, YAML, ...) with our own
functions ranked by cumulative time. CPU clocks, not wall clocks: the machine is shared, and
another engineer's build must not show up as ours. (Under cProfile everything runs several
times slower; its shares are what to read, not its seconds.)

Runs a build in-process, in an interpreter of its own (inprocess.run_module):
``python -m bench.profiling CONFIG SITE_DIR [--cprofile]`` in the project folder; prints JSON.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

from .inprocess import load_config, run_module

_OWN_TOP = 12


def _timed(function, event: str, totals: dict[str, float]):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[event] += time.process_time() - start
    return wrapper


def _is_ours(filename: str, scripts: Path) -> bool:
    return Path(filename).resolve().is_relative_to(scripts)


def _time_our_hooks(config, scripts: Path) -> dict[str, float]:
    """Wrap every event handler defined under scripts/ with a timer; returns the totals."""
    totals: dict[str, float] = defaultdict(float)
    for event, handlers in config.plugins.events.items():
        for index, handler in enumerate(handlers):
            code = getattr(handler, "__code__", None)
            if code is not None and _is_ours(code.co_filename, scripts):
                handlers[index] = _timed(handler, event, totals)
    return totals


def package_of(filename: str, scripts: Path) -> str:
    """'ours', a site-packages top-level name (material, jinja2, ...), a standard-library
    module ('stdlib html/parser.py': Python-Markdown and Material's search both parse HTML
    with it), 'builtins' (C functions such as str.join) or 'other' (Jinja's compiled
    templates, which cProfile files under the template's name)."""
    if _is_ours(filename, scripts):
        return "ours"
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    parts = Path(filename).parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].removesuffix(".py")
    stdlib = [i for i, part in enumerate(parts) if part.startswith("python3")]
    if stdlib and parts[-1].endswith(".py"):
        return "stdlib " + "/".join(parts[stdlib[-1] + 1:])
    return "other"


def _summarise(profile: cProfile.Profile, scripts: Path, project: Path) -> dict:
    stats = pstats.Stats(profile).stats  # (file, line, name) -> (cc, ncalls, tottime, cumtime, _)
    by_package: dict[str, float] = defaultdict(float)
    own = []
    for (filename, line, name), (_, calls, tottime, cumtime, _) in stats.items():
        by_package[package_of(filename, scripts)] += tottime
        if _is_ours(filename, scripts) and Path(filename).name != "hooks.py":  # thin wrappers
            where = Path(filename).resolve().relative_to(project)
            own.append({"function": f"{where}:{line}({name})", "calls": calls,
                        "tottime_s": round(tottime, 4), "cumtime_s": round(cumtime, 4)})
    own.sort(key=lambda row: row["cumtime_s"], reverse=True)
    total = sum(by_package.values())
    return {
        "profiled_cpu_s": total,
        "share_by_package": {name: round(seconds / total, 4) for name, seconds in
                             sorted(by_package.items(), key=lambda kv: -kv[1])[:12]},
        "own_functions": own[:_OWN_TOP],
    }


def profile_in_process(config_file: str, site_dir: str, with_cprofile: bool) -> dict:
    from mkdocs.commands.build import build

    project = Path.cwd().resolve()
    scripts = project / "scripts"
    config = load_config(config_file, site_dir)
    hooks = _time_our_hooks(config, scripts)
    profile = cProfile.Profile(time.process_time) if with_cprofile else None
    start = time.process_time()
    if profile:
        profile.enable()
    build(config)
    if profile:
        profile.disable()
    build_cpu = time.process_time() - start
    result = {"build_cpu_s": build_cpu,
              "hook_cpu_s": dict(sorted(hooks.items())),
              "hooks_cpu_total_s": sum(hooks.values()),
              "hooks_share": sum(hooks.values()) / build_cpu}
    config.plugins.on_shutdown()
    if profile:
        result["cprofile"] = _summarise(profile, scripts, project)
    return result


def run(project: Path, config: Path, site: Path, with_cprofile: bool) -> dict:
    """Profile one build of ``project`` in a fresh interpreter."""
    args = [str(config), str(site)] + (["--cprofile"] if with_cprofile else [])
    return json.loads(run_module("profiling", args, project))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("config")
    parser.add_argument("site_dir")
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args()
    result = profile_in_process(args.config, args.site_dir, args.cprofile)
    json.dump(result, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
