"""The menu against the pages: every page in it once by its Danish file, every file it names
real, every title translated."""

from publication.menu import problems

PAGES = {"index.md", "index.en.md", "om/index.md", "om/index.en.md", "om/ny.md", "om/ny.en.md"}
EN = {"en": {"Om": "About", "Ny": "New"}}
LINES = {"nav:": 10, "Om:": 12, "Ny:": 14, "om/ny.en.md": 14, "om/nyy.md": 14}


def check(nav, translations=EN, pages=PAGES) -> list[str]:
    return [str(p) for p in problems(nav, translations, pages, ["da", "en"], "da", LINES.get)]


def test_a_menu_of_every_page_with_translated_titles_passes():
    assert check(["index.md", {"Om": ["om/index.md", {"Ny": "om/ny.md"}]}]) == []


def test_an_untranslated_title_is_named_with_its_line():
    assert check(["index.md", {"Om": ["om/index.md", {"Ny": "om/ny.md"}]}],
                 {"en": {"Om": "About"}}) == [
        "mkdocs.yml:14: the menu title 'Ny' has no 'en' translation: add 'Ny: …' under "
        "nav_translations of 'en' (or list the page without a title: each language then shows "
        "the page's own heading)"]


def test_a_page_left_out_a_translation_listed_and_a_misspelt_file_are_named():
    assert check(["index.md", {"Om": ["om/index.md", "om/ny.en.md", "om/nyy.md"]}]) == [
        "mkdocs.yml:14: the menu lists 'om/ny.en.md': list only the Danish file 'om/ny.md'; "
        "the 'en' menu takes its translation",
        "mkdocs.yml:14: the menu lists docs/om/nyy.md, which does not exist (did you mean "
        "'om/ny.md'?)"]
    assert check(["index.md", {"Om": ["om/index.md"]}]) == [
        "mkdocs.yml:10: docs/om/ny.md is not in the menu, so readers cannot find it: add "
        "'- om/ny.md' under nav: (the Danish file only)"]
