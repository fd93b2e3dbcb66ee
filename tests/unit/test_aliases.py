"""A renamed chapter's old anchors are kept at the new address."""

from publication.aliases import with_former_anchors

RENAMES = {"ny": ["gammel"], "andet-kapitel": ["kapitel-to"]}


def test_every_anchor_with_the_new_id_gets_a_twin_with_the_old_one():
    html = ('<h1 id="ny">Ny</h1><li id="raad-ny-1">Råd</li><h3 id="raad-ny">R</h3>'
            '<h2 id="ny-tre-gode-raad">T</h2><h2 id="andet-kapitel">A</h2>')
    out = with_former_anchors(html, RENAMES)
    for alias in ("gammel", "raad-gammel-1", "raad-gammel", "gammel-tre-gode-raad", "kapitel-to"):
        assert f'<span class="ldi-anchor" id="{alias}"></span>' in out


def test_ids_that_only_contain_the_id_as_part_of_a_word_are_left_alone():
    html = '<h2 id="nyhed">x</h2><h2 id="ny-ide">y</h2>'
    assert with_former_anchors(html, {"ny-id": ["gammel"]}) == html


def test_nothing_changes_without_renames_or_when_the_old_anchor_is_there():
    html = '<h1 id="ny">Ny</h1><span id="gammel"></span>'
    assert with_former_anchors(html, {}) == html
    assert with_former_anchors(html, RENAMES) == html
