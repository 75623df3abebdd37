"""Publication days and leads' days standing for undated events: left out of resolution, given to
events last."""
import pytest

from claimgraph.resolve import resolve_graph
from claimgraph.model import Evidence, Report
from claimgraph.resolve.event_dates import comparable_dates, report_window
from tests.resolve.test_events import report


@pytest.mark.parametrize("reports, expected", [
    # a publication day does not split one happening told by two outlets on different days
    ([report("a", "d1", date="2020-06-03", relation="published", location="x", actors=("p",), killed=5),
      report("b", "d2", date="2020-06-06", relation="published", location="x", actors=("p",), killed=5)],
     [(("a", "b"), "2020-06-03", "day")]),
    # a stated date beats the publication day
    ([report("a", "d1", date="2020-06-03", relation="published", location="x", actors=("p",), killed=5),
      report("b", "d2", date="2020-06-01", location="x", actors=("p",), killed=5)],
     [(("a", "b"), "2020-06-01", "day")]),
    # nor does the day a lead names, and the earlier of the two stand-ins dates the event
    ([report("a", "d1", date="2020-06-02", relation="lead", location="x", actors=("p",), killed=5),
      report("b", "d2", date="2020-06-06", relation="published", location="x", actors=("p",), killed=5)],
     [(("a", "b"), "2020-06-02", "day")]),
    # a publication day known to the month alone
    ([report("a", "d1", date="2020-06-01", precision="month", relation="published", location="x", actors=("p",), killed=5)],
     [(("a",), "2020-06-01", "month")]),
])
def test_publication_days_date_events_last(reports, expected):
    resolution = resolve_graph({"d1": "s1", "d2": "s2"}, [], reports)
    assert [(tuple(sorted(e.reports)), e.date, e.date_precision) for e in resolution.events] == expected
    assert not resolution.contradictions


@pytest.mark.parametrize("relation, expected_last", [("on", "2020-06-04"), ("by", "2020-06-04")])
def test_report_window(relation, expected_last):
    window = report_window("2020-06-03", "day", relation=relation)
    assert window[1].isoformat() == expected_last and (relation == "on") == (window[0].isoformat() == "2020-06-02")


@pytest.mark.parametrize("date, date_end, rules, relation, compared", [
    # a run of days written out is compared by its first day, when what it tells began
    ("2021-06-14", "2021-06-17", ("date:range",), "on", ("2021-06-14", None)),
    # a run read from a relative phrase ("last week") keeps its days
    ("2021-06-07", "2021-06-13", ("date:relative_spans.last week",), "on", ("2021-06-07", "2021-06-13")),
    # a weekday of no known week, a day counted from an unknown day of writing and a publication
    # day standing in are compared as undated
    ("XXXX-WXX-2", None, ("date:partial_weekday",), "on", (None, None)),
    ("XXXX-XX-XX-1D", None, ("date:partial_writing_day",), "on", (None, None)),
    ("2021-06-14", None, (), "published", (None, None)),
])
def test_comparable_dates(date, date_end, rules, relation, compared):
    told = Report("r", "d", "ASSAULT", Evidence("d", 0, 1, "s"), date=date, date_precision="day",
                  date_end=date_end, date_relation=relation, rules=rules)
    [judged] = comparable_dates([told])
    assert (judged.date, judged.date_end) == compared
