"""The publication date an article prints about itself, and where it was printed.

Sources, most trusted first (metadata is handled by the caller, which holds it):
    dateline   "KABUL, 3 May 2021 (AFP) -", "Published: 12 May 2019" among the first blocks;
               "May 3, 2021 10:15 am | Updated June 1, 2023" is published on the first date
    byline     "By Jane Doe | March 3, 2019"
    signature  a date alone on one of the last lines, signing a statement
    url        the day (or month) the page's address files it under (claimgraph.clean.url_dates)
    dateline   a lone date line above the headline (weakest: on scraped pages it is often the
               day the page was displayed, not the day the article was written)
A date without a year is never a publication date: no year is guessed from today.
Dates are returned as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that is printed.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimgraph.clean.url_dates import url_date
from claimgraph.ontology.lexicon import load_lexicon

_MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
# Each pattern names the parts it holds; the earliest match in a text wins.
DATE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",             # July 27, 2013
    rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b",   # 27 July 2013
    rf"\b{_YEAR}-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)(?!\d)",              # 2013-07-27
    r"\b(?P<a>[0-3]?\d)[./](?P<b>[0-3]?\d)[./](?P<year>(?:19|20)\d\d)\b",  # 27/07/2013 (if unambiguous)
    rf"\b{_MONTH},?\s+{_YEAR}\b",                                  # July 2013
))
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")
_LABEL = r"(?i:(?:first\s+)?(?:published|posted|dated?|issued|released)(?:\s+on)?\s*:?\s*)"
# What may stand before a dateline's or a signature's date: nothing, a label, or a place and a comma.
_DATE_LEAD = re.compile(rf"^(?:{_LABEL}|(?:[A-Z][\w.'’-]*\s*){{1,4}},\s*)?$")
# What may follow it: nothing, or a time of day, an agency in brackets, and a dash, colon or bar.
_CLOCK = r"(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*[+-]\d\d:?\d\d)?\s*)"
_DATELINE_TAIL = re.compile(rf"^[\s,]*{_CLOCK}?(?:\([^)]{{1,40}}\)\s*)?(?:[-–—:|]|$)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_TIME_TAIL = re.compile(rf"^[\s,|-]*{_CLOCK}?\s*$", re.IGNORECASE)
# A statement is signed within its last few lines (name, office, date).
SIGNATURE_LINES = 3
# A wire dateline opening a paragraph: "KHARTOUM, March 14 (Reuters) -", "KYIV, Ukraine (AP) —",
# "GAZA, 3 May -". Its place, date and agency are the filing, not the story.
_NAME_WORD = r"[A-Z][\w.'’&-]*"
_PLAIN_MONTH = rf"(?i:{_MONTH_NAMES})\.?"
_WIRE_DATELINE = re.compile(
    rf"^(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})(?P<country>,\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?"
    rf"(?:,\s*(?:(?P<month1>{_PLAIN_MONTH})\s+(?P<day1>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+(?P<month2>{_PLAIN_MONTH}))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?)?"
    r"\s*(?P<agency>\([^()]{1,40}\))?\s*[-–—]{1,2}(?:\s+(?=\S)|\s*$)")
# A dateline stands in the first blocks under the headline (standfirst, byline, date line).
DATELINE_BLOCKS = 4
# How far apart a year-less wire dateline and the URL's day may lie and still be one filing:
# time zones and overnight archiving put a day or two between them.
URL_DATELINE_DAYS = 2


@dataclass(frozen=True)
class WireDateline:
    end: int                    # where the story's first sentence begins
    place_end: int              # the place filed from is line[:place_end]
    agency: tuple[int, int] | None = None   # where the bracketed agency's name stands
    month: int | None = None
    day: int | None = None
    year: int | None = None


def wire_dateline(line: str) -> WireDateline | None:
    """The wire dateline a paragraph opens with, if any. A place alone before a dash needs a
    date, an agency, or an upper-case place with its country to count: "ACME – According to
    reports" is an issuer speaking, not a dateline."""
    m = _WIRE_DATELINE.match(line)
    if not m:
        return None
    month_word, day = (m["month1"], m["day1"]) if m["month1"] else (m["month2"], m["day2"])
    if not (month_word or m["agency"] or (m["place"].isupper() and m["country"])):
        return None
    agency = (m.start("agency") + 1, m.end("agency") - 1) if m["agency"] else None
    if not month_word:
        return WireDateline(m.end(), m.end("place"), agency)
    year = int(m["year"]) if m["year"] else None
    month = load_lexicon().month_abbreviations[month_word[:3].lower()]
    return WireDateline(m.end(), m.end("place"), agency, month, int(day), year)


def wire_datelines(text: str):
    """(offset of the line, its dateline) for every line of `text` opening with a wire dateline."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if (found := wire_dateline(line)) is not None:
            yield offset, found
        offset += len(line)


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first complete date in `text`: (ISO date, start, end); a date without year is skipped."""
    best = None
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso and (best is None or match.start() < best[1]):
                best = (iso, match.start(), match.end())
                break
    return best


def parse_date(text: str) -> str | None:
    """`text` as an ISO date when it is nothing but a date (a weekday and a time may go with it)."""
    text = text.strip().rstrip(".")
    if _YEAR_ONLY.match(text):
        return text
    found = find_date(text)
    if found and found[1] == 0 and _TIME_TAIL.match(text[found[2]:]):
        return found[0]
    return None


def find_publication_date(blocks: Sequence[str], title: str | None = None,
                          byline: str | None = None, url: str | None = None) -> tuple[str, str] | None:
    """(date, origin) from the cleaned text's blocks and the page's URL, or None when neither
    gives one."""
    above_title, body = _split_at_title(blocks, title)
    for block in _opening(body):
        found = _dateline(block)
        if found:
            return found, "dateline"
    if byline:
        found = find_date(byline)
        if found:
            return found[0], "byline"
    for block in body[-SIGNATURE_LINES:]:
        found = _signature(block)
        if found:
            return found, "signature"
    found = url_date(url)
    if found:
        filed = _filed_near(body, found)
        return (filed, "dateline") if filed else (found, "url")
    for block in above_title:
        found = parse_date(block)
        if found:
            return found, "dateline"
    return None


def _filed_near(body: Sequence[str], url_day: str) -> str | None:
    """The day of a year-less wire dateline ("HAVANA, August 7 (Wire) --") opening the story,
    when it lies within URL_DATELINE_DAYS of the address's day: the wire's filing day, in the
    address's year (an archive files a story by its own clock, often a day later)."""
    if len(url_day) != len("YYYY-MM-DD"):
        return None
    at = datetime.date.fromisoformat(url_day)
    for block in body[:DATELINE_BLOCKS]:
        line = wire_dateline(block)
        if line is None or line.month is None or line.year is not None:
            continue
        for year in (at.year - 1, at.year, at.year + 1):
            try:
                day = datetime.date(year, line.month, line.day)
            except ValueError:
                continue
            if abs((day - at).days) <= URL_DATELINE_DAYS:
                return day.isoformat()
    return None


def _split_at_title(blocks: Sequence[str], title: str | None) -> tuple[Sequence[str], Sequence[str]]:
    """The blocks above the headline, and the headline with the blocks under it: a scraped
    headline may carry its labelled date ("Published 3 May 2021 Rebels take the port")."""
    if title and title in blocks:
        at = list(blocks).index(title)
        return blocks[:at], blocks[at:]
    return (), blocks


def _opening(body: Sequence[str]) -> Sequence[str]:
    """Where a dateline stands: the first blocks, up to the standfirst and the first paragraph."""
    sentences = 0
    for i, block in enumerate(body[:DATELINE_BLOCKS]):
        sentences += bool(_SENTENCE_END.search(block))
        if sentences == 2:
            return body[:i + 1]
    return body[:DATELINE_BLOCKS]


def _dateline(block: str) -> str | None:
    found = find_date(block[:200])
    if not found:
        return None
    iso, start, end = found
    if not _DATE_LEAD.match(block[:start].strip()):
        return None
    # "KABUL, May 3, 2021 (AFP) - …", or a short date line ("May 3, 2021 10:15 AM Updated …")
    if _DATELINE_TAIL.match(block[end:]) or (len(block.split()) <= 12 and not _SENTENCE_END.search(block)):
        return iso
    return None


def _signature(block: str) -> str | None:
    found = find_date(block)
    if not found or len(block) > 80:
        return None
    iso, start, end = found
    if _DATE_LEAD.match(block[:start].strip()) and _TIME_TAIL.match(block[end:].rstrip(".")):
        return iso
    return None


def _iso(match: re.Match) -> str | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if parts.get("month"):
        month = load_lexicon().month_abbreviations[parts["month"][:3].lower()]
        day = int(parts["day"]) if parts.get("day") else None
    elif parts.get("mm"):
        month, day = int(parts["mm"]), int(parts["dd"])
    else:
        a, b = int(parts["a"]), int(parts["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None    # 03/05/2019: day-month or month-day cannot be told
    try:
        if day is None:
            datetime.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
