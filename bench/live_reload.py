"""Time from saving a page to `mkdocs serve` serving the change, as `make serve` runs it
(--strict --livereload), in a copy of the project on a free loopback port. The page saved is
an English twin: a new paragraph on a Danish chapter page would have to be the publication's
words (the build refuses it), a translation may say anything."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .nginx import free_port
from .project import ENV, translated_chapter

_POLL_S = 0.02


def _wait_for(url: str, marker: str, timeout: float) -> float:
    """Seconds until ``url`` serves a page containing ``marker``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if marker in response.read().decode("utf-8"):
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(_POLL_S)
    raise TimeoutError(f"{url} did not show {marker!r} within {timeout:.0f} s")


def measure(project: Path, runs: int) -> dict:
    port = free_port()
    log = (project / "bench-serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--livereload",
         "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=ENV)
    page_source, page_url = translated_chapter(project)
    url, source = f"http://127.0.0.1:{port}{page_url}", project / page_source
    original = source.read_text(encoding="utf-8")
    try:
        startup = _wait_for(url, "</html>", 300)
        seconds = []
        for run in range(1, runs + 1):
            time.sleep(0.5)  # let the watcher settle after the previous rebuild
            marker = f"Bench marker {run} {time.time_ns()}"
            source.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            seconds.append(_wait_for(url, marker, 120))
    except TimeoutError as error:
        log.flush()
        raise TimeoutError(f"{error}\n{(project / 'bench-serve.log').read_text()[-3000:]}") \
            from None
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and nothing else: its own group
        server.wait(timeout=30)
        log.close()
    return {"page": page_source, "runs": runs, "seconds": seconds,
            "median_s": statistics.median(seconds), "startup_s": startup}
