"""Which of a sentence's dates is an event's: its own date, or the date a source reported it.

- A date written in the trigger's clause is the event's own ("the attack on May 3", "rebels
  seized the town last week"): relation "on"; not one in a clause of its own below it ("killed
  since the army intervened in March").
- A verb trigger with no date of its own takes the nearest date on a clause above it ("X was in
  the capital on May 3 to meet Y": the meeting is on May 3), unless that clause is a speech
  verb: "the paper wrote on May 4 that 50 were killed" dates the writing, and the killing
  happened on or before it: relation "by".
- A date written on another event word is that event's alone: in "weeks after the May 3 raid,
  the ministry closed the border" the closing is not on May 3.
- A noun trigger with no date of its own takes none from the clauses above it ("X was in the
  capital on May 3 to talk about an attack": the attack is not on May 3), except the same
  "by" date of a speech verb reporting it.
- An event told hours or moments from another dated event in its clause ("hours after the raid
  on May 3, the group claimed it") is on that day.
- An event a news article tells as done (or denies was done) with no date at all takes the
  publication day, as an upper bound (relation "published"): what it reports happened by the day
  it appeared, most often on it. An event told as planned, threatened or possible takes none.
- After a lead that names an earlier day for the story's main event ("Rebels shelled the town
  early Saturday", in a paper of Sunday), such an event takes that day instead (relation "lead"):
  the sentences after a lead tell its story. One the text sets at a time of day ("the 4:40 a.m.
  raid", "struck at 3am") names that day as its own: a clock time with no day is the day the
  story is about.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimgraph.extract.publication import lead_sentences
from claimgraph.extract.timex import CLOCK_TIME, DateMention, find_dates, tense_direction
from claimgraph.extract.trace import fired
from claimgraph.model import LEAD_DAY, OWN_DATE, PUBLICATION_DAY, REPORTED_BY
from claimgraph.ontology.lexicon import load_lexicon


# Dependencies that open a clause of its own under another ("since they took the town in May").
# Not "acl": the small model hangs a conjoined participle on a number ("30 killed and 100
# injured on Friday").
SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "csubj", "pcomp"})
# Modalities of an event told as done (or as denied having been done): it lies before the time of
# writing. "possible" is not among them: "may have killed" looks back, "if he gets his way, they
# could strike" ahead.
DONE_MODALITIES = frozenset({"occurred", "denied"})


@dataclass(frozen=True)
class EventDate:
    mention: DateMention
    relation: str            # OWN_DATE; REPORTED_BY: the day a source reported it; PUBLICATION_DAY


def event_date(trigger, clause, dates: list[DateMention], other_events=frozenset()) -> EventDate | None:
    """The date of the event `trigger` names, given its clause head, the sentence's dates and the
    token indices of the sentence's other event words."""
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    same_day = _same_day_as_another(trigger.doc, lo, hi, dates, other_events)
    if same_day is not None:
        return EventDate(same_day, OWN_DATE)
    dates = [d for d in dates if _owner(trigger.doc, d) not in other_events]
    if not dates:
        return None
    inside = [d for d in dates if lo <= d.start and d.end <= hi and not _in_clause_below(trigger, d, clause)]
    if inside:
        fired("date:in_own_clause")
        return EventDate(_nearest(inside, trigger), OWN_DATE)
    above = {t.i: t for t in clause.ancestors}
    governed = [(d, verb) for d in dates if (verb := _dating_verb(trigger.doc, d)) is not None
                and verb.i in above]
    if not governed:
        return None
    mention, verb = min(governed, key=lambda pair: _distance(pair[0], trigger))
    if verb.lemma_.lower() in load_lexicon().speech_verbs:
        fired(f"date:reported_by.{verb.lemma_.lower()}")
        return EventDate(mention, REPORTED_BY)
    if trigger.pos_ != "VERB":
        return None
    fired("date:clause_above")
    return EventDate(mention, OWN_DATE)


def _same_day_as_another(doc, lo: int, hi: int, dates: list[DateMention], other_events) -> DateMention | None:
    """"Hours after the raid on May 3, the group claimed it": an event told hours or moments
    from another, dated one, in its clause, is on that event's day."""
    clause_text = doc.text[lo:hi].lower()
    link = next((link for link in load_lexicon().same_day_links
                 if re.search(rf"\b{re.escape(link)}\b", clause_text)), None)
    if link is None:
        return None
    owned = [d for d in dates if lo <= d.start and d.end <= hi and d.precision == "day" and not d.date_end
             and _owner(doc, d) in other_events]
    if len(owned) != 1:
        return None
    fired(f"date:same_day_links.{link}")
    return owned[0]


def publication_day(trigger, modality: str, published: str | None) -> EventDate | None:
    """The publication day (or month, when only that is known) or the earlier day the lead names,
    standing for an event told with no date of its own (see the module docstring); None when the
    event lies ahead."""
    if modality not in DONE_MODALITIES:
        return None
    lead = _lead_day(trigger.doc, published)
    after_lead = lead is not None and trigger.idx >= lead[0]
    if after_lead and CLOCK_TIME.search(trigger.doc[trigger.left_edge.i:trigger.right_edge.i + 1].text):
        fired("report:clock_time_on_lead_day")
        return EventDate(lead[1], OWN_DATE)
    if not published or len(published) not in (7, 10):
        return None
    if after_lead and len(published) == 10 and lead[1].date < published:
        fired("report:lead_day")
        return EventDate(lead[1], LEAD_DAY)
    precision = "day" if len(published) == 10 else "month"
    day = published if precision == "day" else published + "-01"
    fired("report:publication_day")   # decided in the reports stage, which traces "report" rules
    return EventDate(DateMention(trigger.idx, trigger.idx, "", day, precision), PUBLICATION_DAY)


@functools.lru_cache(maxsize=8)
def _lead_day(doc, published: str | None) -> tuple[int, DateMention] | None:
    """Where the lead ends and the day it names for the main event: its earliest single day told
    as past, on or before the publication day (a weekday of no known week when there is none).
    Not a day a present-tense caption names ("Rescuers search the rubble in Goma on Friday.")."""
    lead = lead_sentences(doc.sents)
    if not lead:
        return None
    days = [m for m in find_dates(lead[0], published, partial=True)
            if m.precision == "day" and not m.date_end and not m.date.startswith("--")
            and tense_direction(doc, m.start, m.end) == "back"
            and (m.date.startswith("XXXX") if not published else m.date[:len(published)] <= published)]
    return (lead[0].end_char, min(days, key=lambda m: m.date)) if days else None


def dates_itself(trigger, dated: EventDate) -> bool:
    """Whether a noun trigger carries its date in its own phrase ("the March 2 raid",
    "the talks on May 3"): a reference to one known event, worth a report even unnamed. A weekday
    of no known week ("the strike on Monday" in an undated text, "XXXX-WXX-1") singles out none."""
    if trigger.pos_ != "NOUN" or dated.relation != OWN_DATE or dated.mention.date.startswith("XXXX"):
        return False
    lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge.text)
    return lo <= dated.mention.start and dated.mention.end <= hi


def _owner(doc, mention: DateMention) -> int | None:
    """The index of the word a date expression modifies: "the May 3 raid", "talks on May 3"."""
    word = _word_above(doc, mention, ("NOUN", "PROPN", "VERB", "AUX"))
    return word.i if word is not None else None


def _governing_verb(doc, mention: DateMention):
    """The verb a date expression modifies ("wrote on May 6" -> wrote)."""
    return _word_above(doc, mention, ("VERB", "AUX"))


def _dating_verb(doc, mention: DateMention):
    """The verb a date expression dates: the one it modifies, or, for a date on what carried a
    statement ("said in the letter, dated Monday", "told in a statement issued on May 6"), the
    speech verb telling it: the letter's day is the day it said so."""
    verb = _governing_verb(doc, mention)
    if verb is None or verb.dep_ != "acl":
        return verb
    teller = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return teller if teller is not None and teller.lemma_.lower() in load_lexicon().speech_verbs else verb


def _word_above(doc, mention: DateMention, parts_of_speech):
    """The nearest word of those parts of speech above a date expression, outside it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span.root.ancestors
                 if t.pos_ in parts_of_speech and not span.start <= t.i < span.end), None)


def _in_clause_below(trigger, mention: DateMention, clause) -> bool:
    """Whether a date stands in a clause of its own under the trigger's ("killed since the
    coalition intervened in March 2015", "seized the city, the first they have won since
    2001"): it dates that clause's verb. A relative or participle clause on a noun trigger tells
    of the event itself ("the bombing, which happened on May 3", "the raid carried out on May 3")."""
    verb = _governing_verb(trigger.doc, mention)
    if verb is None or verb.i == clause.i or clause not in verb.ancestors:
        return False
    if trigger.pos_ != "VERB" and verb.dep_ in ("relcl", "acl") and verb.head.i == trigger.i:
        return False
    path = [verb, *(t for t in verb.ancestors if clause in t.ancestors)]   # up to the clause head
    return any(t.dep_ in SUBORDINATE_CLAUSES for t in path)   # a conjoined verb shares the date


def _distance(mention: DateMention, trigger) -> int:
    return min(abs(mention.start - trigger.idx), abs(mention.end - trigger.idx))


def _nearest(dates: list[DateMention], trigger) -> DateMention:
    return min(dates, key=lambda d: _distance(d, trigger))
