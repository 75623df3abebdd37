"""The timeline's data: dated events as spans at their precision, undated ones apart, and a first
view on the dense range that one outlying date cannot stretch (no web server needed)."""
from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.views import EventRow
from claimgraph.web.timeline import dense_range, timeline


def event(event_id: str, date: str | None, precision: str | None = "day", date_end: str | None = None) -> EventRow:
    return EventRow(id=event_id, type="ASSAULT", mode=None, date=date, date_precision=precision, date_end=date_end,
                    killed=None, injured=None, modality="occurred", sources=1, location=None, actors=(),
                    targets=(), killed_range=None, injured_range=None, disputed=(), reports=1, documents=())


@pytest.mark.parametrize("date, precision, date_end, span", [
    ("2021-03-02", "day", None, ("2021-03-02", "2021-03-02")),
    ("2021-03-02", "day", "2021-03-05", ("2021-03-02", "2021-03-05")),   # a run of days
    ("2021-02", "month", None, ("2021-02-01", "2021-02-28")),
    ("2021-02-01", "month", None, ("2021-02-01", "2021-02-28")),         # a month stored as its first day
    ("2020", "year", None, ("2020-01-01", "2020-12-31")),
    ("--09-01", "day", None, None),                                      # a day with no year: undated
    ("2021-02-30", "day", None, None), (None, None, None, None),
])
def test_spans_at_their_precision(date, precision, date_end, span):
    chart = timeline([event("a", date, precision, date_end)])
    if span is None:
        assert chart.spans == () and [e.id for e in chart.undated] == ["a"]
    else:
        assert [(s.first, s.last) for s in chart.spans] == [span] and chart.undated == ()


def test_spans_in_date_order_undated_apart():
    chart = timeline([event("late", "2021-06-01"), event("undated", None), event("early", "2021-01-01")])
    assert [s.event.id for s in chart.spans] == ["early", "late"]
    assert [e.id for e in chart.undated] == ["undated"]


def test_no_dated_event_no_view():
    chart = timeline([event("a", None)])
    assert (chart.view_first, chart.view_last, chart.earlier, chart.later) == (None, None, 0, 0)


def days(*dates: str) -> list[tuple[dt.date, dt.date]]:
    return [(dt.date.fromisoformat(d), dt.date.fromisoformat(d)) for d in dates]


# twenty events from 1 March to 23 June 2021, six days apart: shown with a week either side
BURST = tuple((dt.date(2021, 3, 1) + dt.timedelta(days=6 * i)).isoformat() for i in range(20))


@pytest.mark.parametrize("dates, first, last", [
    (BURST, "2021-02-22", "2021-06-30"),
    # one date years before the burst is left out of the first view, one after it too
    ((*BURST, "2009-01-01"), "2021-02-22", "2021-06-30"),
    ((*BURST, "2030-12-01", "2031-01-05"), "2021-02-22", "2021-06-30"),
    # a date months away is no outlier: the burst's own spread reaches it
    ((*BURST, "2021-09-15"), "2021-02-19", "2021-09-25"),
    # a steady spread over years has no outlier
    (("2015-01-01", "2016-06-01", "2018-01-01", "2019-06-01", "2021-01-01"), "2014-09-13", "2021-04-21"),
    (("2021-03-01",), "2021-02-22", "2021-03-08"),           # one day: a week either side
    # a burst on one day keeps a month either side: a date seven months later is an outlier
    (("2021-03-01",) * 12 + ("2021-09-30",), "2021-02-22", "2021-03-08"),
])
def test_dense_range(dates, first, last):
    assert dense_range(days(*dates)) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def test_outliers_counted_at_either_edge():
    dates = (*BURST, "2009-01-01", "2030-12-01", "2031-01-05")
    chart = timeline([event(str(i), d) for i, d in enumerate(dates)])
    assert (chart.view_first, chart.view_last, chart.earlier, chart.later) == ("2021-02-22", "2021-06-30", 1, 2)
