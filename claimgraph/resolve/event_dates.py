"""Date windows for comparing events: full dates at their precision, and year-less partial dates.

A report's date is "YYYY-MM-DD" / "YYYY-MM" / "YYYY" at a precision, or the ISO 8601 partial
date "--MM-DD" when its document never says the year. Windows are compared with a day's slack
either way for single days: "last night" and "today" in two reports of one night's attack.
"""
from __future__ import annotations

import datetime as dt

from dataclasses import replace

from claimgraph.extract.timex import RANGE_RULE, counted_from_writing
from claimgraph.model import LEAD_DAY, PUBLICATION_DAY, REPORTED_BY, Event, Report

DAY_TOLERANCE = dt.timedelta(days=1)
# Days standing for an event told with no date of its own (claimgraph.extract.event_time).
STAND_IN_DAYS = frozenset({PUBLICATION_DAY, LEAD_DAY})
# Any leap year, to place a month and day of unknown year on a calendar.
_LEAP = 2000
_EARLIEST = dt.date.min + DAY_TOLERANCE   # an open start that the day's slack cannot overflow


def date_span(date: str | None, precision: str | None, date_end: str | None = None):
    """The (first, last) days a date stands for at its precision; None when unknown or partial."""
    if not date or date.startswith("--"):
        return None
    try:
        parts = [int(p) for p in date[:10].split("-")]
        precision = precision or ("day", "month", "year")[3 - len(parts)]
        first = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        last = dt.date.fromisoformat(date_end) if date_end else first
    except (ValueError, IndexError):
        return None
    if precision == "year":
        return dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    if precision == "month":
        following = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return dt.date(first.year, first.month, 1), following - dt.timedelta(days=1)
    return first, max(first, last)


def report_window(date: str | None, precision: str | None, date_end: str | None = None,
                  relation: str | None = None, slack: bool = True):
    """The days a report's date allows the event: its span (with a day's slack either way unless
    `slack` is false), or for a date the event was reported by (relation "by"), any day up to it."""
    span = (tolerant_span if slack else date_span)(date, precision, date_end)
    if relation == REPORTED_BY and span:
        return _EARLIEST, span[1]
    return span


def comparable_dates(reports: list[Report]) -> list[Report]:
    """The reports as resolution judges them: a publication day or a lead's day standing for an
    undated event (relations "published", "lead") says nothing about which other reports tell the
    same happening, and a
    weekday of no known week ("XXXX-WXX-6") or a day or week counted from an unknown day of
    writing ("XXXX-XX-XX-1D", "XXXX-WXX-1W") places nothing by itself, so all are compared as
    undated (claimgraph.resolve.publication_dates reads them). A run of days written out
    ("killed between May 3 and 9") is compared by its first day, when what it tells began: other
    reports date its first incident, not the whole run (publication_dates reads its last day)."""
    return [replace(r, date=None, date_precision=None, date_end=None, date_relation=None)
            if r.date_relation in STAND_IN_DAYS or weekday_of(r.date) or counted_from_writing(r.date)
            else replace(r, date_end=None) if RANGE_RULE in r.rules else r for r in reports]


def weekday_of(date: str | None) -> int | None:
    """The ISO weekday (1-7) of a weekday of no known week, "XXXX-WXX-6"."""
    if not date or not date.startswith("XXXX-WXX-") or not date[-1:].isdigit():
        return None
    day = int(date[-1])
    return day if 1 <= day <= 7 else None


def dated_by_publication(events: list[Event], reports: dict[str, Report]) -> list[Event]:
    """Each event no report dates takes the earliest publication day (or lead's day) of the
    articles telling it (a day before a month): it happened by then."""
    dated = []
    for event in events:
        told = [r for i in event.reports if (r := reports[i]).date_relation in STAND_IN_DAYS]
        if event.date is None and told:
            first = min(told, key=lambda r: (r.date_precision != "day", r.date))
            event = replace(event, date=first.date, date_precision=first.date_precision, date_end=None)
        dated.append(event)
    return dated


def tolerant_span(date: str | None, precision: str | None, date_end: str | None = None):
    """A single day's span widened by a day either way; a month, a year or a run of days ("last
    week") is already as wide as the writer meant."""
    span = date_span(date, precision, date_end)
    if span is None or precision not in (None, "day") or span[0] != span[1]:
        return span
    return span[0] - DAY_TOLERANCE, span[1] + DAY_TOLERANCE


def month_day(date: str | None) -> tuple[int, int] | None:
    """(month, day) of a partial date "--MM-DD"."""
    if not date or not date.startswith("--"):
        return None
    try:
        month, day = int(date[2:4]), int(date[5:7])
        dt.date(_LEAP, month, day)
    except ValueError:
        return None
    return month, day


def intersect(a, b):
    """The overlap of two windows; None stands for unknown, False for no overlap."""
    if a is None:
        return b
    if b is None:
        return a
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else False


def month_day_in(md: tuple[int, int], span) -> bool:
    """Whether some day in the window (with a day's slack) has this month and day."""
    first, last = span[0] - DAY_TOLERANCE, span[1] + DAY_TOLERANCE
    if (last - first).days >= 366:
        return True
    for year in range(first.year, last.year + 1):
        try:
            if first <= dt.date(year, *md) <= last:
                return True
        except ValueError:   # 29 February of a common year
            continue
    return False


def month_days_agree(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return abs((dt.date(_LEAP, *a) - dt.date(_LEAP, *b)).days) <= DAY_TOLERANCE.days
