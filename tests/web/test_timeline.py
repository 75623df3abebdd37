"""The timeline's layout: dated events along one axis, close ones in separate lanes, ticks by
month over short spans and by year over long ones (no web server needed)."""
from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.views import EventRow
from claimgraph.web.timeline import _day, layout


def event(event_id: str, date: str | None) -> EventRow:
    return EventRow(id=event_id, type="ASSAULT", mode=None, date=date, date_precision="day", date_end=None,
                    killed=None, injured=None, modality="occurred", sources=1, location=None, actors=(),
                    targets=(), reports=1, documents=())


@pytest.mark.parametrize("value, day", [
    ("2021-03-02", dt.date(2021, 3, 2)), ("2021-03", dt.date(2021, 3, 1)), ("2021", dt.date(2021, 1, 1)),
    ("2021-02-30", None), ("soon", None), (None, None),
])
def test_day(value, day):
    assert _day(value) == day


def test_no_dated_event_no_chart():
    assert layout([event("a", None)]) is None


def test_points_in_date_order_close_ones_in_separate_lanes():
    chart = layout([event("late", "2021-06-01"), event("a", "2021-01-01"), event("b", "2021-01-02"),
                    event("undated", None)])
    assert [p.event.id for p in chart.points] == ["a", "b", "late"]
    xs, lanes = [p.x for p in chart.points], [p.y for p in chart.points]
    assert xs == sorted(xs) and lanes[0] != lanes[1] and lanes[2] == lanes[0]
    assert chart.axis_y > max(lanes)


@pytest.mark.parametrize("first, last, labels", [
    ("2021-01-15", "2021-04-01", ["2021-02", "2021-03", "2021-04"]),   # months over a short span
    ("2018-06-01", "2021-06-01", ["2019", "2020", "2021"]),            # years over a long one
])
def test_ticks(first, last, labels):
    assert [t.label for t in layout([event("a", first), event("b", last)]).ticks] == labels
