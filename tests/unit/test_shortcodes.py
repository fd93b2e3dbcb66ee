import pytest

from publication.problems import ContentError
from publication.shortcodes import ShortcodeError, expand

HANDLERS = {
    "quote": lambda arg: f"[quote {arg}]",
    "advice": lambda arg: "[advice]",
}


def no_lines(_snippet):
    return None


def test_expands_known_shortcodes_with_and_without_argument():
    """Shortcodes become their handler's markup; the argument is passed trimmed."""
    text = "a\n<!-- quote:  x-y  -->\n<!-- advice -->\n"
    assert expand(text, HANDLERS, "p.md", no_lines) == "a\n[quote x-y]\n[advice]\n"


def test_ordinary_comments_pass_through():
    """A comment that is not shaped like a shortcode is left alone."""
    text = "<!-- this is an editor's note, not a shortcode -->"
    assert expand(text, HANDLERS, "p.md", no_lines) == text


def test_unknown_shortcode_names_file_line_and_known_names():
    """A typo in a shortcode fails with the file, the line and the valid names."""
    source = "x\n\n<!-- qoute: a -->\n"
    with pytest.raises(ContentError) as error:
        expand(source, HANDLERS, "docs/p.md", lambda s: source[: source.find(s)].count("\n") + 1)
    assert str(error.value) == "docs/p.md:3: unknown shortcode 'qoute' (known: advice, quote)"


def test_all_problems_are_reported_together():
    """Two bad shortcodes on one page give two messages, not one."""
    def failing(arg):
        raise ShortcodeError(f"unknown quote id '{arg}'")

    with pytest.raises(ContentError) as error:
        expand("<!-- quote: a -->\n<!-- quote: b -->", {"quote": failing}, "p.md", no_lines)
    assert [p.message for p in error.value.problems] == [
        "<!-- quote: a -->: unknown quote id 'a'",
        "<!-- quote: b -->: unknown quote id 'b'",
    ]
