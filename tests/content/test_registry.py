"""The registry (data/*.yml): the real data is valid, and each kind of bad data is refused
with a message naming the file, the line and the problem."""

import shutil
from pathlib import Path

import pytest

from publication.problems import ContentError
from publication.registry import load_registry
from sitebuild import ROOT

LANGUAGES = ["da", "en"]


def test_real_data_is_valid_and_complete():
    """The publication's five principles, five cases, and every quote's person resolve."""
    registry = load_registry(ROOT, LANGUAGES)
    assert [p.number for p in registry.principles.values()] == [1, 2, 3, 4, 5]
    assert len(registry.cases) == 5
    assert len(registry.quotes) >= 3
    for quote in registry.quotes.values():
        person = registry.people[quote.person]
        assert registry.case_for_workplace(person.workplace) is not None


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A scratch project root holding copies of data/ and sources/ to break."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    return tmp_path


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "data" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(root: Path) -> str:
    with pytest.raises(ContentError) as error:
        load_registry(root, LANGUAGES)
    return str(error.value)


def line_of(root: Path, name: str, needle: str) -> int:
    lines = (root / "data" / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_unknown_person_id_names_the_id_and_the_file(data_copy):
    edit(data_copy, "quotes.yml", "person: luise-hansen", "person: luise-hanssen")
    message = problems(data_copy)
    line = line_of(data_copy, "quotes.yml", "- id: luise-hansen-struktur")
    assert f"data/quotes.yml:{line}: quote 'luise-hansen-struktur' names unknown person id " \
           "'luise-hanssen'; did you mean 'luise-hansen'?" in message


@pytest.mark.parametrize("field", ["role", "workplace"])
def test_person_without_role_or_workplace_names_the_person(data_copy, field):
    text = (data_copy / "data/people.yml").read_text(encoding="utf-8")
    start = text.index("- id: mette-brinch")
    entry = text[start:]
    lines = entry.splitlines()
    # drop the field line and, for 'role', its indented da/en lines
    kept, skipping = [], False
    for line in lines:
        if line.startswith(f"  {field}:"):
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        kept.append(line)
    (data_copy / "data/people.yml").write_text(text[:start] + "\n".join(kept) + "\n",
                                               encoding="utf-8")
    assert f"person 'mette-brinch': field '{field}' is missing" in problems(data_copy)


def test_duplicate_quote_id_names_both_places(data_copy):
    """A second file under data/quotes/ reusing an id is refused, naming both files and lines."""
    (data_copy / "data/quotes").mkdir()
    (data_copy / "data/quotes/more.yml").write_text(
        "- id: mette-brinch-kultur\n  person: mette-brinch\n  principle: kultur-og-rammer\n"
        "  themes: [kultur]\n  source: raw/000_33a29adf209e7880.txt\n"
        "  text: {da: x, en: y}\n", encoding="utf-8")
    first = line_of(data_copy, "quotes.yml", "- id: mette-brinch-kultur")
    assert ("data/quotes/more.yml:1: duplicate quote id 'mette-brinch-kultur' "
            f"(also defined at data/quotes.yml:{first})") in problems(data_copy)


def test_unknown_theme_on_a_quote(data_copy):
    edit(data_copy, "quotes.yml", "themes: [vedholdenhed, kultur]",
         "themes: [vedholdenhed, kulturr]")
    assert "quote 'hanne-pjengaard-vedholdenhed' names unknown theme id 'kulturr'" \
        in problems(data_copy)


def test_unknown_theme_on_a_page(data_copy):
    """Principle and case pages are tagged in data/principles.yml and data/cases.yml."""
    edit(data_copy, "principles.yml", "themes: [forandringsledelse]", "themes: [forandring]")
    assert "principle 'forandringsledelse' names unknown theme id 'forandring'" \
        in problems(data_copy)


def test_missing_translation_in_data(data_copy):
    edit(data_copy, "themes.yml", "name: {da: Vedholdenhed, en: Persistence}",
         "name: {da: Vedholdenhed}")
    assert "theme 'vedholdenhed': 'name' has no 'en' text" in problems(data_copy)


def test_ids_must_be_kebab_case(data_copy):
    edit(data_copy, "themes.yml", "- id: vedholdenhed", "- id: Vedholdenhed")
    assert "field 'id' must be a kebab-case id" in problems(data_copy)


def test_unknown_field_is_refused_not_ignored(data_copy):
    edit(data_copy, "people.yml", "  name: Hanne Pjengaard", "  name: Hanne Pjengaard\n  rolle: x")
    assert "person 'hanne-pjengaard': field 'rolle' is not a known field" in problems(data_copy)


def test_missing_source_file(data_copy):
    (data_copy / "sources/raw/000_33a29adf209e7880.txt").unlink()
    assert "source 'sources/raw/000_33a29adf209e7880.txt' does not exist" in problems(data_copy)


def test_every_problem_is_reported_at_once(data_copy):
    edit(data_copy, "quotes.yml", "person: luise-hansen", "person: nobody")
    edit(data_copy, "quotes.yml", "themes: [kultur, eksperimenter-og-fejl]", "themes: [nothing]")
    message = problems(data_copy)
    assert "unknown person id 'nobody'" in message
    assert "unknown theme id 'nothing'" in message


def test_two_principles_with_one_number(data_copy):
    edit(data_copy, "principles.yml", "  number: 4\n", "  number: 3\n")
    assert "principle 'mindset-og-kompetencer' has number 3, already used by 'kultur-og-rammer'" \
        in problems(data_copy)


def test_two_cases_for_one_workplace(data_copy):
    edit(data_copy, "cases.yml", "- id: autismecenter-storstroem\n  workplace: autismecenter-storstroem",
         "- id: autismecenter-storstroem\n  workplace: paddehatten")
    assert "case 'autismecenter-storstroem': workplace 'paddehatten' already has the case 'paddehatten'" \
        in problems(data_copy)
