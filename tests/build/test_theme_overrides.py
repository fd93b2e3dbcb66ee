"""Where we override Material's templates, we change only what we say we change, so a Material
upgrade that moves the original is noticed here rather than by a reader."""

import difflib
from pathlib import Path

import pytest
from publication.assets import MATERIAL_ASSETS
from support.builds import ROOT

MATERIAL = MATERIAL_ASSETS.parent


def _body(path: Path) -> list[str]:
    """A template without its opening comment (Material's says 'do not edit', ours why)."""
    text = path.read_text(encoding="utf-8")
    return text[text.index("-#}") + 3:].splitlines() if text.startswith("{#-") else \
        text.splitlines()


def changed_lines(ours: Path, theirs: Path) -> list[str]:
    diff = difflib.unified_diff(_body(theirs), _body(ours), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


# Material's lines we change, and the lines we add.
OVERRIDES = {"nav-item.html": (7, 6), "palette.html": (2, 2), "search.html": (4, 5),
             "toc.html": (1, 1), "alternate.html": (1, 1),
             "toc-item.html": (1, 1)}


@pytest.mark.parametrize(("name", "counts"), OVERRIDES.items())
def test_an_override_of_materials_partials_changes_only_its_marked_lines(name, counts):
    """Apart from its opening comment, every line that differs from Material's is ours and says
    so; a Material upgrade that moves them fails here, to be reviewed."""
    changed = changed_lines(ROOT / "overrides" / "partials" / name, MATERIAL / "partials" / name)
    theirs = [line for line in changed if line.startswith("-")]
    ours = [line for line in changed if line.startswith("+")]
    assert len(theirs) == counts[0], f"Material's {name} changed: review the override"
    assert len(ours) == counts[1] and all("ldi" in line for line in ours), ours


def test_materials_stylesheets_are_the_two_our_combined_file_replaces():
    """overrides/main.html links one stylesheet in place of Material's main and palette."""
    base = (MATERIAL / "base.html").read_text(encoding="utf-8")
    block = base[base.index("{% block styles %}"):base.index("{% endblock %}",
                                                           base.index("{% block styles %}"))]
    linked = sorted(part.split("'")[0] for part in block.split("assets/stylesheets/")[1:])
    assert [name.split(".")[0] for name in linked] == ["main", "palette"]
