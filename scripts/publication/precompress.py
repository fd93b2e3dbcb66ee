"""Pre-compressed copies of the site's text files, for servers that send them as they are
(nginx ``gzip_static``): ``page.html.gz`` beside ``page.html``, and ``.br`` when the optional
``brotli`` package is installed.

Run it last, after everything that changes the files (the CSP meta included), or a server
would send a stale copy. Re-running rewrites every copy, so it is safe to repeat.

Entry point: ``compress_site(site_dir)``, run by ``publication.hosting.prepare_site``; stdlib
only (brotli optional).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

TEXT_SUFFIXES = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}

Encoder = Callable[[bytes], bytes]


# Material's bundles, the search index and other large files are the same build after build:
# their compressed copies are kept, by content, instead of compressed again every time.
CACHE = Path(tempfile.gettempdir()) / "ldi-gzip-cache"
CACHED_FROM = 32_000  # bytes; smaller files compress in less time than a cache look-up saves


def gzip_bytes(data: bytes) -> bytes:
    if len(data) < CACHED_FROM:
        # mtime=0: the same input gives the same bytes, so rebuilds do not churn.
        return gzip.compress(data, compresslevel=6, mtime=0)
    kept = CACHE / f"{hashlib.sha256(data).hexdigest()}.gz"
    if kept.is_file():
        return kept.read_bytes()
    compressed = gzip.compress(data, compresslevel=6, mtime=0)
    CACHE.mkdir(exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=CACHE, delete=False) as scratch:
        scratch.write(compressed)
    os.replace(scratch.name, kept)  # whole or not at all, when builds run side by side
    return compressed


def available_encoders() -> dict[str, Encoder]:
    """Suffix -> encoder: gzip always, brotli when its package is importable."""
    encoders: dict[str, Encoder] = {".gz": gzip_bytes}
    try:
        import brotli  # optional: not in requirements.lock
    except ImportError:
        return encoders
    encoders[".br"] = lambda data: brotli.compress(data, quality=11)
    return encoders


def text_files(site_dir: Path) -> Iterator[Path]:
    for path in sorted(site_dir.rglob("*")):
        if path.suffix in TEXT_SUFFIXES and path.is_file():
            yield path


def compress_file(path: Path, encoders: dict[str, Encoder]) -> list[Path]:
    """Write each encoding beside ``path`` when it is smaller than the file itself (a larger
    copy would only cost bytes); remove a copy that no longer pays. Returns what was written."""
    data = path.read_bytes()
    stat = path.stat()
    written = []
    for suffix, encode in encoders.items():
        target = path.with_name(path.name + suffix)
        compressed = encode(data)
        if len(compressed) >= len(data):
            target.unlink(missing_ok=True)
            continue
        target.write_bytes(compressed)
        # Same modification time as the original: nginx derives Last-Modified and ETag from
        # the copy it sends, and they should not depend on which encoding a client asked for.
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        written.append(target)
    return written


def compress_site(site_dir: Path, encoders: dict[str, Encoder] | None = None) -> list[Path]:
    """Compress every text file under ``site_dir``; returns the copies written."""
    encoders = available_encoders() if encoders is None else encoders
    written = []
    for path in text_files(site_dir):
        written += compress_file(path, encoders)
    return written

