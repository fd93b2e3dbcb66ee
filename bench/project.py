"""Where the project is, and the pieces of it the bench reuses rather than copies.

A bench run never touches the working tree's site/ or docs/: it measures copies of the
project in temporary folders (tests/sitebuild.py's copy_project, the same as the tests use).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in ("scripts", "tests"):
    if str(ROOT / folder) not in sys.path:
        sys.path.insert(0, str(ROOT / folder))

from publication.shortcodes import SHORTCODE  # noqa: E402
from sitebuild import copy_project  # noqa: E402

__all__ = ["ROOT", "SHORTCODE", "copy_project"]
