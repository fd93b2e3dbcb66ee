"""A page and its translation have the same skeleton: anchors, shortcodes and link targets."""

from publication.twins import differences, skeleton

DANISH = """Tekst med [link](../greb/index.md#a).

## Tre gode råd { #tre-gode-raad }

<!-- md:advice -->
"""
META = {"case": "x", "last_reviewed": "2026-01-01"}


def compare(english: str, meta: dict = META) -> list[str]:
    return [difference.message("docs/x.md", 3)
            for difference in differences(skeleton(META, DANISH), skeleton(meta, english))]


def test_a_faithful_translation_has_no_differences():
    english = DANISH.replace("Tekst med", "Text with").replace("Tre gode råd", "Three pieces")
    assert compare(english, {**META, "last_reviewed": "2026-02-01"}) == []


def test_a_renamed_anchor_is_caught_and_found_in_both_pages():
    english = DANISH.replace("{ #tre-gode-raad }", "{ #three }")
    [difference] = differences(skeleton(META, DANISH), skeleton(META, english))
    assert difference.message("docs/x.md", 3) == (
        "heading ids differ from the original: number 1 is 'tre-gode-raad' in docs/x.md:3 but "
        "'three' here (both pages have the same, in the same order)")
    assert (difference.written(difference.original), difference.written(difference.translation)
            ) == ("#tre-gode-raad", "#three")


def test_a_missing_link_is_named_by_its_place():
    english = DANISH.replace("[link](../greb/index.md#a)", "link")
    assert compare(english) == ["link targets differ from the original: number 1 is "
                                "'../greb/index.md#a' in docs/x.md:3 but nothing here (both "
                                "pages have the same, in the same order)"]


def test_an_extra_heading_is_a_difference_of_levels():
    assert compare(DANISH + "\n### Mere\n")[0].startswith(
        "heading levels differ from the original: number 2 is nothing in docs/x.md:3 but '3'")


def test_a_missing_shortcode_a_changed_link_and_front_matter_are_caught():
    problems = compare(DANISH.replace("<!-- md:advice -->", "").replace("#a)", "#b)"),
                       {**META, "case": "y"})
    assert [p.split(" differ")[0] for p in problems] == ["front matter", "shortcodes",
                                                         "link targets"]


def test_a_page_title_may_keep_its_old_id_in_one_language():
    """Rewording a page's h1 in Danish and keeping its published id leaves the English alone."""
    danish = "# Ny og længere titel { #gammel-titel }\n\n## Afsnit { #afsnit }\n"
    english = "# Title\n\n## Section { #afsnit }\n"
    assert differences(skeleton({}, danish), skeleton({}, english)) == []
