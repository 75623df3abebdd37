"""Numbers as written ("1,000", "forty-four", "more than 50") and the casualty figures a sentence
states, read from its dependency parse.

A number counts as killed or injured only by its grammatical link to a word of harm: the object
of a killing verb ("killing forty-four", "assassinated four clerics"), the subject of a passive
one ("12 people were killed"), "left N dead", "N bodies/dead/wounded/martyrs", a headline's bare
"17 dead", "5 die", a toll ("the death toll rose to N", "the number of people killed has climbed
to N", "put the toll at N", "gave a toll of N killed"), or a total ("a total of N people were
killed"). Figures for groups joined by "and" ("three soldiers and nine attackers were killed")
are summed, each group kept in the figure's text. A range or hedge gives its lower bound ("between
40 and 60": 40, "more than 50": 50); "dozens", "hundreds" give the lower bound the field's coding
convention records (lexicon: casualties.vague_lower_bounds); other vague amounts ("several", "many") give None; a
share ("a third of the 300 passengers") is no count of the dead. Years, times, money, calibres
and counts of things that are not people are never casualties.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from text_to_num import text2num

from claimgraph.ontology import load_plover
from claimgraph.ontology.lexicon import load_lexicon

# No count of people exceeds the world's population (about 8 billion): a larger figure is noise
# ("99999999999999999999999 fighters"), and would not fit a store's integer column.
MAX_PEOPLE = 10 ** 10
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
    """A count written in digits or words, the lower bound of a range or hedge, or None for
    vague or unreadable amounts."""
    lexicon = load_lexicon()
    t = " ".join(text.lower().replace("\u2013", "-").split()).strip(" .,;:()")
    qualifiers, vague = _count_patterns()
    t = qualifiers.sub("", t)
    if t in lexicon.vague_lower_bounds:
        return lexicon.vague_lower_bounds[t]
    if not t or vague.search(t):
        return None
    if t in lexicon.count_words:
        return lexicon.count_words[t]
    digits = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(thousand|million))?", t)
    if digits:
        scale = {"thousand": 1_000, "million": 1_000_000}.get(digits.group(2) or "", 1)
        value = int(digits.group(1).replace(",", "")) * scale
        return value if value <= MAX_PEOPLE else None
    try:
        value = text2num(t.replace(" - ", "-"), "en")
    except ValueError:
        return None
    return value if value <= MAX_PEOPLE else None


def find_casualties(sent, trigger=None, other_events: frozenset[int] = frozenset()) -> Casualties:
    """The killed and injured figures a spaCy sentence span states; with a trigger, figures in
    the trigger's clause are preferred over others in the sentence, and a figure hanging on one
    of `other_events` (the sentence's other event words) in a relative clause on another
    participant is that event's ("fighters of the militia that executed 30 prisoners raided a
    depot, shooting four")."""
    found = [(kind, span) for span in _number_spans(sent)
             for kind in [_casualty_kind(span)] if kind and not _counted_by_another(span.root, trigger, other_events)]
    if trigger is not None:
        clause = {t.i for t in trigger.head.subtree} | {t.i for t in trigger.subtree}
        near = [(k, s) for k, s in found if s.root.i in clause]
        found = near or found
    result = {}
    for kind, span in found:
        if kind in result:
            continue
        parts = _joined_groups(span, found, kind)
        values = [1 if single else parse_number(part.text) for part, single in parts]
        if values and None not in values:
            text = " and ".join(_group_text(part) for part, _ in parts) if len(parts) > 1 else span.text
            result[kind] = (sum(values), text)
    killed, injured = result.get("killed", (None, None)), result.get("injured", (None, None))
    return Casualties(killed[0], injured[0], killed[1], injured[1])


def _counted_by_another(token, trigger, other_events: frozenset[int]) -> bool:
    """Whether the nearest event word above a figure is another event's, told in a relative
    clause on a participant other than the trigger's target ("fighters of the militia that executed
    30 prisoners raided a depot"): what the clause says its noun did before. A relative clause on the trigger's
    own phrase ("the raid on the town, which killed 50") tells the trigger's toll, and elsewhere
    the events of one sentence share its figures."""
    if trigger is None:
        return False
    for node in token.ancestors:
        if node.i == trigger.i:
            return False
        if node.i in other_events:
            return node.dep_ == "relcl" and node.head.i != trigger.i and not _in_object_phrase(node, trigger)
    return False


def _in_object_phrase(token, trigger) -> bool:
    """Whether a word lies below the trigger other than through its subject."""
    for node in token.ancestors:
        if node.i == trigger.i:
            return True
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.i == trigger.i:
            return False
    return False


def toll_word(sent):
    """The word a sentence's death or injury toll hangs on ("died", "toll", "dead"), or None
    when it states none: the evidence of a toll given apart from the event it counts."""
    for span in _number_spans(sent):
        kind = _casualty_kind(span)
        if kind and parse_number(span.text) is not None:
            counted = _counted(span.root)
            if counted.dep_ == "pobj":   # "the toll rose to 30": rose; "a toll of 30": toll
                return _governor(counted.head)
            return counted.head if counted.dep_ in ("nsubj", "nsubjpass", "dobj") else counted
    return None


def _group_text(number_span) -> str:
    """A group's figure with the noun it counts: "three soldiers"."""
    counted = _counted(number_span.root)
    return number_span.doc[number_span.start:max(counted.i, number_span.end - 1) + 1].text


def _joined_groups(span, found, kind) -> list:
    """The figure and those of the groups joined to it by "and" that share its harm ("three
    soldiers and nine attackers were killed"), each with whether it is a lone "a sergeant" that
    counts one ("a sergeant and six others"); an event noun joined so counts no one."""
    first = _counted(span.root)
    while first.dep_ == "conj":
        first = first.head
    if first.pos_ not in ("NOUN", "PROPN"):
        return [(span, False)]   # "put the toll at 358 and 228 wounded": two figures, not two groups
    members = {first.i} | {c.i for c in first.subtree if c.dep_ == "conj" and _counted_chain(c, first)}
    parts = [s for k, s in found if k == kind and _counted(s.root).i in members]
    if len(parts) < 2 and len(members) < 2:
        return [(span, False)]
    numbered = {_counted(s.root).i for s in parts}
    singles = [span.doc[i:i + 1] for i in sorted(members - numbered)
               if any(c.lower_ in ("a", "an") for c in span.doc[i].children) and span.doc[i].tag_ == "NN"
               and not load_plover().noun(span.doc[i].lemma_)]   # "12 guards and a raid": no one
    if not parts:
        return [(span, False)]
    return sorted([(p, False) for p in parts] + [(s, True) for s in singles], key=lambda p: p[0].start)


def _counted_chain(token, first) -> bool:
    while token.dep_ == "conj" and token.i != first.i:
        token = token.head
    return token.i == first.i


def _counted(number):
    """The noun a number counts ("12 people": people), else the number itself."""
    return number.head if number.dep_ == "nummod" else number


def _number_spans(sent):
    """Each number in the sentence as a span with its qualifiers ("more than 50", "forty-four")."""
    spans = []
    for token in sent:
        is_number = (token.like_num or token.tag_ == "CD" or token.lower_ == "dozen"
                     or token.lower_ in load_lexicon().vague_lower_bounds)
        if not is_number or re.search(r"[a-z]\d|\d[a-z]", token.lower_):
            continue
        counts_people = token.dep_ == "nummod" and token.head.pos_ == "NOUN" and token.head.lemma_ not in load_lexicon().not_people_nouns
        if token.ent_type_ in NON_COUNT_ENTS and not counts_people:   # "between 40 and 60 people" read as a date
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
    counted = _counted(number)
    if counted.lemma_.lower() in lexicon.not_people_nouns:
        return None
    for word in (counted, number):
        if word.lower_ in lexicon.death_nouns or word.lemma_.lower() in lexicon.death_nouns:
            return "killed"
        if word.lower_ in lexicon.injury_nouns:
            return "injured"
    for child in counted.children:  # "52 dead", "15 wounded" read as modifiers
        if child.dep_ in ("amod", "acl") and child.lower_ in lexicon.death_nouns | lexicon.injury_nouns:
            return "killed" if child.lower_ in lexicon.death_nouns else "injured"
    while counted.dep_ == "conj" and counted.head.pos_ in ("NOUN", "PROPN", "NUM"):
        counted = counted.head   # "three soldiers and nine attackers were killed": the group's role
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.lemma_.lower() in lexicon.total_nouns:
        counted = counted.head.head   # "a total of 120 people were killed"
    head, dep = counted.head, counted.dep_
    if dep in ("dobj", "nsubjpass", "attr") or (dep == "nsubj" and head.tag_ == "VBN"):
        kind = _harm_of_verb(head, counted)
        if kind:
            return kind
    if dep == "nsubj" and head.pos_ == "ADJ" and head.lower_ in lexicon.death_nouns | lexicon.injury_nouns:   # "40 dead"
        return "killed" if head.lower_ in lexicon.death_nouns else "injured"
    if dep == "nsubj" and (head.lemma_ in lexicon.die_verbs or (head.lemma_ == "lose" and _harm_of_verb(head, counted))):
        return "killed"   # "5 die in clashes", "49 lost their lives"
    if dep == "pobj" and head.dep_ == "prep":  # "the death toll rose to 30", "the lives of 12"
        return _toll_kind(_governor(head), head.lower_)
    return None


def _governor(preposition):
    """The word a preposition hangs on, past a particle ("revised the toll up to 41": revised)."""
    head = preposition.head
    return head.head if head.dep_ == "prt" else head


def _toll_kind(governor, preposition: str) -> str | None:
    """What the toll a figure is given for counts: "the death toll rose to 30", "the number of
    people killed climbed to 30", "put the toll at 30", "a toll of 30"; None when no toll (or
    the figure counts something else: "the toll from the two bombings")."""
    lexicon = load_lexicon()
    if governor.pos_ in ("NOUN", "PROPN"):
        if preposition != "of":
            return None
        if governor.lemma_.lower() in lexicon.toll_nouns:
            return "killed"
        tolls = [governor] if governor.lemma_.lower() in lexicon.toll_count_nouns else []
    else:
        if preposition not in ("to", "at"):
            return None
        tolls = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                 and c.lemma_.lower() in lexicon.toll_count_nouns]
    for toll in tolls:
        words = {t.lower_ for t in toll.subtree} | {t.lemma_.lower() for t in toll.subtree}
        if toll.lemma_.lower() == "toll":
            return "injured" if words & lexicon.injury_nouns and not words & lexicon.death_nouns else "killed"
        if words & lexicon.death_nouns or words & {"die", "kill"}:
            return "killed"
        if words & (lexicon.injury_nouns | lexicon.injure_verbs):
            return "injured"
    return None


def _harm_of_verb(verb, counted) -> str | None:
    lexicon = load_lexicon()
    lemma = verb.lemma_.lower()
    if lemma == "leave":  # "left 52 of the 100 residents dead"
        for c in verb.children:
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl") and c.lower_ in lexicon.death_nouns | lexicon.injury_nouns:
                return "killed" if c.lower_ in lexicon.death_nouns else "injured"
        return None
    if lemma == "lose":  # "49 lost their lives"
        return "killed" if any(c.dep_ == "dobj" and c.lemma_ == "life" for c in verb.children) else None
    if lemma == "claim":  # "claimed 12 lives" only
        return "killed" if counted.lemma_ == "life" else None
    if lemma in lexicon.kill_verbs or (lemma == "shoot" and any(c.lower_ == "dead" for c in verb.children)):
        return "killed"
    if lemma in lexicon.injure_verbs:
        return "injured"
    return None
