import pytest
from publication.problems import ContentError
from publication.yamlsource import load_yaml


def refused(tmp_path, text: str, **expect) -> str:
    """The message for data/x.yml holding ``text``, which must be refused."""
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_yaml(path, "data/x.yml", **expect)
    return str(error.value)


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
    assert refused(tmp_path, "- id: a\n  person: p\n  person: q\n") == (
        "data/x.yml:3: key 'person' appears twice in the same entry (first on line 2); keep one")


def test_invalid_yaml_names_file_and_line(tmp_path):
    message = refused(tmp_path, "- id: a\n  name: [unclosed\n")
    assert message.startswith("data/x.yml:") and "not valid YAML" in message


@pytest.mark.parametrize(("text", "line", "message"), [
    ("- id: a\n  date: 2026-13-45\n", 2, "'2026-13-45' is not a real date"),
    ("- id: a\n  x: !!python/object/apply:os.system [ls]\n", 2,
     "the tag 'tag:yaml.org,2002:python"),
    ("- id: a\n  x: !secret y\n", 2, "the tag '!secret' is not allowed here"),
    ("- id: a\n  ? [a, b]\n  : c\n", 2, "a key must be a plain word"),
])
def test_what_pyyaml_would_accept_or_crash_on_is_a_message_with_its_line(tmp_path, text, line,
                                                                          message):
    refusal = refused(tmp_path, text)
    assert refusal.startswith(f"data/x.yml:{line}: ") and message in refusal


def test_a_byte_order_mark_and_windows_line_ends_are_accepted(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes("\ufeff- id: a\r\n  name: Å\r\n".encode())
    doc = load_yaml(path, "data/x.yml")
    assert doc.data == [{"id": "a", "name": "Å"}]
    assert doc.line_of(doc.data[0], "name") == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("a: 1\n", "must hold a list of entries, not a mapping"),
    ("just text\n", "must hold a list of entries, not a single str value"),
])
def test_the_wrong_top_level_type_is_named(tmp_path, text, expected):
    assert refused(tmp_path, text, expect=list, what=" of entries") == f"data/x.yml:1: {expected}"


def test_a_file_that_is_not_utf8_is_named(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes("- id: æ\n".encode("latin-1"))
    with pytest.raises(ContentError, match=r"data/x\.yml: is not UTF\-8 text"):
        load_yaml(path, "data/x.yml")


@pytest.mark.parametrize(("text", "hint"), [
    ("- id: a\n  text: Citat: med kolon\n", "put the text in double quotes"),
    ("- id: a\n\tname: A\n", "indent with spaces"),
])
def test_yaml_mistakes_editors_make_come_with_what_to_do(tmp_path, text, hint):
    assert hint in refused(tmp_path, text)


@pytest.mark.parametrize(("text", "expected"), [
    # fewer spaces than the line above, between two levels: both are named
    ("- id: a\n  role:\n    da: x\n   en: y\n",
     "data/x.yml:4: this line is indented less than the line above it (3 spaces, not 4):\n"
     "     3 |     da: x\n     4 |    en: y\n"
     "  give 'en' the same indent as 'role' (2 spaces) or as 'da' (4 spaces)"),
    # a list item out of line with the items above it
    ("- id: a\n  advice:\n    - da: x\n      en: y\n   - da: z\n",
     "data/x.yml:5: this line is indented less than the line above it (3 spaces, not 6):\n"
     "     4 |       en: y\n     5 |    - da: z\n"
     "  give this '- ' the same indent as the '- ' (4 spaces)"),
    # a mapping file: the top level has no spaces
    ("title:\n  da: x\n  en: y\n edition: 2\n",
     "data/x.yml:4: this line is indented less than the line above it (1 space, not 2):\n"
     "     3 |   en: y\n     4 |  edition: 2\n"
     "  give 'edition' the same indent as 'title' (no spaces) or as 'en' (2 spaces)"),
])
def test_an_indentation_slip_is_named_with_the_line_and_the_one_above(tmp_path, text, expected):
    assert expected in refused(tmp_path, text)


def test_front_matter_slips_are_quoted_with_the_page_s_line_numbers():
    from publication.yamlsource import parse_yaml

    with pytest.raises(ContentError) as error:
        parse_yaml("last_reviewed: 2026-01-01\n  review_in: 6\n", "docs/x.md", first_line=2)
    assert str(error.value) == (
        "docs/x.md:3: this line is indented more than the line above it (2 spaces, not 0):\n"
        "     2 | last_reviewed: 2026-01-01\n     3 |   review_in: 6\n"
        "  give 'review_in' the same indent as 'last_reviewed' above (no spaces); a deeper "
        "indent makes it part of the line above")
