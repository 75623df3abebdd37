"""Publication dates inferred across documents from the days an undated article shares with dated ones."""
from __future__ import annotations

import datetime

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


LEAD = "The defence ministry said on Monday that the convoy had been ambushed near the pass."


def told(rid, doc, date, text="s", rules=(), modality="occurred", date_end=None):
    return Report(rid, doc, "ASSAULT", Evidence(doc, 0, 1, text), date=date, date_precision="day",
                  date_relation="on", date_end=date_end, modality=modality, rules=rules)


PAST = ("date:partial_weekday", "date:partial_weekday_told_as_past")


@pytest.mark.parametrize("undated_reports, expected", [
    # the latest day it dates
    ([told("u1", "undated", "--06-14")], "2021-06-14"),
    # ... the last day of a run of days it writes out
    ([told("u1", "undated", "--06-14", date_end="--06-17", rules=("date:range",))], "2021-06-17"),
    # ... then the first day on or after it of the weekday its lead tells as past (14 June 2021 a Monday)
    ([told("u1", "undated", "--06-14", date_end="--06-17", rules=("date:range",)),
      told("u2", "undated", "XXXX-WXX-1", text=LEAD, rules=PAST)], "2021-06-21"),
    ([told("u1", "undated", "--06-14"), told("u2", "undated", "XXXX-WXX-1", text=LEAD, rules=PAST)],
     "2021-06-14"),
    # not a weekday of another sentence, a weekday its clause does not tell as past (a caption's
    # present), a weekday of something not done, or when the latest day is the lead's own
    ([told("u1", "undated", "--06-14"), told("u2", "undated", "XXXX-WXX-3", rules=PAST)], "2021-06-14"),
    ([told("u1", "undated", "--06-14"), told("u2", "undated", "XXXX-WXX-3", text=LEAD,
                                              rules=PAST[:1])], "2021-06-14"),
    ([told("u1", "undated", "--06-14"), told("u2", "undated", "XXXX-WXX-3", text=LEAD, rules=PAST,
                                              modality="possible")], "2021-06-14"),
    ([told("u1", "undated", "--06-14", text=LEAD), told("u2", "undated", "XXXX-WXX-3", text=LEAD,
                                                          rules=PAST)], "2021-06-14"),
])
def test_the_day_of_writing_is_read_as_within_one_document(undated_reports, expected):
    reports = [report("a1", "dated", "2021-06-14"), *undated_reports]
    events = [Event("e1", "ASSAULT", ("a1", "u1"))]
    opening = {"undated": "Convoy ambushed\n" + LEAD + "\nTwo trucks burned."}
    [inferred] = infer_document_dates(events, {r.id: r for r in reports}, {"undated"}, opening)
    assert inferred.published == expected
    assert complete_years(reports, [inferred])[1].date_end == (
        "2021-06-17" if undated_reports[0].date_end else None)


@pytest.mark.parametrize("modality, expected", [
    # an event told as done with no date of its own: the inferred publication day stands in
    ("occurred", ("2021-06-18", "day", "published")),
    ("denied", ("2021-06-18", "day", "published")),
    # not an event still ahead or only possible
    ("possible", (None, None, None)),
])
def test_the_inferred_day_stands_in_for_an_undated_event_told_as_done(modality, expected):
    inferred = DocumentDate("undated", "2021-06-18", ("e1",))
    undated_event = Report("u1", "undated", "REJECT", Evidence("undated", 0, 1, "s"), modality=modality)
    [completed] = complete_years([undated_event], [inferred])
    assert (completed.date, completed.date_precision, completed.date_relation) == expected


@pytest.mark.parametrize("counted, date_end, relation, dated_days, expected", [
    # "killed ... yesterday" of an event other articles date on 14 June: written on the 15th
    ("XXXX-XX-XX-1D", None, "on", ["2021-06-14"], "2021-06-15"),
    # "said yesterday that ...": the event was on or before the saying, so no earlier
    ("XXXX-XX-XX-1D", None, "by", ["2021-06-14"], "2021-06-15"),
    # "overnight": the night into the day of writing, so the dated day itself at the earliest
    ("XXXX-XX-XX-1D", "XXXX-XX-XX+0D", "on", ["2021-06-14"], "2021-06-14"),
    # two articles dating the event a day apart: the earlier, never a day of writing too late
    ("XXXX-XX-XX-1D", None, "on", ["2021-06-15", "2021-06-14"], "2021-06-15"),
])
def test_a_day_counted_from_the_writing_places_it_from_the_event_dated_elsewhere(
        counted, date_end, relation, dated_days, expected):
    dated = [report(f"a{n}", f"dated{n}", day) for n, day in enumerate(dated_days)]
    undated = report("u1", "undated", counted, relation=relation, date_end=date_end)
    events = [Event("e1", "ASSAULT", tuple(r.id for r in dated) + ("u1",))]
    [inferred] = infer(events, dated + [undated])
    assert inferred.published == expected
    [completed] = complete_years([undated], [inferred])
    assert completed.date == (datetime.date.fromisoformat(expected) - datetime.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("counted", ["XXXX-XX-XX-1D", "XXXX-WXX-1W"])
def test_a_count_from_the_writing_gives_no_year_without_a_dated_day(counted):
    undated = report("u1", "undated", counted)
    assert infer([Event("e1", "ASSAULT", ("u1",))], [undated]) == []


def test_a_week_counted_from_the_writing_vouches_for_no_year():
    reports = [report("a1", "dated", "2021-06-14"), report("u1", "undated", "XXXX-WXX-1W")]
    assert infer([Event("e1", "ASSAULT", ("a1", "u1"))], reports) == []


@pytest.mark.parametrize("counted, expected, completed", [
    # "struck last week" of a strike on Friday 11 June 2021 (the article's own "June 11"): written on
    # or after the Monday after that week
    ("XXXX-WXX-1W", "2021-06-14", ("2021-06-07", "2021-06-13")),
])
def test_a_week_counted_from_the_writing_places_it_after_the_week_of_the_event(counted, expected, completed):
    reports = [report("a1", "dated", "2021-06-11"), report("u1", "undated", "--06-11"),
               report("u2", "undated", counted)]
    events = [Event("e1", "ASSAULT", ("a1",)), Event("e2", "ASSAULT", ("u1", "u2"))]
    undated_days = [report("a2", "dated", "2021-06-11"), report("u3", "undated", "--06-11")]
    [inferred] = infer(events + [Event("e3", "ASSAULT", ("a2", "u3"))], reports + undated_days)
    assert inferred.published == expected
    week = complete_years([reports[2]], [inferred])[0]
    assert (week.date, week.date_end) == completed
