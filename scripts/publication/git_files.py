"""What git knows of the files the build uses, so an editor's change reaches the published site
whole: `make check` ends by naming the files git does not track yet (a new page, source or
data file, the new name of a file moved by hand) and the commands that add them to the change;
`make rename` moves pages with `git mv`, so git sees a rename, not a loss and a stranger.

Outside a git repository (or without git) there is nothing to report and files move plainly.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

# What the build reads and an editor may add to: content, data, sources, the URL contract,
# the config (nav) and the presentation.
USED = ("docs", "data", "sources", "contract", "overrides", "mkdocs.yml", "mkdocs.offline.yml")


def _git(root: Path, *args: str) -> subprocess.CompletedProcess | None:
    if shutil.which("git") is None:
        return None
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                              timeout=60)
    except OSError:
        return None


def in_repository(root: Path) -> bool:
    done = _git(root, "rev-parse", "--is-inside-work-tree")
    return done is not None and done.returncode == 0 and done.stdout.strip() == "true"


def _listed(root: Path, *how: str) -> list[str]:
    done = _git(root, "ls-files", "-z", *how, "--", *USED)
    if done is None or done.returncode != 0:
        return []
    return sorted(name for name in done.stdout.split("\0") if name)


def untracked(root: Path) -> list[str]:
    """Files the build uses that git does not track yet (ignored files left out)."""
    return _listed(root, "--others", "--exclude-standard")


def deleted(root: Path) -> list[str]:
    """Tracked files that are gone from the folder (moved or deleted without git)."""
    return _listed(root, "--deleted")


def is_tracked(root: Path, path: Path) -> bool:
    done = _git(root, "ls-files", "--error-unmatch", "--", str(path.relative_to(root)))
    return done is not None and done.returncode == 0


def move(root: Path, old: Path, new: Path) -> bool:
    """``git mv`` a tracked file; False (nothing moved) where git does not track it."""
    if not is_tracked(root, old):
        return False
    done = _git(root, "mv", "--", str(old.relative_to(root)), str(new.relative_to(root)))
    return done is not None and done.returncode == 0


def report(root: Path) -> str:
    """The files to add to the change and the commands that do it; '' when there are none."""
    new, gone = untracked(root), deleted(root)
    if not new and not gone:
        return ""
    lines = []
    if new:
        lines += ["New files the build uses that git does not track yet (a change without "
                  "them publishes a site without them):", *(f"  {name}" for name in new)]
    if gone:
        lines += ["Files git tracks that are gone (moved or deleted):",
                  *(f"  {name}" for name in gone)]
    lines += ["To add them to the change, run:"]
    if new:
        lines.append("  git add " + " ".join(shlex.quote(name) for name in new))
    if gone:
        lines.append("  git rm --quiet " + " ".join(shlex.quote(name) for name in gone))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path.cwd()
    if in_repository(root):
        text = report(root)
        if text:
            print(text, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
