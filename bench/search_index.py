"""Size of each edition's search index: what Material fetches on a reader's first visit."""

from __future__ import annotations

import json
from pathlib import Path

from .serving import gzipped_size

INDEXES = {"da": "search/search_index.json", "en": "en/search/search_index.json"}


def measure(site: Path) -> dict:
    sizes = {}
    for lang, relative in INDEXES.items():
        data = (site / relative).read_bytes()
        sizes[lang] = {"bytes": len(data), "bytes_gzip": gzipped_size(data),
                       "entries": len(json.loads(data)["docs"])}
    return sizes
