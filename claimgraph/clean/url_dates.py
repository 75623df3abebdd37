"""The publication date a page's URL carries in its path.

News sites file articles under their day, in a handful of shapes:

    /2019/07/04/slug   /2019/7/4/slug   /2019-07/04/   /2019-07-04-slug   /2019_07_04
                                                        (a day after "/" ends its segment)
    /2019/jul/04/      /2019/july/4/                   (a month's name)
    /2019/0704/                                        (month and day in one segment)
    slug-20190704-story   /20190704/   item-07042019   (eight digits, maybe with a time after them:
                                                        "-20190704153000", "-07042019153000")
    /2019/07/slug                                      (the month alone: "YYYY-MM")

A run of digits is read as a date only when exactly one reading (year first, month first or day
first) is a real day, so article numbers are not mistaken for days. The host name is not read.
Years outside EARLIEST_YEAR..LATEST_YEAR are ids, not dates (no clock is read).
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from urllib.parse import urlsplit

from claimgraph.ontology.lexicon import load_lexicon


# Online news archives begin in the 1990s; a later bound keeps ids like "2087..." out.
EARLIEST_YEAR, LATEST_YEAR = 1990, 2049
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_SEP = r"[/_.-]"
_MONTH_WORD = r"(?P<mname>[a-z]{3,9})"
# A day in its own path segment: "/2019/07/30-killed-in" is day 30 of nothing, 30 killed.
_SEGMENT_END = r"(?=[/_.?]|$)"
# Most specific first; each is tried over the whole path before the next.
_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"(?<!\d){_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)",
    rf"(?<!\d){_YEAR}{_SEP}(?P<month>[01]?\d){_SEP}(?P<day>[0-3]?\d){_SEGMENT_END}",
    rf"(?<!\d){_YEAR}{_SEP}{_MONTH_WORD}{_SEP}(?P<day>[0-3]?\d){_SEGMENT_END}",
    rf"/{_YEAR}/(?P<month>[01]\d)(?P<day>[0-3]\d)(?:/|$)",
    r"(?<![\d])(?P<digits>\d{8})(?P<time>\d{4}|\d{6})?(?!\d)",
    rf"/{_YEAR}{_SEP}(?P<month>[01]?\d)(?:/|$)",
    rf"/{_YEAR}/{_MONTH_WORD}(?:/|$)",
))


def url_date(url: str | None) -> str | None:
    """The date in a URL's path and query: "YYYY-MM-DD", "YYYY-MM" when it gives only the month,
    or None."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    where = parts.path + ("?" + parts.query if parts.query else "")
    for pattern in _PATTERNS:
        for match in pattern.finditer(where):
            found = _read(match)
            if found:
                return found
    return None


def _read(match: re.Match) -> str | None:
    parts = match.groupdict()
    if parts.get("digits"):
        return _compact(parts["digits"], parts.get("time"))
    year = int(parts["year"])
    if parts.get("mname"):
        month = load_lexicon().month_abbreviations.get(parts["mname"][:3].lower())
        if month is None or (len(parts["mname"]) > 3 and not _is_month_name(parts["mname"])):
            return None
    else:
        month = int(parts["month"])
    day = int(parts["day"]) if parts.get("day") else None
    return _checked(year, month, day)


def _is_month_name(word: str) -> bool:
    """"sept", "june", "july": a longer month word must be a prefix of the month's full name."""
    return any(name.lower().startswith(word.lower()) for name in calendar.month_name[1:])


def _compact(digits: str, time: str | None) -> str | None:
    """Eight digits as a day: the one reading of YYYYMMDD, MMDDYYYY and DDMMYYYY that is a day."""
    if time and not _is_time(time):
        return None
    readings = {(int(digits[:4]), int(digits[4:6]), int(digits[6:])),
                (int(digits[4:]), int(digits[:2]), int(digits[2:4])),
                (int(digits[4:]), int(digits[2:4]), int(digits[:2]))}
    days = {d for d in (_checked(*r) for r in readings) if d}
    return days.pop() if len(days) == 1 else None


def _is_time(digits: str) -> bool:
    hour, minute, second = int(digits[:2]), int(digits[2:4]), int(digits[4:] or 0)
    return hour < 24 and minute < 60 and second < 60


def _checked(year: int, month: int, day: int | None) -> str | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
