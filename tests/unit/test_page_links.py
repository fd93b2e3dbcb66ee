"""A page's links to other files of docs/ are checked before rendering, with a suggestion."""

from publication.page_links import link_problems

FILES = {"index.md", "raad.md", "greb/index.md", "greb/lytning.md", "img/logo.svg"}


def check(src_uri: str, html: str) -> list[tuple[str, str]]:
    return list(link_problems(src_uri, html, FILES))


def test_links_that_reach_a_file_pass():
    html = ('<a href="../raad.md#x">r</a><a href="lytning.md">l</a><a href="./">i</a>'
            '<img src="../img/logo.svg" alt=""><a href="#top">t</a>'
            '<a href="https://example.dk/a.md">e</a><a href="mailto:a@b.dk">m</a>')
    assert check("greb/index.md", html) == []


def test_a_misspelt_link_names_the_closest_file_relative_to_the_page():
    assert check("greb/index.md", '<a href="lytnin.md#x">l</a>') == [
        ("lytnin.md#x", "docs/greb/lytnin.md does not exist (did you mean 'lytning.md'?)")]


def test_a_link_out_of_docs_is_refused_and_the_page_meant_suggested():
    assert check("index.md", '<a href="../secret.txt">s</a>') == [
        ("../secret.txt", "points outside docs/; a link starts from the page's own folder "
                          "(link to a file of docs/)")]
    assert check("ny.md", '<a href="../raad.md">r</a>') == [
        ("../raad.md", "points outside docs/; a link starts from the page's own folder "
                       "(did you mean 'raad.md'?)")]


def test_escaped_addresses_are_read_as_written():
    assert check("index.md", '<a href="raad.md?a=1&amp;b=2">r</a>') == []
