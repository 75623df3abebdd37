"""Dates in text: resolve one expression against an anchor, and find every date in a sentence.

Nothing here reads the machine's clock: a relative expression ("yesterday", "December 26",
"last week") is resolved against the anchor, the document's publication date, and is dropped
when there is none. Choices where English is ambiguous:

- A date without a year ("December 26", "in March") is the instance in the window from about
  nine months before the anchor to three months after it: news mostly cites the recent past,
  and sometimes a deadline shortly ahead ("before the end of the month (August 8)").
- "last week" is the Monday-to-Sunday week before the anchor's week: precision "day" with
  date_end; "last month"/"last year" are the calendar month/year before the anchor's.
- "early/mid/late March" are thirds of the month (day precision with date_end); "early/mid/late
  2014" are thirds of the year (month precision with date_end).
- Numeric dates ("01/09/14"): a part above 12 decides; else the caller's day_first (the
  document's own style of writing dates in words); else, with an anchor, the reading nearest
  before it; else day-first, the usage of most English-language press outside the US.
- Vague spans ("recent days", "the past few weeks", "midnight") resolve to None.

Publication-date inference (claimgraph.extract.publication) builds on this module.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from claimgraph.extract.trace import fired, refire, tracing
from claimgraph.ontology.lexicon import load_lexicon

Resolved = tuple[str, str, "str | None"]

MONTHS = {name: i for i in range(1, 13)
          for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())}
MONTHS["sept"] = 9
_MONTH = r"(?:%s)\.?" % "|".join(sorted(MONTHS, key=len, reverse=True))
# Month names are matched capitalised when searching prose, so the verb "may" is no month.
_MONTH_CAP = r"(?:%s)\.?" % "|".join(sorted({m.capitalize() for m in MONTHS}, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_YEAR_REF = r"(?:,?\s+(?:of\s+)?(?:this|last|next)\s+year)"
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
# A weekday of no known week, as TIMEX3 writes it (ISO weekday: Monday 1 ... Sunday 7).
WEEKDAY_PARTIAL = "XXXX-WXX-%d"
# A day counted from an unknown day of writing ("yesterday" in an article printing no date): TIMEX3's
# unknown day, "XXXX-XX-XX", with the days counted (an extension; TIMEX3 leaves it to an anchor);
# a week counted from the week of writing ("last week"): its unknown week, "XXXX-WXX", likewise.
WRITING_DAY_PARTIAL = "XXXX-XX-XX%+dD"
WRITING_WEEK_PARTIAL = "XXXX-WXX%+dW"
_COUNTED_FROM_WRITING = re.compile(r"XXXX-(?:XX-XX|WXX)([+-]\d+)([DW])")
# The rule a weekday of no known week fires when its clause tells it as past: a document's
# reports keep it, so resolution reads the weekday as claimgraph.extract.publication does.
PAST_WEEKDAY_RULE = "date:partial_weekday_told_as_past"

# A clause in the simple present under these takes the tense of the clause above it.
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "ccomp", "xcomp", "conj"})

# The window a year-less date falls in, in days around the anchor (see the module docstring).
PAST_WINDOW_DAYS = 275
FUTURE_WINDOW_DAYS = 90

VAGUE = re.compile(r"\b(recent(ly)?|these days|those days|past (few )?\w+|some time|"
                   r"midnight|noon|dawn|dusk|hours?|minutes?|decades?|centur(y|ies)|ages)\b")
# Spans the small model's NER misses, searched in the sentence's text (case-sensitive months).
PATTERNS = [re.compile(p) for p in (
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b",
    rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH_CAP}(?:,?\s+\d{{4}}\b|{_YEAR_REF})?",
    rf"\b{_MONTH_CAP}\s+\d{{1,2}}{_ORD}\b(?:,?\s+\d{{4}}\b|{_YEAR_REF})?",
    rf"\b{_MONTH_CAP}(?:\s+of)?,?\s+(?:\d{{4}}\b|(?:this|last|next)\s+year)",
    # a run of days, which the model often splits in two: "between May 2 and 6, 2017"
    rf"\b(?:between|from)\s+(?:\d{{1,2}}{_ORD}(?:\s+{_MONTH_CAP})?|{_MONTH_CAP}\s+\d{{1,2}}{_ORD})"
    rf"\s+(?:and|to|until|through)\s+(?:\d{{1,2}}{_ORD}(?:\s+{_MONTH_CAP})?|{_MONTH_CAP}\s+\d{{1,2}}{_ORD})"
    rf"(?:,?\s+\d{{4}})?\b",
    r"(?i)\b(?:today|yesterday|tonight|last night|overnight|this (?:morning|afternoon|evening)|"
    r"the (?:day|night) before|the previous (?:day|night)|the (?:next|following) day|"
    r"(?:earlier|later) this (?:week|month))\b",
)]

# An explicit run of days: "between June 4 and 9", "from 3 to 5 May"; the rule reading one.
RANGE_RULE = "date:range"
_RANGE = re.compile(r"(?:between|from)\s+(.+?)\s+(?:and|to|until|till|through)\s+(.+)")

# A time of day on the clock ("4:40 a.m.", "3am", "at 14:30"): it names no day.
CLOCK_TIME = re.compile(r"(?i)\b\d{1,2}(?::[0-5]\d)?\s*[ap]\.?\s?m\b\.?|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")


@dataclass(frozen=True)
class DateMention:
    start: int                  # character offsets in the document
    end: int
    text: str
    date: str                   # YYYY-MM-DD, the first day; --MM-DD when no year is known
    precision: str              # day | month | year
    date_end: str | None = None  # the last day of a range
    rules: tuple[str, ...] = ()  # ids of the rules that read it (claimgraph.extract.trace)


def parse_anchor(anchor: str | None) -> tuple[date, str] | None:
    """A publication date "YYYY-MM-DD" / "YYYY-MM" / "YYYY" as (first day, precision)."""
    if not anchor:
        return None
    parts = [int(p) for p in anchor.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    return date(parts[0], *(parts[1:] + [1, 1])[:2]), precision


def resolve_date(text: str, anchor: str | None, *, day_first: bool | None = None,
                 partial: bool = False, direction: str | None = None) -> Resolved | None:
    """One date expression as (first day, precision, last day of a range or None), or None.

    With partial=True, a day and month with no year and no anchor to place them give the ISO
    8601 partial date "--MM-DD", and a bare weekday the TIMEX3 value "XXXX-WXX-D" (ISO weekday
    D), so an article printing no date can be placed by the same day dated elsewhere.
    `direction` is the tense of the clause the expression dates: "back" (told as past: a bare
    weekday or month is the latest on or before the anchor) or "ahead" (told as future: the first
    after it); None keeps the nearest instance (see the module docstring)."""
    t = " ".join(text.lower().replace("\u2019", "'").split()).strip(" .,;:")
    inner = re.search(r"\(([^()]+)\)", t)
    if inner:  # "before the end of the holiday (August 8)": the explicit date decides
        found = _answer(lambda: resolve_date(inner.group(1), anchor, day_first=day_first, partial=partial,
                                             direction=direction))
        if found:
            fired("date:in_parentheses")
            return found
        t = (t[:inner.start()] + t[inner.end():]).strip()
    t = re.sub(r"^(?:on|in|at|by|during|the|of)\s+", "", t)
    span = _RANGE.fullmatch(t)
    days = span and _answer(lambda: _day_range(span.group(1), span.group(2), anchor, day_first, partial, direction))
    if days:
        return days
    since = re.match(r"(?:since|from)\s+(.+)", t)
    if since:
        fired("date:since")
        return _since(since.group(1), anchor, day_first)
    t = re.sub(r"^(?:before|until|till|after|around|about|by|on|in)\s+(?:the\s+)?", "", t)
    a = parse_anchor(anchor)
    return (_answer(lambda: _numeric(t, a, day_first)) or _answer(lambda: _with_month(t, a, partial, direction))
            or _answer(lambda: _with_year(t)) or _answer(lambda: _relative(t, a, direction))
            or (_answer(lambda: _weekday_partial(t, direction) or _writing_day_partial(t))
                if partial and a is None else None))


def _answer(attempt) -> Resolved | None:
    """An attempt's reading, recording the rules it fired only when it gave one."""
    with tracing("date") as rules:
        found = attempt()
    if found:
        refire(rules)
    return found


def _day_range(first: str, last: str, anchor: str | None, day_first: bool | None, partial: bool,
               direction: str | None) -> Resolved | None:
    """"between June 4 and 9", "from 3 to 5 May 2015": the first day, to the last one. An end
    without its month or year takes the other end's."""
    month = rf"\b{_MONTH}(?![a-z])"
    year = r"\b\d{4}\b"
    for part in (month, year):
        found = re.search(part, first) or re.search(part, last)
        if found and not re.search(part, first):
            first = f"{first} {found.group(0)}"
        elif found and not re.search(part, last):
            last = f"{last} {found.group(0)}"
    ends = [resolve_date(end, anchor, day_first=day_first, partial=partial, direction=direction)
            for end in (first, last)]
    if not all(end and end[1] == "day" and not end[2] for end in ends) or ends[1][0] <= ends[0][0] \
            or ends[0][0][:2] != ends[1][0][:2]:   # both full dates, or both year-less
        return None
    fired(RANGE_RULE)
    return ends[0][0], "day", ends[1][0]


def _weekday_partial(t: str, direction: str | None) -> Resolved | None:
    """"on Saturday", "early Saturday" with nothing to place it: "XXXX-WXX-6", its rules saying
    whether its clause tells it as past (PAST_WEEKDAY_RULE: "said on Tuesday", not a caption's
    "leads a visit on Wednesday")."""
    t = _without_day_part(t)
    if t not in WEEKDAYS:
        return None
    fired("date:partial_weekday")
    if direction == "back":
        fired(PAST_WEEKDAY_RULE)
    return WEEKDAY_PARTIAL % (WEEKDAYS[t] + 1), "day", None


def _writing_day_partial(t: str) -> Resolved | None:
    """"yesterday", "last night", "last week" with no day of writing to count from:
    "XXXX-XX-XX-1D" (WRITING_DAY_PARTIAL), "XXXX-WXX-1W" (WRITING_WEEK_PARTIAL)."""
    lexicon = load_lexicon()
    if t in lexicon.writing_week_words:
        fired("date:partial_writing_week")
        return WRITING_WEEK_PARTIAL % lexicon.relative_spans[t][1], "day", None
    if t not in lexicon.writing_day_words:
        return None
    first, last = lexicon.relative_days[t]
    fired("date:partial_writing_day")
    return WRITING_DAY_PARTIAL % first, "day", (WRITING_DAY_PARTIAL % last if last != first else None)


def counted_from_writing(value: str | None) -> tuple[int, str] | None:
    """The days ("D") or weeks ("W") a WRITING_DAY_PARTIAL or WRITING_WEEK_PARTIAL value counts
    from the day of writing: "XXXX-XX-XX-1D" is (-1, "D"), "XXXX-WXX-1W" (-1, "W")."""
    found = _COUNTED_FROM_WRITING.fullmatch(value or "")
    return (int(found.group(1)), found.group(2)) if found else None


def _since(rest: str, anchor: str | None, day_first: bool | None) -> Resolved | None:
    """"since last June": from the start of June to the anchor, when the anchor gives a day."""
    found = resolve_date(rest, anchor, day_first=day_first)
    a = parse_anchor(anchor)
    if found and a and a[1] == "day" and a[0].isoformat() > found[0]:
        return found[0], found[1], a[0].isoformat()
    return found


def _iso(d: date) -> str:
    return d.isoformat()


def _month_last(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _numeric(t: str, a, day_first: bool | None) -> Resolved | None:
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if iso:
        d = _safe_date(*map(int, iso.groups()))
        fired("date:iso")
        return (_iso(d), "day", None) if d else None
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})", t)
    if not m:
        return None
    x, y, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    year += 2000 if year < 100 else 0  # two-digit years in news are this century
    readings = [d for d in (_safe_date(year, y, x), _safe_date(year, x, y)) if d]  # day-first first
    fired("date:numeric")
    if len(set(readings)) > 1:
        if day_first is not None:
            fired("date:numeric_in_document_style")
            readings = readings[:1] if day_first else readings[1:]
        elif a and a[1] == "day" and any(r <= a[0] for r in readings):
            fired("date:numeric_before_publication")
            readings = [max(r for r in readings if r <= a[0])]
    return (_iso(readings[0]), "day", None) if readings else None


def _year_less(month: int, day: int | None, a, *, relation: str = "near") -> date | None:
    """The instance of a month (and day) without a year, placed against the anchor: "last",
    "next", "this" as written; "back"/"ahead" by the tense (the latest on or before the anchor,
    the first on or after it); "near" in the window around it."""
    if not a:
        return None
    ref = a[0]
    candidates = [_safe_date(y, month, day or 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    candidates = [c for c in candidates if c]
    first, last = _anchor_days(a)
    if relation == "back":
        return max((c for c in candidates if (c if day else (c.year, c.month)) <=
                    (last if day else (last.year, last.month))), default=None)
    if relation == "ahead":
        return min((c for c in candidates if (c if day else (c.year, c.month)) >=
                    (first if day else (first.year, first.month))), default=None)
    if relation == "last":  # strictly before the anchor's month
        return max((c for c in candidates if (c.year, c.month) < (ref.year, ref.month)), default=None)
    if relation == "next":
        return min((c for c in candidates if (c.year, c.month) > (ref.year, ref.month)), default=None)
    if relation == "this":
        return _safe_date(ref.year, month, day or 1)
    lo, hi = ref - timedelta(days=PAST_WINDOW_DAYS), ref + timedelta(days=FUTURE_WINDOW_DAYS)
    inside = [c for c in candidates if lo < c <= hi]
    return min(inside, key=lambda c: abs((c - ref).days)) if inside else None


def _anchor_days(a) -> tuple[date, date]:
    """The first and last days an anchor of day, month or year precision stands for."""
    ref, precision = a
    if precision == "year":
        return ref, date(ref.year, 12, 31)
    if precision == "month":
        return ref, _month_last(ref.year, ref.month)
    return ref, ref


def _with_month(t: str, a, partial: bool = False, direction: str | None = None) -> Resolved | None:
    """Expressions naming a month: "5 april 2013", "july 27, 2013", "2nd january this year",
    "february of this year", "last december", "early march", "september 1st"."""
    m = re.search(rf"\b({_MONTH})(?![a-z])", t)
    if not m:
        return None
    month = MONTHS[m.group(1).rstrip(".")]
    rest = t[:m.start()] + " " + t[m.end():]
    year_m = re.search(r"\b(\d{4})\b", rest)
    day_m = re.search(rf"(?<![\d-])(\d{{1,2}}){_ORD}(?![\d:])", rest.replace(year_m.group(0), " ") if year_m else rest)
    day = int(day_m.group(1)) if day_m and 1 <= int(day_m.group(1)) <= 31 else None
    relation = ("this" if re.search(r"\bthis (year|\w+)\b", t) else "last" if re.search(r"\blast\b", t)
                else "next" if re.search(r"\bnext\b", t) else direction or "near")
    if year_m:
        fired("date:month_with_year")
        first = _safe_date(int(year_m.group(1)), month, day or 1)
    elif re.search(r"\blast year\b", t) and a:
        fired("date:month_of_last_year")
        first = _safe_date(a[0].year - 1, month, day or 1)
    elif re.search(r"\bnext year\b", t) and a:
        fired("date:month_of_next_year")
        first = _safe_date(a[0].year + 1, month, day or 1)
    else:
        fired(f"date:year_less_{relation}_publication")
        first = _year_less(month, day, a, relation=relation)
        if partial and first is None and a is None and day and relation in ("near", direction) \
                and _safe_date(2000, month, day):
            fired("date:partial_day_month")
            return f"--{month:02d}-{day:02d}", "day", None
    if not first:
        return None
    if day:
        return _iso(first), "day", None
    third = re.search(r"\b(early|mid|late)\b", t)
    if third:
        fired("date:third_of_month")
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}[third.group(1)]
        last = _month_last(first.year, month) if hi is None else date(first.year, month, hi)
        return _iso(first.replace(day=lo)), "day", _iso(last)
    return _iso(first), "month", None


def _with_year(t: str) -> Resolved | None:
    """Expressions naming only years: "2003", "mid-2014", "2001-11", "the 1990s"."""
    span = re.fullmatch(r"(?:the\s+)?(1[6-9]\d\d|20\d\d)\s*[-\u2013]\s*(\d{4}|\d{2})", t)
    if span:
        start, end = int(span.group(1)), span.group(2)
        end = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        fired("date:year_range")
        return (f"{start}-01-01", "year", f"{end}-12-31") if end > start else None
    decade = re.fullmatch(r"(?:the\s+)?(1[6-9]\d0|20\d0)'?s", t)
    if decade:
        fired("date:decade")
        return f"{decade.group(1)}-01-01", "year", f"{int(decade.group(1)) + 9}-12-31"
    m = re.fullmatch(r"(?:(early|mid|late)[\s-]+)?(?:the\s+)?(?:year\s+)?(1[6-9]\d\d|20\d\d)", t)
    if not m:
        return None
    year = int(m.group(2))
    if m.group(1):
        fired("date:third_of_year")
        lo, hi = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[m.group(1)]
        return f"{year}-{lo:02d}-01", "month", _iso(_month_last(year, hi))
    fired("date:year")
    return f"{year}-01-01", "year", None


def _relative(t: str, a, direction: str | None = None) -> Resolved | None:
    """Expressions relative to the anchor: "yesterday", "last week", "two days ago"."""
    t = _without_day_part(t)
    if not a or VAGUE.search(t):
        return None
    ref, precision = a
    if precision == "day":
        found = _relative_day(t, ref, direction)
        if found:
            return found
    if precision == "month":
        found = _relative_day_in_month(t, ref, direction)
        if found:
            return found
    unit, shift, part = load_lexicon().relative_spans.get(t, (None, 0, "all"))
    if unit == "month" and precision in ("day", "month"):
        fired(f"date:relative_spans.{t}")
        y, m = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        first, last = date(y, m + 1, 1), _month_last(y, m + 1)
        if part == "all" or precision != "day":
            return _iso(first), "month", None
        return _range(*((first, ref - timedelta(days=1)) if part == "before" else (ref + timedelta(days=1), last)))
    shift = {"last year": -1, "this year": 0, "next year": 1, "the previous year": -1}.get(t)
    if shift is None:
        return None
    fired("date:year_from_publication")
    return f"{ref.year + shift}-01-01", "year", None


def _relative_day_in_month(t: str, ref: date, direction: str | None) -> Resolved | None:
    """A day relative to an anchor known only to its month ("yesterday", "on Thursday" in an
    article filed some day of March): the run of days it may be, from its reading on the month's
    first day to its reading on the last."""
    last_day = _month_last(ref.year, ref.month)
    if t in load_lexicon().relative_days or re.fullmatch(r"(?:(?:last|next|this|coming)\s+)?(%s)" % "|".join(WEEKDAYS), t):
        early, late = _relative_day(t, ref, direction), _relative_day(t, last_day, direction)
        if early and late:
            fired("date:day_in_publication_month")
            return _range(date.fromisoformat(early[0]), date.fromisoformat(late[2] or late[0]))
    return None


def _without_day_part(t: str) -> str:
    """"late on tuesday night" -> "tuesday": the part of the day says no more about the date.
    "last night", "this morning" and "overnight" are words of their own (numbers.relative_days)."""
    lexicon = load_lexicon()
    if t in lexicon.relative_days:
        return t
    before = "|".join(re.escape(w) for w in lexicon.day_part_before)
    after = "|".join(re.escape(w) for w in lexicon.day_part_after)
    stripped = re.sub(rf"^(?:(?:{before})\s+)?(?:on\s+)?", "", t)
    stripped = re.sub(rf"\s+(?:{after})$", "", stripped)
    return stripped if stripped.split() and stripped.split()[-1] in WEEKDAYS else t


def _range(first: date, last: date) -> Resolved:
    return (_iso(first), "day", None) if last <= first else (_iso(first), "day", _iso(last))


def _relative_day(t: str, ref: date, direction: str | None = None) -> Resolved | None:
    days = load_lexicon().relative_days.get(t)
    if days is not None:
        fired(f"date:relative_days.{t}")
        return _range(ref + timedelta(days=days[0]), ref + timedelta(days=days[1]))
    unit, shift, part = load_lexicon().relative_spans.get(t, (None, 0, "all"))
    if unit == "week":
        fired(f"date:relative_spans.{t}")
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        first, last = monday, monday + timedelta(days=6)
        if part == "before":
            first, last = monday, max(monday, ref - timedelta(days=1))
        elif part == "after":
            first, last = min(last, ref + timedelta(days=1)), last
        return _range(first, last)
    count = re.fullmatch(r"(\w+)\s+(day|week|month|year)s?\s+(ago|earlier|before|later|after)", t)
    if count:
        n = load_lexicon().small_numbers.get(count.group(1)) or (int(count.group(1)) if count.group(1).isdigit() else None)
        if n is None:
            return None
        sign = 1 if count.group(3) in ("later", "after") else -1
        unit = count.group(2)
        fired("date:count_from_publication")
        if unit in ("day", "week"):
            return _iso(ref + timedelta(days=sign * n * (7 if unit == "week" else 1))), "day", None
        if unit == "month":
            y, m = divmod(ref.year * 12 + ref.month - 1 + sign * n, 12)
            return _iso(date(y, m + 1, 1)), "month", None
        return f"{ref.year + sign * n}-01-01", "year", None
    weekday = re.fullmatch(r"(?:(last|next|this|coming)\s+)?(%s)" % "|".join(WEEKDAYS), t)
    if weekday and (weekday.group(1) in ("next", "coming") or
                    (direction == "ahead" and weekday.group(1) != "last")):
        # "will meet on Tuesday", "next Tuesday": the first such day after the anchor
        fired("date:weekday_after_publication")
        ahead = (WEEKDAYS[weekday.group(2)] - ref.weekday()) % 7 or 7
        return _iso(ref + timedelta(days=ahead)), "day", None
    if weekday:  # "on Tuesday": the latest such day on or before the anchor ("last": before it)
        fired("date:weekday_before_publication")
        back = (ref.weekday() - WEEKDAYS[weekday.group(2)]) % 7 or (7 if weekday.group(1) == "last" else 0)
        return _iso(ref - timedelta(days=back)), "day", None
    return None


def document_day_first(text: str) -> bool | None:
    """Whether a document writes dates day-first ("5 April"), month-first ("April 5"), or neither."""
    day_first = len(re.findall(rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH_CAP}", text))
    month_first = len(re.findall(rf"\b{_MONTH_CAP}\s+\d{{1,2}}{_ORD}\b(?!\d)", text))
    return None if day_first == month_first else day_first > month_first


def find_dates(sent, anchor: str | None, *, day_first: bool | None = None,
               partial: bool = False, by_tense: bool = True) -> list[DateMention]:
    """Every resolvable date expression in a spaCy sentence span: DATE/TIME entities and the
    patterns the small model misses; overlapping candidates keep the most precise, then longest.
    The tense points bare dates back or ahead of the anchor (by_tense) when the anchor is the day
    of writing; an anchor that only bounds it (claimgraph.extract.publication) takes the window."""
    if day_first is None:
        day_first = document_day_first(sent.doc.text)
    spans = [(e.start_char, e.end_char) for e in sent.ents if e.label_ in ("DATE", "TIME")]
    for pattern in PATTERNS:
        spans += [(sent.start_char + m.start(), sent.start_char + m.end())
                  for m in pattern.finditer(sent.text)]
    sent_text, offset = sent.text, sent.start_char   # Doc.text is rebuilt from tokens on each access
    candidates = []
    for start, end in set(spans):
        surface = sent_text[start - offset:end - offset]
        direction = tense_direction(sent.doc, start, end) if (anchor or partial) and by_tense else None
        direction = None if direction == "open" else direction
        with tracing("date") as rules:
            found = resolve_date(surface, anchor, day_first=day_first, partial=partial, direction=direction)
        if found:
            candidates.append(DateMention(start, end, surface, *found, rules=tuple(rules)))
    rank = {"day": 0, "month": 1, "year": 2}
    candidates.sort(key=lambda c: (rank[c.precision], c.start - c.end))
    chosen: list[DateMention] = []
    for c in candidates:
        if all(c.end <= k.start or k.end <= c.start for k in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def tense_direction(doc, start: int, end: int) -> str | None:
    """Whether the clause a date expression stands in tells of the past ("back": "attacked on
    Monday", "has met in March", "was killed Sunday") or the future ("ahead": "will meet Monday",
    "plans to vote in May", "the talks due on Friday", "could fall in June", "may keep it until
    the permit expires in May"); "open" for an infinitive on a noun ("the option to buy after
    May 3", "the offensive to retake the city on Saturday": intended, or a misplaced date of the
    clause above); None for the present (headlines and captions tell the past in it) or when
    unclear."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lexicon = load_lexicon()
    if any(t.lower_ in lexicon.ahead_words and t.tag_ != "VBD" for t in span):   # "the year ending June 30"
        return "ahead"
    through_noun = False   # "attacks similar to May 3 may recur": the date is the noun's, not the modal's
    for token in span.root.ancestors:
        if token.lower_ in lexicon.ahead_words and token.tag_ != "VBD":
            return "ahead"
        if token.pos_ not in ("VERB", "AUX"):
            through_noun = through_noun or token.pos_ in ("NOUN", "PROPN")
            continue
        aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        if token.tag_ == "VB" and "to" in aux and token.head.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            return "open"   # "the offensive to retake the city on Saturday": the parse cannot say
        if not through_noun and (aux & (lexicon.future_auxiliaries | lexicon.modal_auxiliaries)
                                 or (token.tag_ == "VB" and "to" in aux and _infinitive_ahead(token))):
            return "ahead"
        if _told_as_past(token):
            return "back"
        if token.lemma_.lower() in lexicon.ahead_verbs:   # "expects a loss in May"
            return "ahead"
        if token.tag_ in ("VBZ", "VBP") and not aux and token.dep_ in SUBORDINATE_DEPS:
            continue   # "... until the permit expires on May 3": the tense of the clause above
        return None
    return None


def _infinitive_ahead(verb) -> bool:
    """"plans to meet", "is set to begin": a to-infinitive lies ahead of the verb it completes,
    unless that is a past verb of doing ("tried to flee on Monday")."""
    head = verb.head
    return (head.lemma_.lower() in load_lexicon().ahead_verbs or head.lower_ == "going" or head.i == verb.i
            or not _told_as_past(head))


def _told_as_past(verb) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    lexicon = load_lexicon()
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and
                                  bool(aux & (lexicon.past_perfect_auxiliaries | lexicon.past_passive_auxiliaries)))

