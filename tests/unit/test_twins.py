"""A page and its translation have the same skeleton: anchors, shortcodes and link targets."""

from publication.twins import differences, skeleton

DANISH = """Tekst med [link](../greb/index.md#a).

## Tre gode råd { #tre-gode-raad }

<!-- md:advice -->
"""
META = {"case": "x", "last_reviewed": "2026-01-01"}


def compare(english: str, meta: dict = META) -> list[str]:
    return [message for message, _ in differences(skeleton(META, DANISH), skeleton(meta, english))]


def test_a_faithful_translation_has_no_differences():
    english = DANISH.replace("Tekst med", "Text with").replace("Tre gode råd", "Three pieces")
    assert compare(english, {**META, "last_reviewed": "2026-02-01"}) == []


def test_a_renamed_anchor_is_caught():
    english = DANISH.replace("{ #tre-gode-raad }", "{ #three }")
    assert differences(skeleton(META, DANISH), skeleton(META, english)) == [
        ("heading ids differ from the original: number 1 is 'tre-gode-raad' there and 'three' "
         "here (the two must match, in the same order)", "#three")]


def test_a_missing_link_is_named_by_its_place():
    english = DANISH.replace("[link](../greb/index.md#a)", "link")
    assert compare(english) == ["link targets differ from the original: number 1 is "
                                "'../greb/index.md#a' there and nothing here (the two must "
                                "match, in the same order)"]


def test_a_missing_shortcode_a_changed_link_and_front_matter_are_caught():
    problems = compare(DANISH.replace("<!-- md:advice -->", "").replace("#a)", "#b)"),
                       {**META, "case": "y"})
    assert [p.split(" differ")[0] for p in problems] == ["front matter", "shortcodes",
                                                         "link targets"]
