import pytest
from publication.labels import load_labels
from publication.problems import ContentError


def write(tmp_path, text):
    (tmp_path / "data").mkdir()
    (tmp_path / "data/labels.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_labels_per_language(tmp_path):
    root = write(tmp_path, "hello: {da: Hej, en: Hello}\n")
    assert load_labels(root, ["da", "en"]) == {"da": {"hello": "Hej"}, "en": {"hello": "Hello"}}


def test_missing_language_is_named(tmp_path):
    root = write(tmp_path, "a: {da: x, en: y}\nhello: {da: Hej}\n")
    with pytest.raises(ContentError) as error:
        load_labels(root, ["da", "en"])
    assert str(error.value) == "data/labels.yml:2: label 'hello' has no 'en' text"


def test_unquoted_comma_in_a_flow_mapping_is_caught(tmp_path):
    """{da: Greb, casen belyser} parses as two keys; the stray one must not pass silently."""
    root = write(tmp_path, "x: {da: Greb, casen belyser, en: Principles}\n")
    with pytest.raises(ContentError) as error:
        load_labels(root, ["da", "en"])
    assert "label 'x' has 'casen belyser', which is not a configured language" in str(error.value)


def test_a_label_the_code_needs_and_the_file_lacks_says_what_to_add(tmp_path):
    labels = load_labels(write(tmp_path, "hello: {da: Hej, en: Hello}\n"), ["da", "en"])["da"]
    with pytest.raises(ContentError) as error:
        labels["goodbye"]
    assert str(error.value) == ("data/labels.yml: has no label 'goodbye': add it, with a text "
                                "in every language")


@pytest.mark.parametrize("text", ["", "- a\n- b\n"])
def test_an_empty_or_listed_file_is_a_message(tmp_path, text):
    with pytest.raises(ContentError, match=r"data/labels\.yml:1: "):
        load_labels(write(tmp_path, text), ["da", "en"])
