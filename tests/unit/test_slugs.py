import pytest
from publication.slugs import slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("leder af dagtilbud", "leder-af-dagtilbud"),
        ("afdelingsleder, autismecenter", "afdelingsleder-autismecenter"),
        ("Præhospitalt Center", "praehospitalt-center"),
        ("Storstrøm", "storstroem"),
        ("Værd at overveje", "vaerd-at-overveje"),
        ("idéudvikling", "ideudvikling"),
    ],
)
def test_danish_letters_are_spelled_out(text, slug):
    """æ, ø, å become ae, oe, aa (as Danish URLs spell them); accents are dropped."""
    assert slugify(text) == slug
