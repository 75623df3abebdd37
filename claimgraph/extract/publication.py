"""Inferring when a document was published from what it reports, when it prints no date.

Stages, in order (infer_publication_date):
 a. upper bound: a dated update or editor's note line ("Update: as of DATE ...") was written
    after the article, so the article was published on or before that date;
 b. dated evidence: every fully dated (day or month, with its year) past event or statement the
    text reports, and the last day of a run of days it writes out ("between 3 and 5 May 2017") —
    a text that cites a date was written on or after it; dates the text looks forward to ("will
    be held on ...") are left out;
 c. years the text looks forward to ("the 2014 elections are around the corner") place the
    document shortly before that year: it is at most the end of that year, and dates written
    without a year take the instance nearest the year's start; failing that, year-less dates
    take their latest instance on or before the upper bound;
 d. a wire dateline giving a day without its year ("KHARTOUM, March 14 (Reuters) -"): that
    day, in the first year that puts it on or after the latest evidence (b), or failing
    evidence its latest instance on or before the upper bound (a, c);
 e. "today"/"this morning" reporting a past action, with a date in the headline: that day,
    the year coming from (a), (c) or (b);
 f. a weekday the lead names for the main event, told as past ("the ministry said on Sunday",
    not a caption's "leads a convoy on Wednesday"): that day, the first of its name on or after the
    latest dated evidence (b) outside the lead (day_of_writing, which resolution shares for
    articles dated across documents, claimgraph.resolve.publication_dates).
The result is (d), (e) or (f) when found, else the latest evidence not after the upper bound; None
when nothing dates the text. Only dates with a day or a month count: a bare year ("in 2003") is
usually history, not the time of writing. Nor does a month with no day ("since the rebels took the
city in September 2014") date a text that tells its news by days counted from the day of writing
("yesterday", "on Saturday"): that month is background, and the day of writing is unknown.
Dates written without a year, with no upper bound or year ahead to place them, count when told as
past, in their instance nearest the latest fully dated evidence ("On 20th October, the council has
released ...", after "October 14, 2017").
"""
from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from claimgraph.clean.dates import wire_datelines
from claimgraph.extract.timex import (FUTURE_WINDOW_DAYS, MONTHS, PATTERNS, RANGE_RULE, WEEKDAYS,
                                      document_day_first, find_dates, resolve_date, tense_direction)
from claimgraph.ontology.lexicon import load_lexicon

UPDATE_LINE = re.compile(r"(?im)^[\W_]*(?:updated?|editor'?s note|correction|clarification)\b.*$")
_HAS_MONTH = re.compile(r"(?i)\b(?:%s)\b" % "|".join(MONTHS))
_RELATIVE_WORD = re.compile(r"(?i)\b(?:this|last|next|ago|later|earlier|since)\b")
_HEADLINE_MAX_WORDS = 14
# A wire dateline opens the story: it stands in the first lines (headline, byline, dateline).
DATELINE_LINES = 5
# The lead: the first sentence of the story (a headline or a caption fragment is shorter or
# ends without a full stop).
LEAD_SENTENCES = 1
LEAD_MIN_TOKENS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_TOKEN = re.compile(r"\w+|[^\w\s]")   # as a tokenizer counts them: words and punctuation
# Tokens either side of a year where a cue must stand ("the 2019 election is around the corner").
AHEAD_WINDOW = 6



@functools.cache
def _looking_ahead() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(load_lexicon().looking_ahead_words), re.I)

def infer_publication_date(parsed) -> str | None:
    """The publication date ("YYYY-MM-DD" / "YYYY-MM") a document's content implies, or None."""
    text = parsed.document.text
    day_first = document_day_first(text)
    update_spans = [(m.start(), m.end()) for m in UPDATE_LINE.finditer(text)]
    upper = min(_line_dates(text, update_spans, day_first), default=None)
    sents = [s for s in parsed.doc.sents
             if not any(a <= s.start_char < b for a, b in update_spans)]
    ahead = _year_looked_forward_to(sents)
    if ahead:
        end_of_year = date(ahead, 12, 31)
        upper = min(upper, end_of_year) if upper else end_of_year
    year_less_anchor = (f"{ahead}-01-01" if ahead else
                        (upper - timedelta(days=FUTURE_WINDOW_DAYS)).isoformat() if upper else None)
    explicit = {sent.start_char: [m for m in find_dates(sent, None, day_first=day_first)
                                  if m.precision != "year" and not _looks_ahead(sent, m)] for sent in sents}
    evidence = [(date.fromisoformat(day), m.precision, start)
                for start, found in explicit.items() for m in found for day in days_told(m)]
    evidence = [e for e in evidence if not upper or e[0] <= upper]
    # with no bound to place them, year-less dates count when told as past ("was terminated on
    # 3 May", not "takes effect 3 May"), placed near the latest full date
    told_as_past = not year_less_anchor
    if not year_less_anchor:
        latest_day = max((e[0] for e in evidence if e[1] == "day"), default=None)
        year_less_anchor = latest_day.isoformat() if latest_day else None
    for sent in sents if year_less_anchor else ():
        taken = {m.start for m in explicit[sent.start_char]}
        evidence += [(date.fromisoformat(day), m.precision, sent.start_char)
                     for m in find_dates(sent, year_less_anchor, day_first=day_first, by_tense=False)
                     if m.start not in taken and m.precision != "year"
                     and _HAS_MONTH.search(m.text) and not _RELATIVE_WORD.search(m.text)
                     and not _looks_ahead(sent, m)
                     and (not told_as_past or tense_direction(sent.doc, m.start, m.end) == "back")
                     for day in days_told(m)]
    evidence = [e for e in evidence if not upper or e[0] <= upper]
    latest = max(evidence, default=None)
    filed = _dateline_day(text, latest[0] if latest else None, upper)
    if filed:
        return filed.isoformat()
    today = _today_headline_date(parsed, sents, day_first, year_less_anchor, latest)
    if today:
        return today.isoformat()
    if not latest or (latest[1] != "day" and _tells_news_by_days(sents)):
        return None
    if latest[1] != "day":
        return latest[0].isoformat()[:7]
    written = day_of_writing(latest[0], _lead_weekday(sents, latest), upper)
    return written.isoformat() if written else None


def days_told(mention) -> tuple[str, ...]:
    """The days a date mention dates as evidence: its day, and the last day of an explicit run of
    days ("between June 4 and 9"), which the text has seen end (not the last day of a third
    of a month, "late March", which may lie after the day of writing)."""
    return (mention.date,) + ((mention.date_end,) if RANGE_RULE in mention.rules else ())


def day_of_writing(latest: date, weekday: int | None, upper: date | None = None) -> date | None:
    """The day a reader puts the writing on, from the latest dated fact a text gives and the
    weekday its lead names for the newest development, told as done ("the ministry said on
    Tuesday"; Monday 0 ... Sunday 6): news leads with what is newest, so that day is the
    first of its name on or after the latest fact; without one, the latest fact itself. None when
    the weekday falls after the upper bound the text gives."""
    if weekday is None:
        return latest
    day = latest + timedelta(days=(weekday - latest.weekday()) % 7)
    return day if not upper or day <= upper else None


@functools.cache
def _day_of_writing_words() -> re.Pattern:
    """"yesterday", "this morning", "on Saturday": days counted from the day of writing."""
    words = [w for w, (first, last) in load_lexicon().relative_days.items() if last <= 0] + list(WEEKDAYS)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)


def _tells_news_by_days(sents) -> bool:
    return any(_day_of_writing_words().search(sent.text) for sent in sents)


def lead_sentences(sents) -> list:
    """The story's lead: its first sentence of prose (opens_story)."""
    return [s for s in sents if opens_story(s.text)][:LEAD_SENTENCES]


def opens_story(sentence: str) -> bool:
    """Whether a sentence can be a story's lead: prose of LEAD_MIN_TOKENS tokens or more, ending
    in a full stop (a headline or a caption fragment is shorter or ends without one)."""
    return len(_TOKEN.findall(sentence)) >= LEAD_MIN_TOKENS and bool(_SENTENCE_END.search(sentence.rstrip()))


def _lead_weekday(sents, latest) -> int | None:
    """The weekday the lead names for the main event ("the charity said on Sunday", "attacked
    early Saturday"), told as done (stage f, read by day_of_writing). Not when the latest dated
    fact stands in the lead itself."""
    lead = lead_sentences(sents)
    if not lead or any(s.start_char == latest[2] for s in lead):
        return None
    for sent in lead:
        for token in sent:
            weekday = WEEKDAYS.get(token.lower_)
            before = sent.doc[token.i - 1].lower_ if token.i > sent.start else ""
            if weekday is None or before in ("last", "next", "this", "coming") \
                    or tense_direction(sent.doc, token.idx, token.idx + len(token)) != "back":
                continue
            return weekday
    return None


def _dateline_day(text: str, after: date | None, upper: date | None) -> date | None:
    """The day a year-less wire dateline in the opening lines gives, in the year the evidence
    implies (stage d)."""
    found = next((d for start, d in wire_datelines(text) if d.month and not d.year
                  and sum(1 for line in text[:start].splitlines() if line.strip()) < DATELINE_LINES), None)
    if found is None or not (after or upper):
        return None
    def on(year):
        try:
            return date(year, found.month, found.day)
        except ValueError:   # February 29 in a common year
            return None
    if after:
        for year in range(after.year, after.year + 2):
            day = on(year)
            if day and day >= after and (not upper or day <= upper):
                return day
        return None
    for year in range(upper.year, upper.year - 2, -1):
        day = on(year)
        if day and day <= upper:
            return day
    return None


def _line_dates(text: str, spans, day_first) -> list[date]:
    found = []
    for start, end in spans:
        for pattern in PATTERNS:
            for m in pattern.finditer(text, start, end):
                r = resolve_date(m.group(0), None, day_first=day_first)
                if r and r[1] == "day":
                    found.append(date.fromisoformat(r[0]))
    return found


def _year_looked_forward_to(sents) -> int | None:
    """The earliest year the text names as still ahead ("the upcoming 2014 elections")."""
    years = []
    for sent in sents:
        for t in sent:
            if re.fullmatch(r"(?:19|20)\d\d", t.text) and not _in_parentheses(t):
                near = sent.doc[max(sent.start, t.i - AHEAD_WINDOW):min(sent.end, t.i + AHEAD_WINDOW + 1)]
                if _looking_ahead().search(near.text):
                    years.append(int(t.text))
    return min(years, default=None)


def _in_parentheses(token) -> bool:
    left = token.doc[max(token.sent.start, token.i - 3):token.i].text
    return "(" in left and ")" not in left


def _looks_ahead(sent, mention) -> bool:
    """A date the sentence presents as future or as a possibility ("will be held on", "the year
    ending June 30", "plans to redeem on", "could fall in June", "may keep it until the permit
    expires on", "an option to buy after May 3"): no evidence of the past."""
    return tense_direction(sent.doc, mention.start, mention.end) in ("ahead", "open")


def _today_headline_date(parsed, sents, day_first, year_less_anchor, latest) -> date | None:
    """The headline's date when the body says "today" of a past action (stage d)."""
    today_sent = next((s for s in sents if any(_is_today_of_past_action(s, t) for t in s)), None)
    if today_sent is None:
        return None
    text = parsed.document.text
    lines = [parsed.document.title or ""] + [
        line for line in text[:today_sent.start_char].splitlines()
        if 0 < len(line.split()) <= _HEADLINE_MAX_WORDS and not line.rstrip().endswith((".", "!", "?"))]
    anchor = year_less_anchor or (latest[0].isoformat() if latest else None)
    for line in lines:
        for pattern in PATTERNS[:5]:  # the patterns naming a calendar date
            for m in pattern.finditer(line):
                r = resolve_date(m.group(0), None, day_first=day_first)
                if r is None and anchor:
                    r = resolve_date(m.group(0), anchor, day_first=day_first)
                if r and r[1] == "day":
                    return date.fromisoformat(r[0])
    return None


def _is_today_of_past_action(sent, token) -> bool:
    lexicon = load_lexicon()
    phrase = sent.doc[token.i:token.i + 2].text.lower()
    if token.lower_ not in lexicon.today_phrases and phrase not in lexicon.today_phrases:
        return False
    head = token.head
    perfect = load_lexicon().perfect_auxiliaries
    return head.tag_ == "VBD" or (head.tag_ == "VBN" and any(c.lower_ in perfect for c in head.children))
