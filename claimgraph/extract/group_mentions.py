"""Unnamed groups taking part in events: "the police", "Afghan rebels", "thousands of students".

News names many actors and victims only by what they are. Where a noun phrase headed by an
actor noun (plover.yaml `actor_nouns`) fills the actor or target role of an event trigger
(claimgraph.extract.arguments.role_tokens) and no name stands for it, the phrase becomes a
mention labelled GROUP: the head noun with the modifiers written before it, less determiners,
counts and possessives ("two British soldiers" -> "British soldiers"). A partitive head gives
way to its "of" object ("a group of diplomats" -> "diplomats").

A nationality word modifying a role phrase or a noun trigger that no name stands for becomes a
group of its own ("rejected a Moroccan proposal" -> "Moroccan", "Israeli air strikes" ->
"Israeli"): the entity stage keeps no demonym adjective as a name, yet the manual codes the
people it names as the participant.

A source a trigger's sentence cites for it and names only by what it is ("local officials
said", "according to a security official", "state television reported") becomes a group too
(claimgraph.extract.claims.source_heads), so the report can be attributed to it.

Only role fillers and cited sources become groups, so the entity count of a long article grows by its event
participants, not by every common noun. Group entities are local to their document: the police
of one report are not the police of another (claimgraph.resolve.entities never merges them).
"""
from __future__ import annotations

from claimgraph.extract.arguments import pobjs, role_tokens
from claimgraph.extract.claims import source_heads
from claimgraph.extract.quantities import toll_word
from claimgraph.extract.mentions import NameSpan
from claimgraph.extract.triggers import Trigger
from claimgraph.model import GROUP
from claimgraph.ontology import Plover
from claimgraph.ontology.name_vocabulary import is_acronym
from claimgraph.ontology.lexicon import load_lexicon
RULE = "actor noun"
SOURCE_RULE = "source noun"
# Children written before a head noun that belong to a group's description ("riot police",
# "Afghan rebels", "pro-government militias"); determiners, counts and possessives do not.
DESCRIBING_DEPS = frozenset({"compound", "amod", "nmod"})
# Children that name the group themselves: an appositive or possessive name, an "of" name.
NAMING_DEPS = frozenset({"appos", "poss", "compound", "amod", "nmod"})


def find_group_spans(doc, names: tuple[NameSpan, ...], triggers: dict[int, list[Trigger]],
                     plover: Plover) -> tuple[NameSpan, ...]:
    """GROUP spans for the unnamed actors, targets and sources of a Doc's event triggers (by
    sentence, claimgraph.extract.triggers.find_document_triggers) and of its tolls told apart
    (claimgraph.extract.quantities.toll_word), by position."""
    named = {i for span in names for i in range(span.start, span.end)}
    found: dict[int, NameSpan] = {}
    for sentence_triggers in triggers.values():
        for trigger in sentence_triggers:
            roles = role_tokens(trigger.members, trigger.type, trigger.wrapped)
            for token in roles.actors + roles.targets:
                for head in _group_heads(token, plover):
                    span = _group_span(head, named, plover.actor_nouns)
                    if span is not None:
                        found[span.start] = span
                    elif not _named_by(head, named):
                        for demonym in _demonyms(head, named):
                            found.setdefault(demonym.start, demonym)
            for token in roles.modifiers:
                for demonym in _demonyms(token, named, itself=True):
                    found.setdefault(demonym.start, demonym)
            for head in source_heads(trigger.token):
                span = _source_span(head, named, plover)
                if span is not None:
                    found.setdefault(span.start, span)
    for sent in doc.sents:   # a toll told apart from any event word has its sources too
        word = toll_word(sent) if not triggers.get(sent.start) else None
        for head in source_heads(word) if word is not None else ():
            span = _source_span(head, named, plover)
            if span is not None:
                found.setdefault(span.start, span)
    return tuple(sorted(found.values(), key=lambda s: s.start))


def _demonyms(head, named: set[int], itself: bool = False) -> list[NameSpan]:
    """Nationality words modifying a role phrase ("a Moroccan proposal"), or the modifier
    itself when it is one ("Israeli" of "Israeli air strikes"), that no name covers."""
    words = [head] if itself else [c for c in head.children if c.dep_ in NAMING_DEPS and c.i < head.i]
    spans = []
    for word in words:
        if word.ent_type_ != "NORP" or word.i in named:
            continue
        start, end = word.i, word.i + 1
        while start > 0 and head.doc[start].ent_iob_ == "I" and head.doc[start - 1].ent_type_ == "NORP":
            start -= 1
        while end < len(head.doc) and head.doc[end].ent_iob_ == "I" and head.doc[end].ent_type_ == "NORP":
            end += 1
        if not any(i in named for i in range(start, end)):
            spans.append(NameSpan(start, end, GROUP, "demonym"))
    return spans


def _group_heads(token, plover: Plover, depth: int = 0) -> list:
    """The heads a role phrase may name groups with: itself, or its "of" object when it
    counts or gathers ("thousands of"), then its appositions and conjuncts."""
    if depth > 4:
        return []
    if token.lower_ in load_lexicon().relative_pronouns and token.head.dep_ == "relcl":
        token = token.head.head
    heads = [token]
    if token.lemma_.lower() in plover.partitive_nouns or token.pos_ == "NUM":
        heads = pobjs(token, {"of"}) or heads
    for child in (c for h in list(heads) for c in h.children if c.dep_ == "conj"):
        heads += _group_heads(child, plover, depth + 1)
    return heads


def _source_span(head, named: set[int], plover: Plover) -> NameSpan | None:
    """The group a source phrase names: the body its member speaks for ("health ministry
    officials", "a spokesman for the interior ministry": the ministry), else the phrase itself."""
    if any(t.i in named for g in pobjs(head, load_lexicon().speaks_for_prepositions) for t in g.subtree):
        return None   # "a spokesman for President X": X's voice, a name
    if head.lemma_.lower() in load_lexicon().speaking_member_nouns and not _named_by(head, named):
        bodies = [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
        bodies += pobjs(head, {"of", "for"})
        for body in bodies:
            span = _group_span(body, named, plover.actor_nouns, SOURCE_RULE)
            if span is not None:
                return span
    if head.pos_ == "PROPN" and is_acronym(head.text) and not _named_by(head, named):
        return NameSpan(head.i, head.i + 1, "ORG", SOURCE_RULE)   # an outlet's acronym the model missed: "KUNA was told"
    return _group_span(head, named, plover.actor_nouns | load_lexicon().source_nouns, SOURCE_RULE)


def _group_span(head, named: set[int], nouns: frozenset[str], rule: str = RULE) -> NameSpan | None:
    """The group a head noun names, unless it is none of `nouns` or a name stands for it."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in nouns:
        return None
    if _named_by(head, named):
        return None
    start = head.i
    describing = [c for c in head.children if c.dep_ in DESCRIBING_DEPS and c.i < head.i]
    for child in sorted(describing, key=lambda c: -c.i):
        if child.right_edge.i + 1 != start:   # keep the modifiers adjacent to the head
            break
        start = child.left_edge.i
    owner = [t.i for t in head.doc[start:head.i] if t.tag_ == "POS"]
    start = owner[-1] + 1 if owner else start   # "the regime's embassy": the owner is no description
    while start < head.i and (head.doc[start].is_punct or head.doc[start].pos_ in ("DET", "NUM", "CCONJ")):
        start += 1
    return NameSpan(start, head.i + 1, GROUP, rule)


def _named_by(head, named: set[int]) -> bool:
    """Whether a name is the group's own word: the head, a name modifier, an apposition
    ("the leader, X"), or the "of" object of a member noun ("leaders of X")."""
    if head.i in named:
        return True
    parts = [c for c in head.children if c.dep_ in NAMING_DEPS]
    parts += pobjs(head, {"of", "for"})   # "leaders of X", "a spokesman for X"
    return any(t.i in named for part in parts for t in part.subtree)
