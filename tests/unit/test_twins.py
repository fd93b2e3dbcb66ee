from publication.twins import differences

DANISH = """---
case: paddehatten
---

Tekst med [link](../greb/index.md#a).

## Tre gode råd { #tre-gode-raad }

<!-- advice -->
"""


def test_a_faithful_translation_has_no_differences():
    english = DANISH.replace("Tekst med", "Text with").replace("Tre gode råd", "Three pieces of advice")
    assert differences(DANISH, english) == []


def test_a_renamed_anchor_is_caught():
    english = DANISH.replace("{ #tre-gode-raad }", "{ #three-pieces-of-advice }")
    assert differences(DANISH, english) == [
        "heading ids differ: original ['tre-gode-raad'] ≠ translation ['three-pieces-of-advice']"
    ]


def test_a_missing_shortcode_is_caught():
    assert differences(DANISH, DANISH.replace("<!-- advice -->", "")) == [
        "shortcodes differ: original ['advice:'] ≠ translation []"
    ]


def test_a_changed_link_target_and_front_matter_are_caught():
    english = DANISH.replace("#a)", "#b)").replace("case: paddehatten", "case: other")
    problems = differences(DANISH, english)
    assert len(problems) == 2
    assert problems[0].startswith("front matter differ")
    assert problems[1].startswith("link targets differ")
