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
of the article (the last day of a run, "between June 4 and 9", too), and its publication date
is read as claimgraph.extract.publication reads one document (day_of_writing): the latest day it
then dates, an article being written after what it reports, or the first day on or after it of
the weekday its lead names for the newest development, told as done ("the ministry said on Tuesday").
A day or week the article counts from its writing ("killed ... yesterday", "struck last week") of
an event dated elsewhere, or by the article's own day in its year, puts the writing on or after
that day counted forward (the Monday after the event's week for "last week"); a day so counted
from a day dated elsewhere also votes for the year, a week (too loose a tie) does not.
Its weekdays told as done then fall on the nearest such day to that date, which bounds the day of
writing from below only: a weekday may fall a few days either side of it.
"""
from __future__ import annotations

import calendar
import collections
import datetime
from dataclasses import replace

from claimgraph.extract.event_time import DONE_MODALITIES
from claimgraph.extract.publication import day_of_writing, opens_story
from claimgraph.extract.timex import PAST_WEEKDAY_RULE, PAST_WINDOW_DAYS, counted_from_writing
from claimgraph.model import OWN_DATE, PUBLICATION_DAY, REPORTED_BY, DocumentDate, Event, Report
from claimgraph.resolve.event_dates import DAY_TOLERANCE, date_span, month_day, weekday_of

# A dated report witnesses a year when its date is a day or a run of days this short: a month's
# worth of days ("on Thursday" in an article known only to its month) still places a day in one year.
WITNESS_DAYS = 40


def infer_document_dates(events: list[Event], reports: dict[str, Report],
                         undated: set[str], leads: dict[str, str] | None = None) -> list[DocumentDate]:
    """A DocumentDate for each undated document whose year-less days match dated reports; its
    day of writing read from its latest dated fact and the weekday its lead (in `leads`, each
    document's opening sentences) names, as claimgraph.extract.publication reads one document."""
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
            counted = counted_from_writing(report.date) if report.doc_id in undated else None
            floor = _writing_floor(report, [first for first, _ in dated]) if counted and counted[1] == "D" else None
            if floor is not None:   # a week is too long to vouch for the year of a day
                votes[report.doc_id][floor.year] += 1
                witnesses[report.doc_id].add(event.id)
    by_doc = collections.defaultdict(list)
    for report in reports.values():
        by_doc[report.doc_id].append(report)
    event_of = {rid: event for event in events for rid in event.reports}
    inferred = []
    for doc_id, years in sorted(votes.items()):
        ranked = years.most_common(2)
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            continue
        year = ranked[0][0]
        dated = [(datetime.date.fromisoformat(d), r) for r in by_doc[doc_id] if r.date_precision == "day"
                 for d in (complete_date(r.date, year), complete_date(r.date_end, year)) if d and d[:1].isdigit()]
        floors = {floor for r in by_doc[doc_id] if r.id in event_of and (floor := _writing_floor(
            r, _event_days(event_of[r.id], reports, undated, doc_id, year)))}
        dated += [(d, None) for d in weekdays[doc_id] | floors if d.year == year]
        if not dated:
            continue
        latest, latest_report = max(dated, key=lambda pair: pair[0])
        lead = _lead_reports(by_doc[doc_id], (leads or {}).get(doc_id))
        weekday = None if latest_report in lead else next(
            (w - 1 for r in lead if r.modality in DONE_MODALITIES and PAST_WEEKDAY_RULE in r.rules
             and (w := weekday_of(r.date))), None)
        written = day_of_writing(latest, weekday)
        inferred.append(DocumentDate(
            doc_id=doc_id, published=written.isoformat(), year_from=tuple(sorted(witnesses[doc_id])),
            detail=f"year {year} from {sum(years.values())} matching day(s) in dated reports of "
                   f"{len(witnesses[doc_id])} event(s); the latest day the article dates"
                   + (", then the first weekday its lead names on or after it" if written != latest else "")))
    return inferred


def _writing_floor(report: Report, event_days: list[datetime.date]) -> datetime.date | None:
    """The day an article's writing is on or after, from a day or week it counts from the writing
    ("killed ... yesterday", "said yesterday that ...", "struck last week": relation "on" or "by")
    and the first day its event is dated on: the event was on or before the day counted back, or
    in the week counted back, so the writing is on or after the Monday that week's count ends."""
    counted = counted_from_writing(report.date_end or report.date)
    if counted is None or not event_days:
        return None
    (count, unit), first = counted, min(event_days)
    if unit == "D":
        return first - datetime.timedelta(days=count)
    return first - datetime.timedelta(days=first.weekday(), weeks=count)


def _event_days(event: Event, reports: dict[str, Report], undated: set[str], doc_id: str,
                year: int) -> list[datetime.date]:
    """The first days an event is dated on: by a dated document's report of a day or a short run of
    days, or by the article's own year-less day, in its inferred year."""
    members = [reports[r] for r in event.reports]
    days = [w[0] for r in members if r.doc_id not in undated and (w := _window(r)) is not None]
    return days + [datetime.date.fromisoformat(d) for r in members
                   if r.doc_id == doc_id and r.date_relation == OWN_DATE and month_day(r.date)
                   and (d := complete_date(r.date, year))]


def _lead_reports(reports: list[Report], opening: str | None) -> list[Report]:
    """The reports of a document's lead: its first sentence of prose among its opening ones."""
    lead = next((line.strip() for line in (opening or "").splitlines() if opens_story(line)), None)
    return [r for r in reports if lead and r.evidence.text.strip() == lead]


def complete_years(reports: list[Report], dates: list[DocumentDate]) -> list[Report]:
    """The reports with each year-less date given its document's inferred year, each weekday
    of an event told as done the nearest such day to its document's inferred date, and each event
    told as done with no date of its own that date standing in, as the publication day stands in
    for one in an article printing its date (claimgraph.extract.event_time.publication_day)."""
    published = {d.doc_id: datetime.date.fromisoformat(d.published) for d in dates}
    completed = []
    for r in reports:
        day = published.get(r.doc_id)
        weekday = weekday_of(r.date)
        if day and month_day(r.date):
            r = replace(r, date=complete_date(r.date, day.year), date_end=complete_date(r.date_end, day.year))
        elif day and weekday and r.modality in DONE_MODALITIES:
            r = replace(r, date=_nearest_weekday(day, weekday).isoformat())
        elif day and counted_from_writing(r.date):
            r = replace(r, **_counted_days(r, day))
        elif day and r.date is None and r.modality in DONE_MODALITIES:
            r = replace(r, date=day.isoformat(), date_precision="day", date_relation=PUBLICATION_DAY)
        completed.append(r)
    return completed


def _counted_days(report: Report, written: datetime.date) -> dict[str, str | None]:
    """The date of a day or week counted from the writing, counted from its inferred day."""
    count, unit = counted_from_writing(report.date)
    if unit == "W":
        monday = written - datetime.timedelta(days=written.weekday(), weeks=-count)
        return {"date": monday.isoformat(), "date_end": (monday + datetime.timedelta(days=6)).isoformat()}
    last = counted_from_writing(report.date_end)
    return {"date": (written + datetime.timedelta(days=count)).isoformat(),
            "date_end": (written + datetime.timedelta(days=last[0])).isoformat() if last else None}


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
