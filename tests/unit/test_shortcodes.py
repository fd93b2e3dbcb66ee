"""Shortcodes live in their own namespace: <!-- md:name arg -->. Ordinary comments stay
comments; a misspelt shortcode is an error with its line, never a silently vanished quote."""

from types import SimpleNamespace

import pytest
from publication.problems import ContentError
from publication.shortcodes import ShortcodeError, expand, syntax_problems, with_argument

KNOWN = {"quote", "advice", "questions"}
TABLE = {"quote": lambda scope, arg: f"[quote {arg}]", "advice": lambda scope, arg: "[advice]"}


def scope_for(text: str):
    """A page scope with just what the expander asks of it: the page's path and lines."""
    return SimpleNamespace(source=SimpleNamespace(
        path="docs/p.md", line_of=lambda snippet: text[: text.find(snippet)].count("\n") + 1))


def problems(text: str) -> list[str]:
    return [str(p) for p in syntax_problems(text, KNOWN, "docs/p.md",
                                            lambda offset: text.count("\n", 0, offset) + 1)]


def test_expands_known_shortcodes_with_and_without_argument():
    text = "a\n<!-- md:quote x-y -->\n<!--md:advice-->\n"
    assert expand(text, scope_for(text), TABLE) == "a\n[quote x-y]\n[advice]\n"


@pytest.mark.parametrize("comment", [
    "<!-- more -->", "<!-- TODO: check the date with the publisher -->",
    "<!-- advice from the editor: keep this short -->", "<!--\n  a note\n  over lines\n-->",
])
def test_ordinary_comments_are_legal_and_untouched(comment):
    assert problems(comment) == []
    assert expand(comment, scope_for(comment), TABLE) == comment


@pytest.mark.parametrize(("comment", "right"), [
    ("<!-- quote: x -->", "<!-- md:quote x -->"),
    ("<!-- Quote: ID -->", "<!-- md:quote ID -->"),
    ("<!-- quote ID -->", "<!-- md:quote ID -->"),
    ("<!-- quote: -->", "<!-- md:quote -->"),
    ("<!-- MD:Quote x -->", "<!-- md:quote x -->"),
    ("<!-- md quote x -->", "<!-- md:quote x -->"),
    ("<!-- md: quote x -->", "<!-- md:quote x -->"),
    ("<!-- qoute: x -->", "<!-- md:quote x -->"),
    ("<!-- advice -->", "<!-- md:advice -->"),
])
def test_a_misspelt_shortcode_names_line_and_the_right_spelling(comment, right):
    found = problems(f"# Side\n\n{comment}\n")
    assert len(found) == 1
    assert found[0].startswith("docs/p.md:3: ")
    assert f"write {right}" in found[0]


def test_an_unknown_name_suggests_the_nearest():
    assert problems("<!-- md:qoute x -->") == [
        "docs/p.md:1: unknown shortcode 'qoute'; did you mean <!-- md:quote x -->?"]
    assert "known: advice, questions, quote" in problems("<!-- md:zzz -->")[0]


def test_all_handler_problems_are_reported_together():
    def failing(scope, arg):
        raise ShortcodeError(f"unknown quote id '{arg}'")

    text = "<!-- md:quote a -->\n<!-- md:quote b -->"
    with pytest.raises(ContentError) as error:
        expand(text, scope_for(text), {"quote": failing})
    assert [str(p) for p in error.value.problems] == [
        "docs/p.md:1: <!-- md:quote a -->: unknown quote id 'a'",
        "docs/p.md:2: <!-- md:quote b -->: unknown quote id 'b'",
    ]


def test_a_gathered_page_names_its_chapter_explicitly():
    assert with_argument("<!-- md:advice -->\n<!-- md:advice other -->", "advice", "this") == \
        "<!-- md:advice this -->\n<!-- md:advice other -->"
