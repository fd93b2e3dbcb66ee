"""The completeness report: for each principle and case, which parts of the publication our
sources hold (full text or only a summary, quotes, advice, reflection questions) and what is
missing, with counts. Read from data/ alone, so when a chapter's full text arrives (``text: full``,
its quotes and questions in data) the report follows with no code change.

One model (``rows``), three outputs:
- ``tables(scope, arg)``: the shortcode ``<!-- md:completeness -->`` for the page
  /om/fuldstaendighed/ (``principles`` or ``cases`` for one table);
- ``report_markdown``: ``make report``, written to build/completeness.md and printed;
- ``due_for_review``: pages whose ``last_reviewed`` is older than their ``review_in`` months.

Run ``python -m publication.completeness --root .`` (what ``make report`` does).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import chapters, configuration
from .crosslinks import CrossLinks
from .labels import load_labels
from .pages import read_page
from .problems import ContentError, Problem
from .registry import Registry, load_registry
from .reviews import read_review
from .scope import PageScope
from .shortcodes import ShortcodeError, usage

KINDS = ("principles", "cases")
# Columns per kind: label key in data/labels.yml -> Row attribute.
COLUMNS = {
    "principles": {"completeness_text": "text", "completeness_quotes": "quotes",
                   "completeness_questions": "questions"},
    "cases": {"completeness_text": "text", "completeness_quotes": "quotes",
              "completeness_advice": "advice"},
}


@dataclass(frozen=True)
class Row:
    kind: str  # "principles" or "cases"
    id: str
    page: str  # docs-relative source path, e.g. "greb/kultur-og-rammer.md"
    text: str  # "full" or "summary"
    quotes: int
    questions: int = 0
    advice: int = 0
    missing: tuple[str, ...] = ()  # label keys, e.g. ("missing_full_chapter",)


def rows(registry: Registry) -> dict[str, list[Row]]:
    """Each principle and case in reading order, with what the sources hold of it.

    A summary lacks the full chapter (or case); a principle without questions lacks its
    "Værd at overveje". Quotes count per principle, and per workplace for a case.
    """
    links = CrossLinks(registry)
    principles = [
        Row("principles", p.id, p.page, p.text,
            quotes=len(links.quotes_in_principle(p.id)), questions=len(p.questions),
            missing=(("missing_full_chapter",) if p.text == "summary" else ())
            + (() if p.questions else ("completeness_questions",)))
        for p in registry.principles.values()
    ]
    cases = [
        Row("cases", c.id, c.page, c.text,
            quotes=len(links.quotes_from_workplace(c.workplace)), advice=len(c.advice),
            missing=("missing_full_case",) if c.text == "summary" else ())
        for c in registry.cases.values()
    ]
    return {"principles": principles, "cases": cases}


def title(registry: Registry, row: Row, lang: str) -> str:
    table = registry.principles if row.kind == "principles" else registry.cases
    return chapters.title(registry, table[row.id], lang)


def cells(row: Row, kind: str, labels: Mapping[str, str]) -> list[str]:
    """The row's values in column order, in words from data/labels.yml."""
    values = []
    for attribute in COLUMNS[kind].values():
        value = getattr(row, attribute)
        values.append(labels[f"text_{value}"] if attribute == "text" else str(value))
    missing = [labels[key] for key in row.missing]
    values.append(", ".join(m[:1].lower() + m[1:] for m in missing) or "–")
    return values


def headers(kind: str, labels: Mapping[str, str]) -> list[str]:
    return [labels[key] for key in ("completeness_page", *COLUMNS[kind], "completeness_missing")]


# --- the page: <!-- completeness --> ----------------------------------------------------

def _table(scope: PageScope, kind: str, table_rows: list[Row]) -> str:
    rows = [{"link": scope.link(row.page), "name": title(scope.registry, row, scope.lang),
             "cells": cells(row, kind, scope.t)} for row in table_rows]
    return scope.render("completeness_table.html", headers=headers(kind, scope.t), rows=rows,
                        proper_names=kind == "cases")


def tables(scope: PageScope, arg: str | None = None) -> str:
    """Shortcode handler: both tables, or the one ``arg`` names ('principles' or 'cases')."""
    if arg not in (None, *KINDS):
        raise ShortcodeError(f"unknown table '{arg}': write {usage('completeness')}, "
                             f"{usage('completeness', 'principles')} or "
                             f"{usage('completeness', 'cases')}")
    table_rows = rows(scope.registry)
    return "\n\n".join(_table(scope, kind, table_rows[kind])
                       for kind in KINDS if arg in (None, kind))


# --- pages due for review ------------------------------------------------------------------

@dataclass
class Reviews:
    overdue: list[tuple[str, date, date]] = field(default_factory=list)  # page, reviewed, due
    problems: list[str] = field(default_factory=list)  # 'page:line: what is wrong'


def due_for_review(root: Path, today: date, languages: Sequence[str], default: str) -> Reviews:
    """Every page's review state, by the site's rule for reviewed dates (publication.reviews:
    ``last_reviewed``, ``review_in`` months), its front matter read as strictly as the build
    reads it."""
    reviews, docs = Reviews(), root / "docs"
    for path in sorted(docs.rglob("*.md")):
        problems: list[Problem] = []
        page = read_page(docs, path.relative_to(docs).as_posix(), languages, default, problems)
        if problems or page is None:
            reviews.problems += [str(problem) for problem in problems]
            continue
        review = read_review(page.meta)
        if review.overdue(today):
            reviews.overdue.append((page.path, review.last_reviewed, review.due))
    return reviews


# --- make report ------------------------------------------------------------------------

def _markdown_table(header: Sequence[str], body: list[list[str]]) -> list[str]:
    def line(values):
        return "| " + " | ".join(v.replace("|", "\\|") for v in values) + " |"
    return [line(header), line(["---"] * len(header)), *map(line, body)]


def _totals(table_rows: dict[str, list[Row]]) -> list[str]:
    principles, cases = table_rows["principles"], table_rows["cases"]
    full_p = sum(r.text == "full" for r in principles)
    full_c = sum(r.text == "full" for r in cases)
    asked = sum(bool(r.questions) for r in principles)
    return [
        f"- Principles: {len(principles)} ({full_p} full text, {len(principles) - full_p} "
        f"summary only); {sum(r.quotes for r in principles)} quotes; "
        f"{sum(r.questions for r in principles)} reflection questions, for {asked} of "
        f"{len(principles)} principles.",
        f"- Cases: {len(cases)} ({full_c} full text, {len(cases) - full_c} summary only); "
        f"{sum(r.advice for r in cases)} pieces of advice; "
        f"{sum(r.quotes for r in cases)} quotes from their workplaces.",
        f"- Missing parts in all: {sum(len(r.missing) for r in principles + cases)}.",
    ]


def _review_lines(reviews: Reviews, today: date) -> list[str]:
    lines = [f"## Pages due for review (on {today.isoformat()})", ""]
    if reviews.overdue:
        lines += [f"- {page}: last reviewed {seen.isoformat()}, due {due.isoformat()}"
                  for page, seen, due in reviews.overdue]
    else:
        lines.append("- none overdue")
    lines += [f"- PROBLEM {problem}" for problem in reviews.problems]
    return lines


# What a reference to a publication usually gives, besides title and publisher; the report
# lists those data/publication.yml does not hold, since the sources do not state them.
BIBLIOGRAPHIC_FACTS = {"year": "year of publication", "isbn": "ISBN", "licence": "licence"}


def unknown_facts(registry: Registry) -> list[str]:
    known = registry.publication.model_dump(exclude_unset=True)
    return [name for key, name in BIBLIOGRAPHIC_FACTS.items() if not known.get(key)]


def report_markdown(registry: Registry, labels: Mapping[str, Mapping[str, str]],
                    reviews: Reviews, today: date, lang: str = "en") -> str:
    """The whole report as markdown: both tables, totals, pages due for review."""
    t, table_rows = labels[lang], rows(registry)
    lines = ["# Completeness of the online edition", "",
             "What our sources hold of each principle and case, from data/ alone.", ""]
    for kind in KINDS:
        lines += [f"## {kind.capitalize()}", ""]
        body = [[f"{title(registry, row, lang)} (docs/{row.page})", *cells(row, kind, t)]
                for row in table_rows[kind]]
        lines += [*_markdown_table(headers(kind, t), body), ""]
    lines += ["## Totals", "", *_totals(table_rows), ""]
    unknown = unknown_facts(registry)
    if unknown:
        lines += ["## About the publication, not in the sources", "",
                  f"- {', '.join(unknown)}: left out, not guessed", ""]
    lines += _review_lines(reviews, today)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None, out=sys.stdout) -> int:
    parser = argparse.ArgumentParser(prog="python -m publication.completeness",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="the project folder")
    parser.add_argument("--out", type=Path, help="also write the report to this file")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(),
                        help="the date to judge reviews by (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    languages, default = configuration.project_languages(args.root)
    try:
        registry = load_registry(args.root, languages)
        labels = load_labels(args.root, languages)
    except ContentError as error:
        sys.stderr.write(f"{error}\n")
        return 2
    reviews = due_for_review(args.root, args.today, languages, default)
    report = report_markdown(registry, labels, reviews, args.today,
                             "en" if "en" in languages else languages[0])
    out.write(report)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
    return 1 if reviews.problems else 0  # overdue pages are news; unreadable dates are errors


if __name__ == "__main__":
    sys.exit(main())
