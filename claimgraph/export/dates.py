"""Dates as the exchange formats want them: claimgraph's YYYY, YYYY-MM or YYYY-MM-DD as a full day."""
from __future__ import annotations

import re

_KNOWN_YEAR = re.compile(r"^\d{4}(-\d{2}){0,2}$")


def first_day(date: str | None) -> str | None:
    """The first day a date covers ("2013-10" -> "2013-10-01"); None for none or a year-less
    "--03-16", which no exchange format can hold."""
    if not date or not _KNOWN_YEAR.match(date):
        return None
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]
