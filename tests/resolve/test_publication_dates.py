"""Publication dates inferred across documents from the days an undated article shares with dated ones."""
from __future__ import annotations

import pytest

from dataclasses import replace

from claimgraph.model import DocumentDate, Event, Evidence, Report
from claimgraph.resolve.publication_dates import complete_date, complete_years, infer_document_dates


def report(rid, doc, date, relation="on", precision="day", date_end=None):
    return Report(rid, doc, "ASSAULT", Evidence(doc, 0, 1, "s"), date=date, date_precision=precision,
                  date_relation=relation, date_end=date_end)


def infer(events, reports, undated=frozenset({"undated"})):
    return infer_document_dates(events, {r.id: r for r in reports}, set(undated))


def test_an_undated_article_takes_the_year_of_the_dated_report_of_its_event():
    reports = [report("a1", "dated", "2019-09-01"), report("u1", "undated", "--09-01"),
               report("u2", "undated", "--09-06", relation="by"), report("u3", "undated", "--08-27")]
    events = [Event("e1", "ASSAULT", ("a1", "u1")), Event("e2", "ASSAULT", ("u2",)), Event("e3", "CONSULT", ("u3",))]
    [inferred] = infer(events, reports)
    assert inferred.doc_id == "undated"
    assert inferred.published == "2019-09-06"          # the latest day it dates, a reported-by day included
    assert inferred.year_from == ("e1",)
    completed = {r.id: r.date for r in complete_years(reports, [inferred])}
    assert completed == {"a1": "2019-09-01", "u1": "2019-09-01", "u2": "2019-09-06", "u3": "2019-08-27"}


@pytest.mark.parametrize("reports, events", [
    # A reported-by day says nothing about the year of the event.
    ([report("a1", "dated", "2019-09-06"), report("u1", "undated", "--09-06", relation="by")],
     [Event("e1", "ASSAULT", ("a1", "u1"))]),
    # Two events vouch for two different years: no answer.
    ([report("a1", "dated", "2019-09-01"), report("u1", "undated", "--09-01"),
      report("a2", "dated", "2020-03-02"), report("u2", "undated", "--03-02")],
     [Event("e1", "ASSAULT", ("a1", "u1")), Event("e2", "ASSAULT", ("a2", "u2"))]),
    # A month-precision date elsewhere does not fix a day.
    ([report("a1", "dated", "2019-09", precision="month"), report("u1", "undated", "--09-01")],
     [Event("e1", "ASSAULT", ("a1", "u1"))]),
    # Nor does a run of days that does not hold it, or one too long to vouch for a year.
    ([report("a1", "dated", "2019-08-23", date_end="2019-08-30"), report("u1", "undated", "--09-05")],
     [Event("e1", "ASSAULT", ("a1", "u1"))]),
    ([report("a1", "dated", "2018-09-01", date_end="2019-09-30"), report("u1", "undated", "--09-05")],
     [Event("e1", "ASSAULT", ("a1", "u1"))]),
    # Nor does a publication day standing for an undated event, or a reported-by day the day
    # cannot fall shortly before.
    ([report("a1", "dated", "2019-09-01", relation="published"), report("u1", "undated", "--08-20")],
     [Event("e1", "ASSAULT", ("a1", "u1"))]),
    ([report("a1", "dated", "2019-09-01", relation="by"), report("u1", "undated", "--09-03")],
     [Event("e1", "ASSAULT", ("a1", "u1"))]),
    ([report("a1", "dated", "2018-10-01", relation="by"), report("u1", "undated", "--10-05")],
     [Event("e1", "ASSAULT", ("a1", "u1"))]),
])
def test_no_year_without_a_dated_day_to_vouch_for_it(reports, events):
    assert infer(events, reports) == []


def test_a_run_of_days_holding_the_day_vouches_for_its_year():
    # "on Thursday" in an article known only to its month: the Thursdays of that month
    reports = [report("a1", "dated", "2019-08-29", date_end="2019-09-26"), report("u1", "undated", "--09-12")]
    [inferred] = infer([Event("e1", "ASSAULT", ("a1", "u1"))], reports)
    assert inferred.published == "2019-09-12"


@pytest.mark.parametrize("dated_report, day, expected", [
    # "the ministry confirmed on Friday that its jets had struck the depot" (reported by 2021-05-14)
    (report("a1", "dated", "2021-05-14", relation="by"), "--05-09", "2021-05-09"),
    # the months before the day: a December day in an article of the next spring
    (report("a1", "dated", "2021-03-02", relation="by"), "--12-28", "2020-12-28"),
])
def test_a_day_the_event_was_reported_by_vouches_for_the_recent_year(dated_report, day, expected):
    reports = [dated_report, report("u1", "undated", day)]
    [inferred] = infer([Event("e1", "ASSAULT", ("a1", "u1"))], reports)
    assert inferred.published == expected


@pytest.mark.parametrize("weekday, modality, expected", [
    ("XXXX-WXX-4", "occurred", "2021-05-13"),    # "the convoy was ambushed on Thursday"
    ("XXXX-WXX-1", "occurred", "2021-05-17"),    # the nearest Monday: the inferred day bounds from below
    ("XXXX-WXX-2", "occurred", "2021-05-11"),
    ("XXXX-WXX-5", "denied", "2021-05-14"),
    ("XXXX-WXX-1", "planned", "XXXX-WXX-1"),      # "talks will open on Monday": not placed back
])
def test_an_inferred_date_places_the_weekdays_told_as_done_near_it(weekday, modality, expected):
    dated = [DocumentDate("undated", "2021-05-14", ("e1",))]   # a Friday
    told = replace(report("u1", "undated", weekday), modality=modality)
    [completed] = complete_years([told], dated)
    assert completed.date == expected


def test_a_weekday_in_one_event_with_a_dated_report_of_that_weekday_is_that_day():
    # "early Saturday" in an article printing no date; another outlet dates the raid 2015-06-13
    reports = [report("a1", "dated", "2015-06-13"), report("u1", "undated", "XXXX-WXX-6"),
               report("u2", "undated", "XXXX-WXX-7")]
    [inferred] = infer([Event("e1", "ASSAULT", ("a1", "u1")), Event("e2", "REJECT", ("u2",))], reports)
    assert inferred.published == "2015-06-13"


def test_a_weekday_that_is_not_the_dated_day_places_nothing():
    reports = [report("a1", "dated", "2015-06-13"), report("u1", "undated", "XXXX-WXX-5")]
    assert infer([Event("e1", "ASSAULT", ("a1", "u1"))], reports) == []


@pytest.mark.parametrize("date, year, expected", [
    ("--09-01", 2013, "2013-09-01"),
    ("--02-29", 2013, None),
    ("--02-29", 2012, "2012-02-29"),
    ("2010-05-01", 2013, "2010-05-01"),
    (None, 2013, None),
])
def test_complete_date(date, year, expected):
    assert complete_date(date, year) == expected
