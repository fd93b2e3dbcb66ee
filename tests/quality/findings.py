"""Known defects outside tests/quality, tracked until they are fixed.

A gate collects its problems as lines of text. Lines a tracked ``Finding`` matches are set aside,
so the gate still fails on anything new; each finding gets its own strict xfail test that
asserts the finding is gone, so fixing the defect turns that xfail into a failure that says:
delete the finding. Keep one finding per real defect, its pattern as narrow as the defect.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Finding:
    key: str
    pattern: str  # a regular expression searched for in each problem line
    needs_lead: str  # the file, the change and why: what the lead has to do

    def matches(self, problem: str) -> bool:
        return re.search(self.pattern, problem) is not None


def untracked(problems: Iterable[str], findings: Iterable[Finding]) -> list[str]:
    findings = list(findings)
    return [p for p in problems if not any(f.matches(p) for f in findings)]


def assert_none_untracked(problems: Iterable[str], findings: Iterable[Finding],
                          what: str) -> None:
    """The gate: every problem is either a tracked finding or a failure, listed in full."""
    left = untracked(problems, findings)
    assert not left, f"{len(left)} {what}:\n" + "\n".join(left)


def assert_fixed(problems: Iterable[str], finding: Finding) -> None:
    """A tracked finding's own test: passes (and so fails as a strict xfail) once it is gone."""
    still = [p for p in problems if finding.matches(p)]
    assert not still, f"still {len(still)} × {finding.key}, e.g. {still[0]}"


def tracked(findings: Iterable[Finding]) -> list:
    """One strict-xfail parameter per finding, for ``pytest.mark.parametrize``."""
    return [pytest.param(f, id=f.key, marks=pytest.mark.xfail(
        strict=True, reason=f"needs lead: {f.needs_lead}")) for f in findings]
