"""Bad content stops the real build with a message naming the file and the problem,
and what reaches the page from data is escaped, never executed."""

import pytest

from sitebuild import build, copy_project, soup


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_strict_build_catches_a_broken_link(project, tmp_path):
    replace_in(project / "docs/greb/index.md", "# De fem greb",
               "# De fem greb\n\nSe [greb 6](greb-6.md).")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "greb/index.md" in result.stderr and "greb-6.md" in result.stderr


def test_strict_build_catches_a_broken_anchor(project, tmp_path):
    replace_in(project / "docs/greb/index.md", "# De fem greb",
               "# De fem greb\n\nSe [rammerne](kultur-og-rammer.md#ingen-saadan-overskrift).")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "ingen-saadan-overskrift" in result.stderr


def test_unknown_person_stops_the_build_naming_file_and_id(project, tmp_path):
    replace_in(project / "data/quotes.yml", "person: mette-brinch", "person: mette-brinck")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "data/quotes.yml:" in result.stderr
    assert "unknown person id 'mette-brinck'" in result.stderr


def test_unknown_quote_on_a_page_names_page_and_line(project, tmp_path):
    replace_in(project / "docs/greb/kultur-og-rammer.md", "<!-- quote: mette-brinch-kultur -->",
               "<!-- quote: mette-brinch-kulture -->")
    lines = (project / "docs/greb/kultur-og-rammer.md").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "mette-brinch-kulture" in text)
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/greb/kultur-og-rammer.md:{line}:" in result.stderr
    assert "unknown quote id 'mette-brinch-kulture'" in result.stderr


def test_html_in_data_is_escaped_not_executed(project, tmp_path):
    replace_in(project / "data/people.yml", "name: Mette Brinch",
               "name: Mette <script>alert(1)</script> Brinch")
    replace_in(project / "data/quotes.yml", "Det handler meget om",
               "<img src=x onerror=alert(2)> Det handler meget om")
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    figure = soup(tmp_path / "site", "/greb/kultur-og-rammer/").find(id="citat-mette-brinch-kultur")
    assert figure.find("script") is None and figure.find("img") is None
    assert "<script>alert(1)</script>" in figure.figcaption.get_text()
    assert "<img src=x onerror=alert(2)>" in figure.blockquote.get_text()
