"""Reviewed dates. Every page's front matter says when it was last reviewed (`last_reviewed`)
and, optionally, within how many months it should be reviewed again (`review_in`, default 12).
Dates come from the pages, never from git, so builds stay deterministic and work from a zip."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from babel.dates import format_date

DEFAULT_REVIEW_MONTHS = 12


class ReviewError(ValueError):
    """Front matter without a usable review date; the message says what to write."""


@dataclass(frozen=True)
class Review:
    last_reviewed: datetime.date
    review_in_months: int = DEFAULT_REVIEW_MONTHS

    @property
    def due(self) -> datetime.date:
        months = self.last_reviewed.month - 1 + self.review_in_months
        year, month = self.last_reviewed.year + months // 12, months % 12 + 1
        day = min(self.last_reviewed.day, 28)  # every month has a 28th
        return datetime.date(year, month, day)

    def overdue(self, today: datetime.date) -> bool:
        return self.due < today


def read_review(meta: Mapping) -> Review:
    value = meta.get("last_reviewed")
    if not isinstance(value, datetime.date):
        found = "no 'last_reviewed'" if value is None else f"last_reviewed: {value!r}"
        raise ReviewError(f"front matter has {found}; write the date the page was last "
                          "reviewed as last_reviewed: YYYY-MM-DD")
    months = meta.get("review_in", DEFAULT_REVIEW_MONTHS)
    if not isinstance(months, int) or isinstance(months, bool) or months < 1:
        raise ReviewError(f"review_in must be a whole number of months, not {months!r}")
    return Review(value, months)


def display_date(value: datetime.date, babel_locale: str) -> str:
    """'23. november 2026' in Danish, '23 November 2026' in British English."""
    return format_date(value, format="long", locale=babel_locale)
