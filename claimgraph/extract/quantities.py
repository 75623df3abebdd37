"""Numbers as written ("1,000", "forty-four", "more than 50") and the casualty figures a sentence
states, read from its dependency parse.

A number counts as killed or injured only by its grammatical link to a word of harm: the object
of a killing verb ("killing forty-four", "assassinated four clerics"), the subject of a passive
one ("12 people were killed"), "left N dead", "N bodies/dead/wounded", "the death toll rose to N".
Vague amounts ("dozens", "several hundred", "many more") give None; years, times, money,
calibres and counts of things that are not people are never casualties.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from text_to_num import text2num

from claimgraph.ontology.lexicon import load_lexicon


NON_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}


@dataclass(frozen=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None
    killed_text: str | None = None
    injured_text: str | None = None



@functools.cache
def _count_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A leading bound ("more than 50": at least 50, the figure an analyst records) and a vague
    count ("dozens"), from the lexicon."""
    lexicon = load_lexicon()
    return (re.compile(r"^(?:%s)\s+" % "|".join(lexicon.count_qualifiers)),
            re.compile(r"\b(?:%s)\b" % "|".join(lexicon.vague_counts)))

def parse_number(text: str) -> int | None:
    """An exact count written in digits or words, or None for vague or unreadable amounts."""
    lexicon = load_lexicon()
    t = " ".join(text.lower().replace("\u2013", "-").split()).strip(" .,;:()")
    qualifiers, vague = _count_patterns()
    t = qualifiers.sub("", t)
    if not t or vague.search(t):
        return None
    if t in lexicon.count_words:
        return lexicon.count_words[t]
    digits = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(thousand|million))?", t)
    if digits:
        scale = {"thousand": 1_000, "million": 1_000_000}.get(digits.group(2) or "", 1)
        return int(digits.group(1).replace(",", "")) * scale
    try:
        return text2num(t.replace(" - ", "-"), "en")
    except ValueError:
        return None


def find_casualties(sent, trigger=None) -> Casualties:
    """The killed and injured figures a spaCy sentence span states; with a trigger, figures in
    the trigger's clause are preferred over others in the sentence."""
    found = [(kind, span) for span in _number_spans(sent)
             for kind in [_casualty_kind(span)] if kind]
    if trigger is not None:
        clause = {t.i for t in trigger.head.subtree} | {t.i for t in trigger.subtree}
        near = [(k, s) for k, s in found if s.root.i in clause]
        found = near or found
    result = {}
    for kind, span in found:
        value = parse_number(span.text)
        if kind not in result and value is not None:
            result[kind] = (value, span.text)
    killed, injured = result.get("killed", (None, None)), result.get("injured", (None, None))
    return Casualties(killed[0], injured[0], killed[1], injured[1])


def _number_spans(sent):
    """Each number in the sentence as a span with its qualifiers ("more than 50", "forty-four")."""
    spans = []
    for token in sent:
        is_number = token.like_num or token.tag_ == "CD" or token.lower_ == "dozen"
        if not is_number or token.ent_type_ in NON_COUNT_ENTS or re.search(r"[a-z]\d|\d[a-z]", token.lower_):
            continue
        if token.dep_ in ("compound", "quantmod") and token.head.tag_ == "CD":
            continue  # part of a larger number, taken with its head
        if _is_measure(token):
            continue
        parts = [t for t in token.subtree if t.i <= token.i]
        start = min(t.i for t in parts if t.dep_ in ("compound", "quantmod", "advmod", "amod", "det",
                                                     "punct", "nummod") or t == token)
        spans.append(sent.doc[start:token.i + 1])
    return spans


def _is_measure(token) -> bool:
    """Years, calibres, money and units: numbers that never count people."""
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    prev = token.nbor(-1) if token.i > 0 else None
    if prev is not None and prev.text in ("$", "\u00a3", "\u20ac", "#", "No."):
        return True
    if nxt is not None and nxt.lower_ in load_lexicon().not_people_nouns | {"%", "mm", "per", "billion"}:
        return True
    return bool(re.fullmatch(r"(?:1[5-9]|20)\d\d", token.text))


def _casualty_kind(span) -> str | None:
    """killed / injured when the number is linked to a word of harm, else None."""
    lexicon = load_lexicon()
    number = span.root
    counted = number.head if number.dep_ == "nummod" else number  # "12 people": the noun
    if counted.lemma_.lower() in lexicon.not_people_nouns:
        return None
    for word in (counted, number):
        if word.lower_ in lexicon.death_nouns or word.lemma_.lower() in lexicon.death_nouns:
            return "killed"
        if word.lower_ in lexicon.injury_nouns:
            return "injured"
    head, dep = counted.head, counted.dep_
    if dep in ("dobj", "nsubjpass", "attr") or (dep == "nsubj" and head.tag_ == "VBN"):
        kind = _harm_of_verb(head, counted)
        if kind:
            return kind
    if dep == "nsubj" and head.lemma_ in lexicon.die_verbs:
        return "killed"
    for child in counted.children:  # "52 dead", "15 wounded" read as modifiers
        if child.dep_ in ("amod", "acl") and child.lower_ in lexicon.death_nouns | lexicon.injury_nouns:
            return "killed" if child.lower_ in lexicon.death_nouns else "injured"
    if dep == "pobj" and head.dep_ == "prep":  # "the death toll rose to 30", "the lives of 12"
        governor = head.head
        if governor.lemma_ in load_lexicon().toll_nouns or any(
                c.lemma_ == "toll" for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")):
            return "killed"
    return None


def _harm_of_verb(verb, counted) -> str | None:
    lexicon = load_lexicon()
    lemma = verb.lemma_.lower()
    if lemma == "leave":  # "left 52 of the 100 residents dead"
        for c in verb.children:
            if (c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl")
                    and c.lower_ in lexicon.death_nouns | lexicon.injury_nouns):
                return "killed" if c.lower_ in lexicon.death_nouns else "injured"
        return None
    if lemma == "claim":  # "claimed 12 lives" only
        return "killed" if counted.lemma_ == "life" else None
    if lemma in lexicon.kill_verbs or (lemma == "shoot" and any(c.lower_ == "dead" for c in verb.children)):
        return "killed"
    if lemma in lexicon.injure_verbs:
        return "injured"
    return None
