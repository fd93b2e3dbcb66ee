import gzip
import importlib.util
import os

from publication import precompress

TEXT = ("<p>Tålmodighed er en dyd, også på Ærø.</p>\n" * 50).encode()


def make_site(root):
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_bytes(TEXT)
    (root / "assets" / "app.js").write_bytes(TEXT)
    (root / "assets" / "logo.png").write_bytes(TEXT)  # already compressed formats: left alone
    (root / "tiny.txt").write_bytes(b"x")  # gzip would only make it larger
    return root


def test_text_files_get_a_gzip_copy_that_decompresses_to_them(tmp_path):
    site = make_site(tmp_path)
    written = precompress.compress_site(site, {".gz": precompress.gzip_bytes})
    assert sorted(p.relative_to(site).as_posix() for p in written) == [
        "assets/app.js.gz", "index.html.gz"]
    assert gzip.decompress((site / "index.html.gz").read_bytes()) == TEXT


def test_copies_carry_the_originals_modification_time(tmp_path):
    site = make_site(tmp_path)
    os.utime(site / "index.html", ns=(1_000_000_000, 1_000_000_000))
    precompress.compress_site(site, {".gz": precompress.gzip_bytes})
    assert (site / "index.html.gz").stat().st_mtime_ns == 1_000_000_000


def test_running_again_gives_the_same_bytes_and_compresses_no_copy(tmp_path):
    site = make_site(tmp_path)
    precompress.compress_site(site, {".gz": precompress.gzip_bytes})
    first = (site / "index.html.gz").read_bytes()
    precompress.compress_site(site, {".gz": precompress.gzip_bytes})
    assert (site / "index.html.gz").read_bytes() == first
    assert not (site / "index.html.gz.gz").exists()


def test_a_stale_copy_that_no_longer_pays_is_removed(tmp_path):
    site = make_site(tmp_path)
    (site / "tiny.txt.gz").write_bytes(b"old")
    precompress.compress_site(site, {".gz": precompress.gzip_bytes})
    assert not (site / "tiny.txt.gz").exists()


def test_every_available_encoder_is_used(tmp_path):
    site = make_site(tmp_path)
    precompress.compress_site(site, {".gz": precompress.gzip_bytes, ".zz": lambda data: b"z"})
    assert (site / "index.html.zz").read_bytes() == b"z"


def test_brotli_is_offered_exactly_when_its_package_is_installed():
    has_brotli = importlib.util.find_spec("brotli") is not None
    assert (".br" in precompress.available_encoders()) == has_brotli
    assert ".gz" in precompress.available_encoders()
