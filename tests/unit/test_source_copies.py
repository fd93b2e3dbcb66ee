"""One truth per passage: a clean copy (any source file outside sources/raw/) says what its
original below sources/raw/ says, the original's line-break hyphenation aside; where it does
not, the message names both files, their lines and the words that differ."""

from publication.source_copies import copy_problems
from publication.sources import Sources, SourceText

ORIGINAL = ("Sagt om modet\n\nVi lytter, før vi byg-\nger. Ellers bygger vi det\nforkerte, "
            "siger Lys- og\nLydafdelingen i huset.\n\n• Spørg medarbejderne før du vælger\n")
COPY = ("# Renskrift\n\nA note of our own about the chapter and where it came from.\n\n"
        "Lead:\n\nVi lytter, før vi bygger. Ellers bygger vi det forkerte, siger Lys- og "
        "Lydafdelingen i huset.\n\n- Spørg medarbejderne før du vælger\n\n"
        "Quoted (raw): \"Ellers bygger vi det forkerte\"\n")


def problems(original: str = ORIGINAL, copy: str = COPY) -> list[str]:
    return [str(problem) for problem in copy_problems(Sources((
        SourceText.read("sources/raw/kapitel.txt", original),
        SourceText.read("sources/manuscript.md", copy))))]


def test_a_copy_that_agrees_is_accepted_hyphenation_and_notes_aside():
    assert problems() == []


def test_a_word_corrected_in_the_original_only_names_the_copy_s_line_and_the_word():
    assert problems(original=ORIGINAL.replace("det\nforkerte", "det\nrigtige")) == [
        "sources/manuscript.md:7: this passage copies an original below sources/raw/, but the "
        "words differ:\n"
        "  sources/raw/kapitel.txt:3: … vi bygger. Ellers bygger vi det "
        "[-rigtige,-] {+forkerte,+} siger Lys- og Lydafdelingen i huset.\n"
        "  ([-…-] is in the original, {+…+} in this file): correct the file that is wrong, so "
        "they say the same",
        "sources/manuscript.md:11: this passage copies an original below sources/raw/, but the "
        "words differ:\n"
        "  sources/raw/kapitel.txt:4: Ellers bygger vi det [-rigtige,-] {+forkerte+}\n"
        "  ([-…-] is in the original, {+…+} in this file): correct the file that is wrong, so "
        "they say the same"]


def test_a_word_corrected_in_the_copy_only_is_named_too():
    found = problems(copy=COPY.replace("- Spørg medarbejderne", "- Spørg kollegerne"))
    assert len(found) == 1 and found[0].startswith("sources/manuscript.md:9: ")
    assert "[-medarbejderne-] {+kollegerne+}" in found[0]


def test_without_originals_there_is_nothing_to_compare():
    assert copy_problems(Sources((SourceText.read("sources/bog.md", COPY),))) == []
