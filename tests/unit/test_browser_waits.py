"""Every browser wait in the tests is a function. Playwright evaluates a bare expression string
(`wait_for_function("document.x")`) through eval, which the site's CSP refuses: such a wait
fails whenever its first poll comes early, so the suite turns flaky under load."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
FUNCTION_STARTS = ("() =>", "(", "function", "async")


def bare_waits(source: str, name: str) -> list[str]:
    """Each `wait_for_function` call whose script is a string that is not a function."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "wait_for_function" and node.args):
            continue
        script = node.args[0]
        parts = script.values if isinstance(script, ast.JoinedStr) else [script]
        first = parts[0] if parts else None
        text = first.value if isinstance(first, ast.Constant) else None
        if isinstance(text, str) and not text.lstrip().startswith(FUNCTION_STARTS):
            found.append(f"{name}:{node.lineno}: {text.strip()[:60]}")
    return found


def test_a_bare_expression_is_found():
    source = 'page.wait_for_function("document.x")\npage.wait_for_function(f"location.y == {z}")\n'
    assert len(bare_waits(source, "t.py")) == 2
    assert not bare_waits('page.wait_for_function("() => document.x")', "t.py")


def test_no_test_waits_on_a_bare_expression():
    found = [line for path in sorted(TESTS.rglob("*.py"))
             for line in bare_waits(path.read_text(encoding="utf-8"), str(path.relative_to(TESTS)))]
    if found:
        pytest.fail("wait with a function, '() => …':\n" + "\n".join(found), pytrace=False)
