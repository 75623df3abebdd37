"""Dates as the exchange formats want them, from claimgraph's YYYY, YYYY-MM or YYYY-MM-DD and its
precision: the first day, the days covered, or the date as written at its precision."""
from __future__ import annotations

import re

from claimgraph.resolve.event_dates import date_span

_KNOWN_YEAR = re.compile(r"^\d{4}(-\d{2}){0,2}$")
_PARTS = {"year": 4, "month": 7, "day": 10}


def first_day(date: str | None) -> str | None:
    """The first day a date covers ("2013-10" -> "2013-10-01"); None for none or a year-less
    "--03-16", which no exchange format can hold."""
    if not date or not _KNOWN_YEAR.match(date):
        return None
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]


def days(date: str | None, precision: str | None, date_end: str | None = None) -> tuple[str, str] | None:
    """The first and last day a date stands for at its precision: "October 2013" is
    ("2013-10-01", "2013-10-31"), "15-21 July" its week; None when undated or year-less."""
    span = date_span(date, precision, date_end) if first_day(date) else None
    return (span[0].isoformat(), span[1].isoformat()) if span else None


def at_precision(date: str | None, precision: str | None) -> str | None:
    """The date written no finer than it is known ("2013-10" for a month), as FollowTheMoney keeps
    partial dates; None when undated or year-less."""
    known = first_day(date)
    return known[:_PARTS.get(precision or "day", 10)] if known else None
