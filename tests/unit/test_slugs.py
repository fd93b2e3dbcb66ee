import pytest
from publication.slugs import slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("leder af en skole", "leder-af-en-skole"),
        ("afdelingsleder, kulturhus", "afdelingsleder-kulturhus"),
        ("Ærø Bibliotek", "aeroe-bibliotek"),
        ("Sønderå", "soenderaa"),
        ("Værd at overveje", "vaerd-at-overveje"),
        ("idéudvikling", "ideudvikling"),
    ],
)
def test_danish_letters_are_spelled_out(text, slug):
    """æ, ø, å become ae, oe, aa (as Danish URLs spell them); accents are dropped."""
    assert slugify(text) == slug
