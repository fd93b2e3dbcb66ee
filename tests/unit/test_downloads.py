import zipfile

from publication.downloads import available, pack_offline


def test_offline_zip_is_the_same_bytes_for_the_same_files(tmp_path):
    """Deterministic: sorted entries, fixed timestamps, one top folder."""
    folder = tmp_path / "offline"
    (folder / "greb").mkdir(parents=True)
    (folder / "index.html").write_text("<p>forside</p>")
    (folder / "greb" / "x.html").write_text("<p>greb</p>")
    first = pack_offline(folder, tmp_path / "a").read_bytes()
    second = pack_offline(folder, tmp_path / "b").read_bytes()
    assert first == second
    names = zipfile.ZipFile(tmp_path / "a" / "ledelse-af-digital-innovation-offline.zip").namelist()
    assert names == ["ledelse-af-digital-innovation-offline/greb/x.html",
                     "ledelse-af-digital-innovation-offline/index.html"]


def test_only_files_that_exist_are_offered(tmp_path):
    assert available(tmp_path, "da", "da") == []
    (tmp_path / "dist" / "en").mkdir(parents=True)
    (tmp_path / "dist" / "en" / "ledelse-af-digital-innovation.pdf").write_bytes(b"%PDF")
    (tmp_path / "dist" / "ledelse-af-digital-innovation-offline.zip").write_bytes(b"PK")
    assert [d.site_path for d in available(tmp_path, "en", "da")] == [
        "en/downloads/ledelse-af-digital-innovation.pdf",
        "downloads/ledelse-af-digital-innovation-offline.zip"]
    assert [d.site_path for d in available(tmp_path, "da", "da")] == [
        "downloads/ledelse-af-digital-innovation-offline.zip"]
    assert available(tmp_path, "da", "da", offline=True) == [], "the zip never contains itself"
