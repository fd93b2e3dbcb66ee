"""Bad input is refused, clearly (SPEC §4): each row tried on a copy of the fixture publication,
read as the build reads it. The message names the file, the line and what to do; no content
mistake ends in a traceback. The same checks run in `make build` and `make serve`
(tests/build/test_build_refuses.py proves the wiring)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import load
from publication.problems import ContentError
from support.builds import copy_fixture, line_of, replace_in


@dataclass(frozen=True)
class Row:
    key: str
    spec_row: str
    apply: Callable[[Path], list[str]]  # breaks the project; returns what the message must say
    advice: str = ""  # words the guide's advice for this message must hold (REDAKTION.md)


def _edit(file: str, old: str, new: str, expect: Callable[[Path], list[str]]):
    def apply(project: Path) -> list[str]:
        replace_in(project / file, old, new)
        return expect(project)
    return apply


def _at(file: str, needle: str, message: str):
    return lambda project: [f"{file}:{line_of(project / file, needle)}: {message}"]


def _edit_at(file: str, old: str, new: str, needle: str, message: str):
    """Replace ``old`` by ``new`` in ``file``; the message names the line holding ``needle``."""
    return _edit(file, old, new, _at(file, needle, message))


def _slip(file: str, old: str, new: str, needle: str, message: str):
    """A structure slip in a YAML file: the message quotes the line holding ``needle`` and
    the line above it, where ``{quote}`` stands."""
    def expect(project: Path) -> list[str]:
        lines = (project / file).read_text(encoding="utf-8").split("\n")
        number = line_of(project / file, needle)
        quote = "\n".join(f"  {n:>4} | {lines[n - 1].replace(chr(9), '→')}"
                          for n in (number - 1, number))
        return [f"{file}:{number}: {message.format(quote=quote)}"]
    return _edit(file, old, new, expect)


def _without(file: str, entry: str, field: str, message: str):
    def apply(project: Path) -> list[str]:
        path = project / file
        lines = path.read_text(encoding="utf-8").split("\n")
        start = lines.index(f"- id: {entry}")
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- ")),
                   len(lines))
        kept = [line for line in lines[start:end] if not line.startswith(f"  {field}:")]
        path.write_text("\n".join(lines[:start] + kept + lines[end:]), encoding="utf-8")
        return [f"{file}:{start + 1}: {message}"]
    return apply


def _second_quotes_file(project: Path) -> list[str]:
    (project / "data" / "quotes").mkdir()
    (project / "data" / "quotes" / "more.yml").write_text(
        "- id: bo-larsen-mod\n  person: bo-larsen\n  themes: [mod]\n  source: bog.md\n"
        "  text: {da: x, en: y}\n", encoding="utf-8")
    first = line_of(project / "data" / "quotes.yml", "- id: bo-larsen-mod")
    return [f"data/quotes/more.yml:1: duplicate quote id 'bo-larsen-mod' (also defined at "
            f"data/quotes.yml:{first})"]


def _unregistered_source(project: Path) -> list[str]:
    (project / "sources" / "ny-kilde.txt").write_text("Ny tekst.", encoding="utf-8")
    return ["sources/ny-kilde.txt:1: is not registered: register it under 'sources:' in "
            "data/publication.yml"]


def _copy_differs_from_its_original(project: Path) -> list[str]:
    """A word corrected in the original below sources/raw/ and not in the clean copy."""
    book = (project / "sources" / "bog.md").read_text(encoding="utf-8")
    (project / "sources" / "raw").mkdir()
    (project / "sources" / "raw" / "bog.txt").write_text(
        book.replace("Hver samtale ender", "Hver samtale slutter"), encoding="utf-8")
    replace_in(project / "data" / "publication.yml", "  noter.txt:",
               "  raw/bog.txt:\n    da: Bogen som modtaget\n    en: The book as received\n"
               "  noter.txt:")
    line = line_of(project / "sources" / "bog.md", "Hver samtale ender")
    return [f"sources/bog.md:{line}: this passage copies an original below sources/raw/, "
            "but the words differ:\n"
            f"  sources/raw/bog.txt:{line}: … med borgere og medarbejdere. Hver samtale "
            "[-slutter-] {+ender+} med en aftale om, hvad der …\n"
            "  ([-…-] is in the original, {+…+} in this file): correct the file that is wrong, "
            "so they say the same"]


def _word_corrected_in_the_named_source_only(project: Path) -> list[str]:
    """The quote's source corrected, the quote not: its old words stand in another source."""
    replace_in(project / "sources" / "bog.md", "Ellers bygger vi det forkerte.",
               "Ellers bygger vi det gale.")
    (project / "sources" / "noter.txt").write_text(
        "Vi lytter, før vi bygger. Ellers bygger vi det forkerte.\n", encoding="utf-8")
    quotes, book = project / "data" / "quotes.yml", project / "sources" / "bog.md"
    return [f"data/quotes.yml:{line_of(quotes, 'source: bog.md')}: quote 'ada-jensen-lytning': "
            "its words are not in sources/bog.md but in sources/noter.txt: write source: "
            "noter.txt; or, if sources/bog.md is right, correct the quote:\n"
            f"  sources/bog.md:{line_of(book, 'det gale.')}: … vi bygger. Ellers bygger "
            "vi det [-gale.-] {+forkerte.+}"]


def _english_only(project: Path) -> list[str]:
    (project / "docs" / "ordliste.en.md").write_text("---\nlast_reviewed: 2026-01-01\n---\n\n"
                                                     "# Glossary\n", encoding="utf-8")
    return ["docs/ordliste.en.md: has no Danish original: create docs/ordliste.md"]


def _danish_only(project: Path) -> list[str]:
    (project / "docs" / "raad.en.md").unlink()
    return ["docs/raad.md: has no 'en' translation: create docs/raad.en.md"]


def _quote_twice(project: Path) -> list[str]:
    page = project / "docs" / "cases" / "skovskolen.md"
    replace_in(page, "## Tre gode råd", "<!-- md:quote bo-larsen-mod -->\n\n"
                                        "<!-- md:quote bo-larsen-mod -->\n\n## Tre gode råd")
    en = project / "docs" / "cases" / "skovskolen.en.md"
    replace_in(en, "## Three", "<!-- md:quote bo-larsen-mod -->\n\n"
                               "<!-- md:quote bo-larsen-mod -->\n\n## Three")
    first = line_of(page, "md:quote bo-larsen-mod")
    return [f"docs/cases/skovskolen.md:{first + 2}: quote 'bo-larsen-mod' is placed twice on "
            f"this page (also on line {first}); keep one"]


def _link_to_a_missing_page(project: Path) -> list[str]:
    """A broken link in the original only: the link is named, not the translation's difference."""
    replace_in(project / PAGE, "Lederne holder faste",
               "[Rådene](../raadd.md)\n\nLederne holder faste")
    return [f"{PAGE}:{line_of(project / PAGE, 'raadd.md')}: link '../raadd.md': docs/raadd.md "
            "does not exist (did you mean '../raad.md'?)"]


def _only_the_broken_entry(project: Path) -> list[str]:
    """A person whose entry is broken is reported once, not again at every quote naming them."""
    replace_in(project / "data/people.yml", "  name: Bo Larsen\n", "")
    message = refused(project)
    assert "names unknown person id 'bo-larsen'" not in message, message
    return [f"data/people.yml:{line_of(project / 'data/people.yml', 'id: bo-larsen')}: "
            "person 'bo-larsen': field 'name' is missing"]


def _docs_file(name: str, text: str, message: str):
    """A file written into docs/: refused by its path."""
    def apply(project: Path) -> list[str]:
        path = project / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return [message, f"docs/{name}"]
    return apply


PAGE = "docs/greb/lytning.md"
ROWS = [
    Row("unknown-person", "quote names an unknown person id",
        _edit_at("data/quotes.yml", "person: bo-larsen", "person: bo-larsn", "person: bo-larsn",
                 "quote 'bo-larsen-mod' names unknown person id 'bo-larsn'; did you mean "
                 "'bo-larsen'?")),
    Row("person-without-role", "person without role or workplace",
        _without("data/people.yml", "bo-larsen", "role",
                 "person 'bo-larsen': field 'role' is missing")),
    Row("person-without-workplace", "person without role or workplace",
        _without("data/people.yml", "bo-larsen", "workplace",
                 "person 'bo-larsen': field 'workplace' is missing")),
    Row("duplicate-quote-id", "two quotes with the same id", _second_quotes_file),
    Row("quote-one-word-off", "a quote differing from the sources by one word",
        _edit("data/quotes.yml", "Ellers bygger vi det forkerte.",
              "Ellers bygger vi det helt forkerte.",
              lambda p: [f"data/quotes.yml:{line_of(p / 'data/quotes.yml', 'helt forkerte')}: "
                         "quote 'ada-jensen-lytning' is not word for word in sources/",
                         "{+helt+}"])),
    Row("page-text-one-word-off", "Danish quote text not found verbatim",
        _edit(PAGE, "Hver samtale ender", "Hver samtale slutter",
              lambda p: [f"{PAGE}:{line_of(p / PAGE, 'Hver samtale slutter')}: this text "
                         "stands as the publication's words but is not word for word",
                         "[-ender-] {+slutter+}"])),
    Row("danish-only", "page present in one language only", _danish_only),
    Row("english-only", "page present in one language only", _english_only),
    Row("unknown-theme-on-quote", "unknown theme id on a quote or page",
        _edit_at("data/quotes.yml", "themes: [mod]", "themes: [modd]", "themes: [modd]",
                 "quote 'bo-larsen-mod' names unknown theme id 'modd'; did you mean 'mod'?")),
    Row("unknown-theme-on-page", "unknown theme id on a quote or page",
        _edit_at("data/principles.yml", "themes: [samtale]", "themes: [samtaler]",
                 "themes: [samtaler]", "principle 'lytning' names unknown theme id 'samtaler'; "
                 "did you mean 'samtale'?")),
    Row("quote-in-another-source", "a quote differing from the sources by one word",
        _edit_at("data/quotes.yml", "  source: bog.md\n  text:\n    da: Vi lytter",
                 "  source: noter.txt\n  text:\n    da: Vi lytter", "source: noter.txt",
                 "quote 'ada-jensen-lytning': its words are not in sources/noter.txt but in "
                 "sources/bog.md: write source: bog.md")),
    Row("quote-corrected-in-its-source-only", "a quote differing from the sources by one word",
        _word_corrected_in_the_named_source_only, advice="ret citatet"),
    Row("person-broken-once", "person without role or workplace", _only_the_broken_entry),
    Row("link-to-a-missing-page", "link to a missing page or anchor",
        _link_to_a_missing_page),
    Row("colon-in-a-plain-text", "a malformed file",
        _edit_at("data/people.yml", "workplace_basis: {da: Den eneste skole i bogen.,",
                 "workplace_basis: {da: Den eneste skole: i bogen.,", "eneste skole:",
                 "not valid YAML: did not find expected ',' or '}' (in a one-line {da: …, en: "
                 "…}, put a text with a comma or a colon in double quotes)"),
        advice="anførselstegn"),
    Row("colon-in-a-text", "a malformed file",
        _edit_at("data/people.yml", "  name: Bo Larsen", "  name: Bo Larsen: skoleleder",
                 "Bo Larsen: skoleleder", "not valid YAML: mapping values are not allowed in "
                 "this context (a colon followed by a space inside a text: put the text in "
                 "double quotes)"),
        advice="anførselstegn"),
    Row("indented-more", "a malformed file",
        _slip("data/people.yml", "  role: {da: skoleleder", "   role: {da: skoleleder",
              "role: {da: skoleleder", "this line is indented more than the line above it "
              "(3 spaces, not 2):\n{quote}\n  give 'role' the same indent as 'name' above "
              "(2 spaces); a deeper indent makes it part of the line above"),
        advice="samme antal mellemrum"),
    Row("indented-less", "a malformed file",
        _slip("data/people.yml", "  workplace: skovskolen", " workplace: skovskolen",
              "workplace: skovskolen", "this line is indented less than the line above it "
              "(1 space, not 2):\n{quote}\n  give 'workplace' the same indent as 'role' "
              "(2 spaces)"),
        advice="samme antal mellemrum"),
    Row("indented-with-a-tab", "a malformed file",
        _slip("data/people.yml", "  workplace: skovskolen", "\tworkplace: skovskolen",
              "workplace: skovskolen", "this line begins with a tab:\n{quote}\n  indent with "
              "spaces only: YAML refuses a tab, even where it looks like spaces; here most "
              "likely 2 spaces, as 'role' above"),
        advice="tabulator"),
    Row("tab-under-a-field", "a malformed file",
        _slip("data/quotes.yml", "  text:\n    da: Vi lytter", "  text:\n\tda: Vi lytter",
              "da: Vi lytter", "this line begins with a tab:\n{quote}\n  indent with spaces "
              "only: YAML refuses a tab, even where it looks like spaces; here most likely 4 "
              "spaces, 2 more than 'text' above"),
        advice="tabulator"),
    Row("languages-beside-their-field", "a malformed file",
        _edit("data/quotes.yml", "    da: Vi lytter, før vi bygger. Ellers bygger vi det "
              "forkerte.\n    en:", "  da: Vi lytter, før vi bygger. Ellers bygger vi det "
              "forkerte.\n  en:",
              _at("data/quotes.yml", "  da: Vi lytter", "quote 'ada-jensen-lytning': field 'da' "
                  "belongs under 'text' (line 9), which is left empty: indent 'da' 2 spaces "
                  "more than 'text'")),
        advice="2 mellemrum længere"),
    Row("entry-without-dash", "a malformed file",
        _slip("data/people.yml", "- id: bo-larsen", "id: bo-larsen", "id: bo-larsen",
              "this line begins a new entry without '- ' in front:\n{quote}\n  write "
              "'- id: bo-larsen', with '- ' where the other entries have it"),
        advice="`- `"),
    Row("indented-entry-without-dash", "a malformed file",
        _edit_at("data/people.yml", "- id: bo-larsen", "  id: bo-larsen", "id: bo-larsen",
                 "key 'id' appears twice in the same entry (first on line 1): if this line "
                 "begins a new entry, write '- ' in front of 'id:' as the other entries have "
                 "it; otherwise keep one"),
        advice="`- `"),
    Row("field-under-another", "person without role or workplace",
        _edit_at("data/people.yml", "  role: {da: skoleleder, en: head teacher}\n"
                 "  workplace: skovskolen", "  role:\n    da: skoleleder\n    en: head teacher\n"
                 "    workplace: skovskolen", "    workplace: skovskolen",
                 "person 'bo-larsen': field 'workplace' is indented under 'role' (line "
                 "8): move it left, to the same indent as 'role'"),
        advice="til venstre"),
    Row("translation-heading-id", "page present in one language only",
        _edit("docs/greb/lytning.en.md", "{ #samtalen-kommer-foerst }", "{ #conversation-first }",
              lambda p: [f"docs/greb/lytning.en.md:"
                         f"{line_of(p / 'docs/greb/lytning.en.md', '#conversation-first')}: "
                         "heading ids differ from the original: number 1 is "
                         "'samtalen-kommer-foerst' in docs/greb/lytning.md:"
                         f"{line_of(p / 'docs/greb/lytning.md', '#samtalen-kommer-foerst')} "
                         "but 'conversation-first' here"])),
    Row("changelog-names-no-page", "link to a missing page or anchor",
        _edit_at("data/changelog.yml", "pages: [cases/havnehuset/]", "pages: [cases/havnehuse/]",
                 "cases/havnehuse/", "change of 2026-02-01: no page has the address "
                 "'cases/havnehuse/' (did you mean 'cases/havnehuset/'?)")),
    Row("changelog-date-unpadded", "a malformed file",
        _edit_at("data/changelog.yml", "- date: 2026-02-01", "- date: 2026-2-1", "2026-2-1",
                 "change '2026-2-1': field 'date' '2026-2-1' is not a date: write it as "
                 "YYYY-MM-DD")),
    Row("themes-without-brackets", "unknown theme id on a quote or page",
        _edit_at("data/quotes.yml", "themes: [mod]", "themes: mod, samtale",
                 "themes: mod, samtale", "quote 'bo-larsen-mod': field 'themes' must be a list: "
                 "write [a, b]")),
    Row("unregistered-source-file", "a new source file not registered", _unregistered_source),
    Row("copy-differs-from-original", "a quote differing from the sources by one word",
        _copy_differs_from_its_original, advice="sources/raw/"),
    Row("unregistered-source-on-record", "a new source file not registered",
        _edit_at("data/quotes.yml", "  source: bog.md\n  text:\n    da: Mod",
                 "  source: ny.md\n  text:\n    da: Mod", "source: ny.md",
                 "quote 'bo-larsen-mod': source 'ny.md' is not registered: add it under "
                 "'sources:' in data/publication.yml")),
    Row("source-outside", "a path field that is not a plain path",
        _edit_at("data/quotes.yml", "  source: bog.md\n  text:\n    da: Mod",
                 "  source: ../../../../etc/passwd\n  text:\n    da: Mod", "etc/passwd",
                 "quote 'bo-larsen-mod': field 'source' must be a file below sources/")),
    Row("misspelt-shortcode", "misspelt shortcode",
        _edit_at(PAGE, "<!-- md:quote ada-jensen-lytning -->",
                 "<!-- Quote: ada-jensen-lytning -->", "Quote: ada",
                 "<!-- Quote: ada-jensen-lytning --> looks like a misspelt shortcode: write "
                 "<!-- md:quote ada-jensen-lytning -->")),
    Row("quote-twice-on-a-page", "the same quote placed twice on one page", _quote_twice),
    Row("chapter-without-principle", "a chapter page without its principle:",
        _edit(PAGE, "principle: lytning\n", "",
              lambda p: [f"{PAGE}:1: a page in docs/greb/ presents a principle: add "
                         "'principle: lytning' to its front matter"])),
    Row("chapter-names-another", "a chapter page without its principle:",
        _edit(PAGE, "principle: lytning", "principle: modet",
              lambda p: [f"{PAGE}:2: principle: modet does not match the file name 'lytning'"])),
    Row("search-word-for-no-page", "link to a missing page or anchor",
        _edit_at("data/search.yml", "page: cases/havnehuset/", "page: cases/havnehuse/",
                 "cases/havnehuse/", "no page is published at cases/havnehuse/; did you "
                 "mean cases/havnehuset/?")),
    Row("search-word-for-unknown-theme", "unknown theme id on a quote or page",
        _edit_at("data/search.yml", "theme: mod", "theme: modd", "theme: modd",
                 "unknown theme id 'modd'; did you mean 'mod'?")),
    Row("search-word-without-words", "a malformed file",
        _edit_at("data/search.yml", "- words: [modighed]", "- word: [modighed]", "word: [mod",
                 "each entry lists the words readers type")),
    Row("unknown-front-matter-key", "a malformed file",
        _edit_at(PAGE, "last_reviewed:", "last_reviewed: 2026-01-01\nlast_reviwed:",
                 "last_reviwed", "front matter key 'last_reviwed' is not known (did you mean "
                 "'last_reviewed'?)")),
    # --- hardening: what an attacker with commit access (or a careless paste) brings ---------
    Row("label-reaches-attributes", "HTML/script in quote or data fields",
        _edit_at("data/labels.yml", 'en: "Last reviewed {date}"',
                 'en: "Last reviewed {date} {date.format.__globals__[t].sys.modules[os].environ}"',
                 "Last reviewed", "label 'reviewed' has the placeholder {date.format.__globals__"
                 "[t].sys.modules[os].environ}: a placeholder is a plain name in braces")),
    Row("label-unknown-placeholder", "HTML/script in quote or data fields",
        _edit_at("data/labels.yml", 'en: "Last reviewed {date}"', 'en: "Last reviewed {day}"',
                 "Last reviewed", "label 'reviewed' has the placeholder {day}, which the build "
                 "does not fill in: use {date}")),
    Row("script-file-in-docs", "inline <script> or event-handler attribute written in a page",
        _docs_file("assets/x.js", "alert(1)", "a '.js' file is not published from docs/")),
    *[Row(f"html-page-in-docs-{suffix}", "inline <script> or event-handler attribute written "
          "in a page", _docs_file(f"side.{suffix}", '<script src="x.js"></script>',
                                  f"a '.{suffix}' file is not published from docs/"))
      for suffix in ("html", "htm", "xhtml")],
    Row("svg-with-script", "inline <script> or event-handler attribute written in a page",
        _docs_file("billede.svg", '<svg xmlns="http://www.w3.org/2000/svg">\n'
                   '<script href="x.js"/></svg>', "an inline script is not allowed in a page")),
    Row("page-file-name-with-spaces", "symlink in docs/, or a file resolving outside",
        _docs_file("Min Side ÆØÅ ü.md", "---\nlast_reviewed: 2026-01-01\n---\n\n# Side\n",
                   "the name 'Min Side ÆØÅ ü.md' would be part of an address")),
    Row("slash-for-a-space", "inline <script> or event-handler attribute written in a page",
        _edit_at(PAGE, "Hver samtale ender", "<p/onclick=alert(7)>Hver samtale ender</p>",
                 "<p/onclick", "<p/onclick=alert(7)>: the event-handler attribute 'onclick' "
                 "is not allowed")),
    Row("entity-encoded-scheme", "inline <script> or event-handler attribute written in a page",
        _edit_at(PAGE, "Hver samtale ender", '<a href="java&#x09;script:alert(7)">x</a> Hver '
                 "samtale ender", "java&#x09;", '<a href="java&#x09;script:alert(7)">: a '
                 "javascript: (or vbscript:, data:) address in 'href' is not allowed")),
    *[Row(f"redirect-from-{name}", "a path or URL field that is not a plain site path",
          _edit_at("data/redirects.yml", "- from: cases/havnen/", f"- from: {old}",
                   f"from: {old}", message))
      for name, old, message in [
          ("sitemap", "sitemap.xml", "'sitemap.xml/' names a file of the site (sitemap.xml)"),
          ("assets", "assets/", "'assets/' is inside assets/, which the build writes itself"),
          ("search", "search/x/", "'search/x/' is inside search/"),
          ("trailing-space", "'cases/havnen/ '",
           "'from' 'cases/havnen/ ' has a space at its start or end")]],
    Row("stray-quote-in-a-tag", "inline <script> or event-handler attribute written in a page",
        _edit_at(PAGE, "Hver samtale ender", "\n\n<div>\n<img src=x onerror=alert(7) '>\n</div>\n\n"
                 "Hver samtale ender", "<img src=x", "<img src=x onerror=alert(7) '>: the "
                 "event-handler attribute 'onerror' is not allowed")),
    Row("missing-image-named-earlier", "link to a missing page or anchor",
        _edit_at(PAGE, "Hver samtale ender", "Se diagram.png nedenfor.\n\n![Diagram](diagram.png)"
                 "\n\nHver samtale ender", "![Diagram]", "link 'diagram.png': "
                 "docs/greb/diagram.png does not exist")),
    Row("bidi-control-in-a-quote", "HTML/script in quote or data fields",
        _edit_at("data/quotes.yml", "Ellers bygger vi det forkerte.",
                 "Ellers bygger vi det \u202eforkerte.", "bygger vi det \u202e",
                 "an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE")),
    Row("zero-width-space-in-a-page", "HTML/script in quote or data fields",
        _edit_at(PAGE, "Hver samtale ender", "Hver sam\u200btale ender", "sam\u200btale",
                 "an invisible character, U+200B ZERO WIDTH SPACE")),
    Row("look-alike-heading-id", "HTML/script in quote or data fields",
        _edit_at(PAGE, "{ #samtalen-kommer-foerst }", "{ #samtalen-kommer-f\u043erst }",
                 "#samtalen-kommer-f", "the heading id 'samtalen-kommer-f\u043erst' is part of "
                 "an address")),
    Row("look-alike-heading", "HTML/script in quote or data fields",
        _edit_at(PAGE, "## Samtalen kommer først", "## Samtalen k\u043emmer først",
                 "## Samtalen k", "the word 'k\u043emmer' mixes alphabets (cyrillic, latin)")),
]


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_fixture(tmp_path / "project")


def refused(project: Path) -> str:
    with pytest.raises(ContentError) as error:
        load(project)
    return str(error.value)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.key)
def test_bad_content_is_refused_with_file_line_and_what_to_do_as_the_guide_says(project, row):
    expected = row.apply(project)
    message = refused(project)
    for text in expected:
        assert text in message, f"{row.spec_row}: expected {text!r} in:\n{message}"
    in_the_guide(row, expected[0])


# --- hostile files: every data file and page kind, every way a file can be malformed ----------

COLLECTIONS = ["data/quotes.yml", "data/people.yml", "data/themes.yml", "data/principles.yml",
               "data/cases.yml", "data/workplaces.yml", "data/changelog.yml"]
MAPPINGS = ["data/publication.yml", "data/labels.yml"]
PAGES = ["docs/greb/lytning.md", "docs/citater.md"]


def _prepend_to_first_entry(text: str, line: str) -> str:
    """Add a line to the first entry of a list file (or to a mapping file)."""
    if text.lstrip().startswith("- ") or "\n- " in text:
        head, dash, rest = text.partition("- ")
        return f"{head}{dash}{line}\n  {rest}"
    return f"{line}\n{text}"


def _variants(file: str) -> list[tuple[str, Callable[[str], str], str | None]]:
    """(name, how the text is broken, what the message says; None: the file may be accepted,
    or refused where something else names what it held)."""
    is_page, is_list = file.endswith(".md"), file in COLLECTIONS
    if is_page:
        front = lambda t, extra: t.replace("---\n", f"---\n{extra}\n", 1)  # noqa: E731
        return [
            ("bom", lambda t: "\ufeff" + t, None),
            ("crlf", lambda t: t.replace("\n", "\r\n"), None),
            ("empty", lambda t: "", "front matter has no 'last_reviewed'"),
            ("list", lambda t: "---\n- a\n- b\n---\n" + t.split("---\n", 2)[2],
             "must hold a mapping"),
            ("duplicate-key", lambda t: front(t, "hide: [toc]\nhide: [toc]"), "appears twice"),
            ("bad-date", lambda t: t.replace("last_reviewed: 2026-01-15",
                                             "last_reviewed: 2026-13-45"), "is not a real date"),
            ("tag", lambda t: front(t, "search: !!python/object/apply:os.system [id]"),
             "is not allowed here"),
            ("complex-key", lambda t: front(t, "? [a, b]\n: c"), "a key must be a plain word"),
            *_too_big(lambda t, extra: front(t, extra)),
        ]
    kind = "a list" if is_list else "a mapping"
    return [
        ("bom", lambda t: "\ufeff" + t, None),
        ("crlf", lambda t: t.replace("\n", "\r\n"), None),
        ("empty", lambda t: "", None if is_list else "is empty"),
        ("wrong-type", lambda t: "a: 1\n" if is_list else "- a\n- b\n", f"must hold {kind}"),
        ("duplicate-key", lambda t: _prepend_to_first_entry(t, "dup: 1\n  dup: 2") if is_list
         else "dup: 1\ndup: 2\n" + t, "appears twice"),
        ("bad-date", lambda t: _prepend_to_first_entry(t, "when: 2026-13-45") if is_list
         else "when: 2026-13-45\n" + t, "is not a real date"),
        ("tag", lambda t: _prepend_to_first_entry(t, "x: !!python/object/apply:os.system [id]")
         if is_list else "x: !!python/object/apply:os.system [id]\n" + t, "is not allowed here"),
        ("complex-key", lambda t: _prepend_to_first_entry(t, "? [a, b]\n  : c") if is_list
         else "? [a, b]\n: c\n" + t, "a key must be a plain word"),
        *_too_big(lambda t, extra: _prepend_to_first_entry(t, extra) if is_list
                  else extra + "\n" + t),
    ]


def _too_big(add: Callable[[str, str], str]) -> list[tuple[str, Callable[[str], str], str]]:
    """Past the limits: nesting that crashed the YAML C loader or took minutes, a file that
    made a 12 MB page."""
    return [
        ("nested-brackets", lambda t: add(t, "deep: " + "[" * 50_000),
         "nested more than 20 levels"),
        ("nested-lists", lambda t: add(t, "deep:\n" + "".join(
            "  " * level + "-\n" for level in range(1, 1_000))), "nested more than 20 levels"),
        ("huge", lambda t: t + "\n# x" * 30_000, "a file of the site may have at most"),
    ]


HOSTILE = [(file, name, breaks, message) for file in COLLECTIONS + MAPPINGS + PAGES
           for name, breaks, message in _variants(file)]


@pytest.mark.parametrize(("file", "name", "breaks", "message"), HOSTILE,
                         ids=[f"{f}-{n}" for f, n, _, _ in HOSTILE])
def test_a_malformed_file_gets_a_message_never_a_traceback(project, file, name, breaks,
                                                            message):
    path = project / file
    path.write_bytes(breaks(path.read_text(encoding="utf-8")).encode("utf-8"))
    if name in ("bom", "crlf"):
        load(project)  # editors' tools write these: accepted as they are
        return
    try:
        load(project)
    except ContentError as error:
        problems = error.problems
    else:
        assert message is None, f"{file} ({name}) was accepted"
        return  # an empty list of entries is a valid file
    if message is None:  # an empty list: what named its entries says what is missing
        assert all(problem.line for problem in problems), problems
        return
    mine = [str(p) for p in problems if p.path == file]
    assert any(message in text and text.startswith(f"{file}:") for text in mine), problems


# --- the guide's table of messages (REDAKTION.md, "Når bygningen siger nej") ------------------

GUIDE = Path(__file__).resolve().parents[2] / "REDAKTION.md"
_PLACEHOLDER = re.compile(r"'[^']*'|…|\d+|\b[xyzn]\b")


def _pattern(excerpt: str) -> re.Pattern:
    kinds = _PLACEHOLDER.findall(excerpt)
    stand_ins = ["'[^']*'" if kind.startswith("'") else "[^ ]*?" if kind in "xyzn" else ".*?"
                 for kind in kinds] + [""]
    return re.compile("".join(re.escape(part) + stand_in for part, stand_in
                              in zip(_PLACEHOLDER.split(excerpt), stand_ins, strict=True)),
                      re.DOTALL)


def guide_rows() -> list[tuple[str, list[re.Pattern], str]]:
    """(message, what it matches, advice) for each row of the guide's table of messages: the
    row's first `code`, and those joined to it by 'eller'; in them '…', a quoted 'x', a number
    and a lone x, y, z or n stand for what differs from one message to the next."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("## Når bygningen siger nej", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if not line.startswith("| `") or len(cells) != 2:
            continue
        excerpts = re.match(r"`[^`]+`(?: eller `[^`]+`)*", cells[0]).group(0)
        rows.append((cells[0], [_pattern(e) for e in re.findall(r"`([^`]+)`", excerpts)],
                     cells[1]))
    return rows


def in_the_guide(row: Row, message: str) -> None:
    """The guide and the message side by side: the message an editor meets matches one row of
    the guide's table, and that row's advice says what mends it."""
    matching = [(excerpt, advice) for excerpt, patterns, advice in guide_rows()
                if any(pattern.search(message) for pattern in patterns)]
    assert len(matching) == 1, f"{row.key}: rows of the guide matching {message!r}: {matching}"
    assert row.advice in matching[0][1], (f"{row.key}: the guide's advice for {message!r} is "
                                          f"{matching[0][1]!r}; it should say {row.advice!r}")


def test_the_guide_s_table_is_read():
    rows = guide_rows()
    assert len(rows) >= len({row.spec_row for row in ROWS})
    assert all(patterns and advice for _, patterns, advice in rows)
