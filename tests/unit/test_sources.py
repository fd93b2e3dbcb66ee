"""The publication's words: a text is found word for word in sources/ (only whitespace is
normalised), and when it is not, the message shows the closest passage and the words that
differ."""

import markdown
import pytest
from publication.problems import ContentError
from publication.sources import Sources, SourceText, load_sources, page_blocks, word_diff

SOURCE = "Vi lytter, før vi bygger.\nEllers bygger vi\ndet forkerte. Mod er at sige det højt.\n"


@pytest.fixture
def sources():
    return Sources((SourceText.read("sources/bog.md", SOURCE),))


def test_whitespace_is_the_only_thing_normalised(sources):
    assert sources.contains("Ellers  bygger vi det\nforkerte.")
    assert not sources.contains("ellers bygger vi det forkerte.")
    assert not sources.contains("Ellers bygger vi det forkerte!")


def test_one_changed_word_is_shown_with_its_source_line(sources):
    message = sources.difference("Vi lytter, før vi bygger. Ellers bygger vi det rigtige.")
    assert "closest passage: sources/bog.md:1" in message
    assert "[-forkerte.-] {+rigtige.+}" in message


def test_a_text_from_nowhere_says_so(sources):
    assert "no passage of the sources comes close to: Helt andre ord her" in \
        sources.difference("Helt andre ord her")


def test_the_diff_shows_only_the_differences_with_a_little_context():
    source = "en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten".split()
    written = "en to tre fire fem seks SYV otte ni ti elleve tolv tretten fjorten".split()
    assert word_diff(source, written) == \
        "en to tre fire fem seks [-syv-] {+SYV+} otte ni ti elleve tolv tretten …"


def test_a_chapter_page_presents_every_block_other_pages_only_blockquotes():
    body = markdown.markdown("Et afsnit.\n\n## En overskrift\n\n- et punkt\n\n> Et citat.\n")
    assert page_blocks(body, whole_page=True) == ["Et afsnit.", "En overskrift", "et punkt",
                                                  "Et citat."]
    assert page_blocks(body, whole_page=False) == ["Et citat."]


def test_every_file_in_sources_is_registered(tmp_path):
    (tmp_path / "sources" / "raw").mkdir(parents=True)
    (tmp_path / "sources" / "bog.md").write_text("tekst", encoding="utf-8")
    (tmp_path / "sources" / "raw" / "ny.txt").write_text("ny tekst", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_sources(tmp_path, ["bog.md", "mangler.md"])
    message = str(error.value)
    assert "sources/raw/ny.txt:1: is not registered: register it under 'sources:' in " \
           "data/publication.yml" in message
    assert "source 'mangler.md' is registered but sources/mangler.md does not exist" in message


def test_of_equally_close_passages_the_named_source_is_shown():
    """A clean copy holds the raw files' words too: the diff points where the text says."""
    texts = Sources(tuple(SourceText.read(f"sources/{name}", "Vi lytter, før vi bygger.\n")
                          for name in ("a-renskrift.md", "b-kapitel.txt")))
    assert "closest passage: sources/b-kapitel.txt:1" in texts.difference(
        "Vi lytter, før vi handler.", prefer="b-kapitel.txt")
    assert "closest passage: sources/a-renskrift.md:1" in texts.difference(
        "Vi lytter, før vi handler.")
