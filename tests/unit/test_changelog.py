"""A change's anchor on /om/aendringer/ never moves when later changes are added."""

import datetime

from publication.changelog import anchor
from publication.models import Change


def change(day: int) -> Change:
    return Change(date=datetime.date(2027, 1, day), pages=[], text={"da": "x", "en": "y"})


def test_anchors_stay_put_when_a_change_is_added_on_the_same_day():
    before = [change(2), change(1), change(1)]  # newest first
    after = [change(2), change(1), *before[1:]]
    anchors = [anchor(before, i) for i in range(len(before))]
    assert anchors == ["aendring-2027-01-02", "aendring-2027-01-01-2", "aendring-2027-01-01"]
    assert [anchor(after, i) for i in range(len(after))][-3:] == [
        "aendring-2027-01-01-3", *anchors[1:]]
