import pytest

from publication.problems import ContentError
from publication.yamlsource import load_yaml


def test_remembers_lines_of_entries_and_keys(tmp_path):
    """Each mapping and each key knows its line, for messages such as data/x.yml:4."""
    path = tmp_path / "x.yml"
    path.write_text("- id: a\n  name: A\n\n- id: b\n  name: B\n", encoding="utf-8")
    doc = load_yaml(path, "data/x.yml")
    second = doc.data[1]
    assert doc.line_of(second) == 4
    assert doc.line_of(second, "name") == 5


def test_duplicate_key_is_an_error_not_a_silent_overwrite(tmp_path):
    """PyYAML would keep the last of two 'person:' keys; we refuse, naming both lines."""
    path = tmp_path / "x.yml"
    path.write_text("- id: a\n  person: p\n  person: q\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_yaml(path, "data/x.yml")
    assert str(error.value) == "data/x.yml:3: key 'person' appears twice in the same entry (first on line 2)"


def test_invalid_yaml_names_file_and_line(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("- id: a\n  name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_yaml(path, "data/x.yml")
    assert str(error.value).startswith("data/x.yml:")
    assert "not valid YAML" in str(error.value)
