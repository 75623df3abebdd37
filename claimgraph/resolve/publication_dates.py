"""Publication dates inferred across documents, for articles that print no year anywhere.

An undated article still writes days ("the raid on May 3"); its reports carry them as
year-less dates ("--05-03"). When event coreference puts such a report in one event with a
report from a dated document on the same day (or on a short run of days holding it), that report's
year is the year the article means. A dated article telling the event as reported by some day
("confirmed on Saturday that the raid had ...") vouches for the year too: a year-less date in news
is the recent past, so the day falls in the months before that day
(claimgraph.extract.timex.PAST_WINDOW_DAYS), in one year at most. (A publication day standing for an
undated event does not: resolution joined it on no date.) A
weekday the article names ("XXXX-WXX-6", "on Saturday") in one event with a dated report of that
weekday is that day.
The years its events agree on (the most votes; a tie is no answer) complete every year-less date
of the article, and its publication date is the latest day it then dates: an article is written
after what it reports, so this is a lower bound, the same rule as claimgraph.extract.publication.
Its weekdays told as done then fall on the nearest such day to that date, which bounds the day of
writing from below only: a weekday may fall a few days either side of it.
"""
from __future__ import annotations

import calendar
import collections
import datetime
from dataclasses import replace

from claimgraph.extract.event_time import DONE_MODALITIES
from claimgraph.extract.timex import PAST_WINDOW_DAYS
from claimgraph.model import OWN_DATE, REPORTED_BY, DocumentDate, Event, Report
from claimgraph.resolve.event_dates import DAY_TOLERANCE, date_span, month_day, weekday_of

# A dated report witnesses a year when its date is a day or a run of days this short: a month's
# worth of days ("on Thursday" in an article known only to its month) still places a day in one year.
WITNESS_DAYS = 40


def infer_document_dates(events: list[Event], reports: dict[str, Report],
                         undated: set[str]) -> list[DocumentDate]:
    """A DocumentDate for each undated document whose year-less days match dated reports."""
    votes = collections.defaultdict(collections.Counter)
    witnesses = collections.defaultdict(set)
    weekdays = collections.defaultdict(set)     # document -> days its weekdays fell on
    for event in events:
        members = [reports[r] for r in event.reports]
        dated = [w for r in members if r.doc_id not in undated and (w := _window(r)) is not None]
        recent = [w for r in members if r.doc_id not in undated and (w := _recent_past(r)) is not None]
        for report in members:
            own = report.doc_id in undated and report.date_relation != REPORTED_BY
            md = month_day(report.date) if own else None
            for first, last in dated + recent if md else ():
                for year in _years_placing(md, first, last):
                    votes[report.doc_id][year] += 1
                    witnesses[report.doc_id].add(event.id)
            weekday = weekday_of(report.date) if own else None
            for first, last in dated if weekday else ():
                day = _weekday_in(weekday, first, last)
                if day is not None:
                    votes[report.doc_id][day.year] += 1
                    witnesses[report.doc_id].add(event.id)
                    weekdays[report.doc_id].add(day)
    by_doc = collections.defaultdict(list)
    for report in reports.values():
        by_doc[report.doc_id].append(report)
    inferred = []
    for doc_id, years in sorted(votes.items()):
        ranked = years.most_common(2)
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            continue
        year = ranked[0][0]
        days = [d for r in by_doc[doc_id] if r.date_precision == "day" and (d := complete_date(r.date, year))
                and d[:1].isdigit()] + [d.isoformat() for d in weekdays[doc_id] if d.year == year]
        if days:
            inferred.append(DocumentDate(
                doc_id=doc_id, published=max(days), year_from=tuple(sorted(witnesses[doc_id])),
                detail=f"year {year} from {sum(years.values())} matching day(s) in dated reports of "
                       f"{len(witnesses[doc_id])} event(s); the latest day the article dates"))
    return inferred


def complete_years(reports: list[Report], dates: list[DocumentDate]) -> list[Report]:
    """The reports with each year-less date given its document's inferred year, and each weekday
    of an event told as done the nearest such day to its document's inferred date."""
    published = {d.doc_id: datetime.date.fromisoformat(d.published) for d in dates}
    completed = []
    for r in reports:
        day = published.get(r.doc_id)
        weekday = weekday_of(r.date)
        if day and month_day(r.date):
            r = replace(r, date=complete_date(r.date, day.year))
        elif day and weekday and r.modality in DONE_MODALITIES:
            r = replace(r, date=_nearest_weekday(day, weekday).isoformat())
        completed.append(r)
    return completed


def complete_date(date: str | None, year: int) -> str | None:
    """A year-less "--MM-DD" in the given year; any other date as it is (None for 29 February
    of a common year)."""
    md = month_day(date)
    if md is None:
        return date
    return f"{year:04d}-{md[0]:02d}-{md[1]:02d}" if md != (2, 29) or calendar.isleap(year) else None


def _window(report: Report):
    """The days a report's own full date stands for, when it is a day or a run of days no longer
    than WITNESS_DAYS ("on Thursday" in an article known only to its month)."""
    if report.date_relation != OWN_DATE or not report.date or report.date.startswith("--"):
        return None
    span = date_span(report.date, report.date_precision, report.date_end)
    if span is None or report.date_precision != "day" or (span[1] - span[0]).days > WITNESS_DAYS:
        return None
    return span


def _nearest_weekday(day: datetime.date, weekday: int) -> datetime.date:
    """The day of this ISO weekday within three days of `day`."""
    return day + datetime.timedelta(days=(weekday - day.isoweekday() + 3) % 7 - 3)


def _recent_past(report: Report):
    """The months before the day a dated article reported the event by (relation "by"): where a
    year-less day of it falls."""
    if report.date_relation != REPORTED_BY or not report.date \
            or report.date.startswith("--") or report.date_precision != "day":
        return None
    span = date_span(report.date, report.date_precision, report.date_end)
    return (span[1] - datetime.timedelta(days=PAST_WINDOW_DAYS), span[1]) if span else None


def _weekday_in(weekday: int, first, last):
    """The one day of this ISO weekday in a window shorter than a week, else None."""
    if (last - first).days >= 6:
        return None
    days = [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]
    return next((d for d in days if d.isoweekday() == weekday), None)


def _years_placing(md: tuple[int, int], first, last) -> list[int]:
    """The years in which this month and day fall in the window, with a day's slack."""
    years = []
    for year in range(first.year, last.year + 1):
        try:
            day = datetime.date(year, *md)
        except ValueError:   # 29 February of a common year
            continue
        if first - DAY_TOLERANCE <= day <= last + DAY_TOLERANCE:
            years.append(year)
    return years
