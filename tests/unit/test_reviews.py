import datetime

import pytest
from publication.reviews import Review, ReviewError, display_date, read_review

DAY = datetime.date(2026, 11, 23)


def test_dates_are_written_the_way_each_language_writes_them():
    assert display_date(DAY, "da") == "23. november 2026"
    assert display_date(DAY, "en_GB") == "23 November 2026"


def test_review_is_due_after_the_given_months():
    assert Review(DAY).due == datetime.date(2027, 11, 23)
    assert Review(datetime.date(2026, 1, 31), 1).due == datetime.date(2026, 2, 28)
    assert Review(DAY, 6).overdue(datetime.date(2027, 6, 1))
    assert not Review(DAY, 6).overdue(datetime.date(2027, 5, 1))


@pytest.mark.parametrize(("meta", "message"), [
    ({}, "front matter has no 'last_reviewed'"),
    ({"last_reviewed": "sidste uge"}, "front matter has last_reviewed: 'sidste uge'"),
    ({"last_reviewed": DAY, "review_in": "1 år"}, "review_in must be a whole number of months"),
])
def test_missing_or_unreadable_dates_say_what_to_write(meta, message):
    with pytest.raises(ReviewError, match=message):
        read_review(meta)


def test_read_review_with_default_interval():
    assert read_review({"last_reviewed": DAY}) == Review(DAY, 12)
