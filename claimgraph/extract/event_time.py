"""Which of a sentence's dates is an event's: its own date, or the date a source reported it.

- A date written in the trigger's clause is the event's own ("the attack on May 3", "rebels
  seized the town last week"): relation "on".
- A verb trigger with no date of its own takes the nearest date on a clause above it ("X was in
  the capital on May 3 to meet Y": the meeting is on May 3), unless that clause is a speech
  verb: "the paper wrote on May 4 that 50 were killed" dates the writing, and the killing
  happened on or before it: relation "by".
- A date written on another event word is that event's alone: in "weeks after the May 3 raid,
  the ministry closed the border" the closing is not on May 3.
- A noun trigger with no date of its own takes none from the clauses above it ("X was in the
  capital on May 3 to talk about an attack": the attack is not on May 3), except the same
  "by" date of a speech verb reporting it.
"""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.extract.timex import DateMention
from claimgraph.extract.trace import fired
from claimgraph.model import OWN_DATE, REPORTED_BY
from claimgraph.ontology.lexicon import load_lexicon


@dataclass(frozen=True)
class EventDate:
    mention: DateMention
    relation: str            # OWN_DATE, or REPORTED_BY: the day a source reported it


def event_date(trigger, clause, dates: list[DateMention], other_events=frozenset()) -> EventDate | None:
    """The date of the event `trigger` names, given its clause head, the sentence's dates and the
    token indices of the sentence's other event words."""
    dates = [d for d in dates if _owner(trigger.doc, d) not in other_events]
    if not dates:
        return None
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    inside = [d for d in dates if lo <= d.start and d.end <= hi]
    if inside:
        fired("date:in_own_clause")
        return EventDate(_nearest(inside, trigger), OWN_DATE)
    above = {t.i: t for t in clause.ancestors}
    governed = [(d, verb) for d in dates if (verb := _governing_verb(trigger.doc, d)) is not None
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


def dates_itself(trigger, dated: EventDate) -> bool:
    """Whether a noun trigger carries its date in its own phrase ("the March 2 raid",
    "the talks on May 3"): a reference to one known event, worth a report even unnamed."""
    if trigger.pos_ != "NOUN" or dated.relation != OWN_DATE:
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


def _word_above(doc, mention: DateMention, parts_of_speech):
    """The nearest word of those parts of speech above a date expression, outside it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span.root.ancestors
                 if t.pos_ in parts_of_speech and not span.start <= t.i < span.end), None)


def _distance(mention: DateMention, trigger) -> int:
    return min(abs(mention.start - trigger.idx), abs(mention.end - trigger.idx))


def _nearest(dates: list[DateMention], trigger) -> DateMention:
    return min(dates, key=lambda d: _distance(d, trigger))
