"""Ways to break a copy of the project, one per row of SPEC §4, each with the message an editor
must get. Used by test_bad_input.py; kept apart so the table reads as a list of cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def drop_field(path: Path, entry_id: str, field: str) -> None:
    """Remove ``field`` (and its indented lines) from the list entry ``- id: entry_id``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"- id: {entry_id}")
    kept, dropping = lines[:start + 1], False
    for line in lines[start + 1:]:
        if line.startswith("- "):
            dropping = False
        elif line.startswith(f"  {field}:"):
            dropping = True
            continue
        elif dropping and line.startswith("    "):
            continue
        else:
            dropping = False
        kept.append(line)
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class BadInput:
    key: str
    spec_row: str  # the row of SPEC §4 it tries
    # Breaks the project; returns what the failure must show (file, line, problem, text).
    apply: Callable[[Path], list[str]]


def _person_without(field: str) -> Callable[[Path], list[str]]:
    def apply(project: Path) -> list[str]:
        people = project / "data" / "people.yml"
        drop_field(people, "mette-brinch", field)
        line = line_of(people, "- id: mette-brinch")
        return [f"data/people.yml:{line}: person 'mette-brinch': field '{field}' is missing"]
    return apply


def _duplicate_quote(project: Path) -> list[str]:
    (project / "data" / "quotes").mkdir()
    (project / "data" / "quotes" / "more.yml").write_text(
        "- id: mette-brinch-kultur\n  person: mette-brinch\n  principle: kultur-og-rammer\n"
        "  themes: [kultur]\n  source: raw/000_33a29adf209e7880.txt\n"
        "  text: {da: x, en: y}\n", encoding="utf-8")
    first = line_of(project / "data" / "quotes.yml", "- id: mette-brinch-kultur")
    return ["data/quotes/more.yml:1: duplicate quote id 'mette-brinch-kultur' "
            f"(also defined at data/quotes.yml:{first})"]


def _unknown_id(file: str, entry: str, old: str, new: str, message: str,
                ) -> Callable[[Path], list[str]]:
    """Replace ``old`` by ``new`` in the entry ``- id: entry`` of data/``file``."""
    def apply(project: Path) -> list[str]:
        path = project / "data" / file
        text = path.read_text(encoding="utf-8")
        start = text.index(f"- id: {entry}\n")
        end = text.find("\n- id:", start + 1)
        end = len(text) if end < 0 else end
        assert old in text[start:end], f"{old!r} not in entry {entry} of {file}"
        path.write_text(text[:start] + text[start:end].replace(old, new, 1) + text[end:],
                        encoding="utf-8")
        return [f"data/{file}:{line_of(path, f'- id: {entry}')}: {message}"]
    return apply


def _without_english(project: Path) -> list[str]:
    (project / "docs" / "raad.en.md").unlink()
    return ["docs/raad.md: has no 'en' translation: create docs/raad.en.md"]


def _without_danish(project: Path) -> list[str]:
    (project / "docs" / "ordliste.en.md").write_text("# Glossary\n", encoding="utf-8")
    return ["docs/ordliste.en.md: has no Danish original: create docs/ordliste.md"]


BUILD_REFUSES = [
    BadInput("person-without-role", "person without role or workplace", _person_without("role")),
    BadInput("person-without-workplace", "person without role or workplace",
             _person_without("workplace")),
    BadInput("duplicate-quote-id", "two quotes with the same id", _duplicate_quote),
    BadInput("unknown-theme-on-quote", "unknown theme id on a quote or page",
             _unknown_id("quotes.yml", "hanne-pjengaard-vedholdenhed", "vedholdenhed, kultur]",
                         "vedholdenhed, kulturr]", "quote 'hanne-pjengaard-vedholdenhed' names "
                         "unknown theme id 'kulturr'; did you mean 'kultur'?")),
    BadInput("unknown-theme-on-principle-page", "unknown theme id on a quote or page",
             _unknown_id("principles.yml", "forandringsledelse", "[forandringsledelse]",
                         "[forandring]", "principle 'forandringsledelse' names unknown theme "
                         "id 'forandring'")),
    BadInput("unknown-theme-on-case-page", "unknown theme id on a quote or page",
             _unknown_id("cases.yml", "praehospitalt-center", "struktur-og-rammer]",
                         "strukturer]", "case 'praehospitalt-center' names unknown theme id "
                         "'strukturer'")),
    BadInput("quote-names-unknown-principle", "quote names an unknown id",
             _unknown_id("quotes.yml", "luise-hansen-struktur", "principle: kultur-og-rammer",
                         "principle: kultur", "quote 'luise-hansen-struktur' names unknown "
                         "principle id 'kultur'")),
    BadInput("person-names-unknown-workplace", "person without role or workplace",
             _unknown_id("people.yml", "hanne-pjengaard", "workplace: paddehatten",
                         "workplace: padehatten", "person 'hanne-pjengaard' names unknown "
                         "workplace id 'padehatten'; did you mean 'paddehatten'?")),
    BadInput("danish-page-only", "page present in one language only", _without_english),
    BadInput("english-page-only", "page present in one language only", _without_danish),
]


def _reworded(file: str, old: str, new: str, what: str) -> Callable[[Path], list[str]]:
    """Change the publication's words in ``file``; the failure names it and shows the text."""
    def apply(project: Path) -> list[str]:
        replace_in(project / file, old, new)
        return [f"{what} is not verbatim in sources/manuscript.md", new]
    return apply


TESTS_REFUSE = [
    BadInput("quote-not-verbatim", "Danish quote text not found verbatim",
             _reworded("data/quotes.yml", "Vedholdenhed er helt afgørende.",
                       "Vedholdenhed er meget afgørende.",
                       "quote 'hanne-pjengaard-vedholdenhed'")),
    BadInput("blockquote-not-verbatim", "Danish quote text not found verbatim",
             _reworded("docs/om/index.md", "sektor gennem innovation.",
                       "sektor gennem fornyelse.", "text on docs/om/index.md")),
    BadInput("chapter-text-not-verbatim", "Danish quote text not found verbatim",
             _reworded("docs/greb/kultur-og-rammer.md", "så ting bliver afsluttet",
                       "så tingene bliver afsluttet", "text on docs/greb/kultur-og-rammer.md")),
]
