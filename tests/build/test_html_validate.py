"""html-validate (npm, pinned in package.json and package-lock.json, installed by `make test`
with `npm ci`) on every built page: its recommended preset, with the rules we turn off or relax
named with their reasons in .htmlvalidate.cjs. A second opinion beside the Nu Html Checker, which
looks at validity; this one also at accessibility (unique landmark names, button types)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from support.builds import ROOT
from support.required import required

HTML_VALIDATE = ROOT / "node_modules" / ".bin" / "html-validate"
CONFIG = ROOT / ".htmlvalidate.cjs"


def html_validate() -> Path:
    return required(HTML_VALIDATE.is_file() and HTML_VALIDATE, "html-validate",
                    "html-validate not installed: run `npm ci` (make test does)")


def findings(folder: Path) -> list[str]:
    """What html-validate reports for every .html file under ``folder``, one line each."""
    files = sorted(str(path) for path in folder.rglob("*.html"))
    assert files, f"no HTML under {folder}"
    result = subprocess.run([str(html_validate()), "--config", str(CONFIG), "--formatter",
                             "json", *files], capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stderr  # 1: it found something
    return [f"{Path(report['filePath']).relative_to(folder)}:{message['line']}: "
            f"{message['ruleId']}: {message['message']}"
            for report in json.loads(result.stdout or "[]") for message in report["messages"]]


def test_html_validate_finds_nothing_on_any_page(site):
    found = findings(site)
    assert not found, f"{len(found)} html-validate findings:\n" + "\n".join(found)


def test_html_validate_reports_what_our_pages_had(tmp_path):
    """The configuration is the one in force, and it keeps the checks the site needed:
    two navigation landmarks of one name, a button without a type."""
    (tmp_path / "bad.html").write_text(
        '<!doctype html><html lang="da"><head><title>x</title></head><body>'
        '<nav aria-label="Indhold"><a href="#a">a</a></nav>'
        '<nav aria-label="Indhold"><a href="#b">b</a></nav>'
        '<button aria-label="Vælg sprog">x</button></body></html>', encoding="utf-8")
    rules = {line.split(": ")[1] for line in findings(tmp_path)}
    assert {"unique-landmark", "no-implicit-button-type"} <= rules
