"""Event triggers: the words of a parsed sentence that report a PLOVER event, and their type.

A trigger is a verb ("attacked"), a verb with a dependent ("took ... hostage", "called for"),
a giving verb whose object is aid or troops ("sent weapons", "sent troops"), or a noun ("the
attack on", "airstrikes", "a car bomb"). Two rules keep one trigger per reported event:

- a light verb that carries a noun trigger ("launched an attack", "struck a deal") yields to
  the noun, which takes the verb's subject as its actor (see claimgraph.extract.arguments);
- triggers of one type linked in the parse within two arcs ("killed in an attack", "an attack
  killing 44") form one group, reported once at its highest word;
- an act a promise, threat, refusal or appeal only speaks of ("agreed to withdraw", "threatened
  to strike", "refused to meet", "called for talks") is part of that trigger's report, whose
  targets it names, not a report of its own; orders, denials and accusations keep their act
  as its own report (plover.yaml `wrapper_types`, `reporting_wrappers`);
- a cooperative act its actor says it will do ("will withdraw", "is willing to talk") is a
  promise: AGREE (plover.yaml `promise_types`, `willingness_adjectives`).
"""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.extract.modality import FUTURE_AUX, NEGATIONS
from claimgraph.ontology import Plover

# Words inside a name of these kinds are part of the name, not an event ("Strike Force Alpha").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW",
                         "PRODUCT", "DATE", "TIME", "LANGUAGE"})
MODIFIER_DEPS = ("compound", "amod", "nmod")
RELATION_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
# Arcs from a wrapper down to the act it speaks of: complements, objects, prepositions.
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl"})


@dataclass(frozen=True)
class Trigger:
    token: object                      # spacy Token: the word reported as the event's evidence
    type: str
    mode: str | None
    members: tuple = ()                # every token of the group, the trigger's own included
    wrapped: tuple = ()                # (token, type) of acts the group only speaks of ("agreed to withdraw")


def _in_name(token) -> bool:
    return token.ent_type_ in NAME_LABELS


def _phrase_match(token, plover: Plover):
    """(type, mode) of a listed verb/noun + dependent pair: a child, or a preposition's object."""
    for child in token.children:
        found = plover.phrase(token.lemma_, child.lemma_)
        if found:
            return found
        if child.dep_ == "prep":
            for grandchild in child.children:
                found = plover.phrase(token.lemma_, grandchild.lemma_)
                if found:
                    return found
    return None


def objects_of(token) -> list:
    """Direct objects and "with" objects of a verb, with their conjuncts."""
    found = [c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    found += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    return found + [cc for o in found for cc in o.conjuncts]


def _transfer_match(token, plover: Plover):
    """A giving verb is AID when it gives aid or weapons, MOBILIZE when it sends forces."""
    for obj in objects_of(token):
        lemma = obj.lemma_.lower()
        if lemma in plover.weapons:
            return ("AID", "military")
        if lemma in plover.transfer_objects:
            return plover.transfer_objects[lemma]
    return None


def _match(token, plover: Plover):
    if _in_name(token):
        return None
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        found = _phrase_match(token, plover) if lemma in plover.phrase_heads else None
        if found is None and lemma in plover.transfer_verbs:
            found = _transfer_match(token, plover)
        found = found or plover.verb(lemma)
        if found and lemma == "meet" and any(c.dep_ == "nsubjpass" for c in token.children):
            return None  # "was met with silence": a reaction, not a meeting
        if found and found[0] in RELATION_TYPES and token.dep_ in ("acl", "amod") and token.tag_ == "VBN":
            return None  # "militias backed by X", "X-supported groups": an alliance, not an act
        if found and any(o.lemma_.lower() in plover.publication_objects for o in objects_of(token)):
            return None  # "released a statement", "issued a report": publishing, not yielding
        return found
    if token.pos_ == "ADJ" and lemma in plover.willingness_adjectives:
        # "is willing to withdraw", "ready for talks": willingness to cooperate is AGREE
        return ("AGREE", None) if any(c.dep_ in ("xcomp", "prep") for c in token.children) else None
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
        if token.pos_ == "PROPN" and not token.is_lower and not token.is_title:
            return None  # an acronym or odd casing is a name, not a word
        modifiers = tuple(c.lemma_ for c in token.children if c.dep_ in MODIFIER_DEPS)
        found = _phrase_match(token, plover) if lemma in plover.phrase_heads else None
        return found or plover.noun(lemma, modifiers)
    return None


def _distance(a, b, limit: int = 2) -> int | None:
    """Arcs from a down to b when b lies within `limit` arcs below a, else None."""
    steps, node = 0, b
    while node.i != a.i and steps < limit and node.head.i != node.i:
        node, steps = node.head, steps + 1
    return steps if node.i == a.i else None


def find_triggers(sent, plover: Plover) -> list[Trigger]:
    """Every event trigger of a spaCy sentence span, grouped as the module docstring says."""
    matched = {}
    for token in sent:
        found = _match(token, plover)
        if found:
            matched[token.i] = (token, *found)
    # A light verb carrying a noun trigger yields to it.
    for i, (token, _, _) in list(matched.items()):
        if token.pos_ == "VERB" and token.lemma_.lower() in plover.light_verbs:
            carried = [c for c in token.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
            if any(c.i in matched and matched[c.i][0].pos_ != "VERB" for c in carried):
                del matched[i]
    promised = _promises(matched, plover)
    wrapped = _absorb_wrapped(matched, plover)
    for i, act in promised.items():
        wrapped.setdefault(i, []).insert(0, act)
    # Group same-type triggers linked within two arcs; the highest word represents the group.
    groups: list[list] = []
    for token, type_name, mode in sorted(matched.values(), key=lambda m: m[0].i):
        for group in groups:
            head = group[0]
            if head[1] == type_name and (_distance(head[0], token) is not None
                                         or _distance(token, head[0]) is not None):
                group.append((token, type_name, mode))
                group.sort(key=lambda m: _depth(m[0]))
                break
        else:
            groups.append([(token, type_name, mode)])
    triggers = []
    for group in groups:
        token, type_name, _ = group[0]
        mode = next((m for _, _, m in group if m), None)
        members = tuple(m[0] for m in group)
        triggers.append(Trigger(token, type_name, mode, members,
                                tuple(w for m in members for w in wrapped.get(m.i, ()))))
    return sorted(triggers, key=lambda t: t.token.i)


def _promises(matched: dict, plover: Plover) -> dict[int, tuple]:
    """Recode as AGREE a cooperative act its actor says it will do ("X will withdraw its
    troops", "Y would release them"): the manual's promise or commitment to cooperate.
    {index: (act token, act type)}, so the act's own roles ("aid to X") still name the target."""
    promised = {}
    for i, (token, type_name, _) in list(matched.items()):
        if type_name in plover.promise_types and _future(token):
            matched[i] = (token, "AGREE", None)
            promised[i] = (token, type_name)
    return promised


def _future(token) -> bool:
    children = {c.lower_ for c in token.children if c.dep_ in ("aux", "neg")}
    return token.pos_ == "VERB" and bool(children & FUTURE_AUX) and not children & NEGATIONS


def _absorb_wrapped(matched: dict, plover: Plover) -> dict[int, list]:
    """Remove from `matched` the acts a wrapper only speaks of; {wrapper index: [(act token,
    act type)]}."""
    owner = {}
    for i, (token, _, _) in matched.items():
        wrapper = _governing_trigger(token, matched)
        if wrapper is not None and _wraps(matched[wrapper][0], matched[wrapper][1], plover):
            owner[i] = wrapper
    wrapped: dict[int, list] = {}
    for i in sorted(owner, key=lambda i: _depth(matched[i][0])):
        top = owner[i]
        while top in owner:            # "threatened to refuse to negotiate": all under "threatened"
            top = owner[top]
        wrapped.setdefault(top, []).append(matched[i][:2])
    for i in owner:
        del matched[i]
    return wrapped


def _governing_trigger(token, matched: dict, limit: int = 3) -> int | None:
    """The nearest trigger above a token whose complement it is: reached over complement,
    object and preposition arcs only ("agreed to withdraw", "rejected the deal", "called
    for talks"), not over clauses that report acts of their own ("rioted, setting fire")."""
    node = token
    for _ in range(limit):
        if node.dep_ not in EMBEDDING_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.i in matched:
            return node.i
    return None


def _wraps(token, type_name: str, plover: Plover) -> bool:
    return type_name in plover.wrapper_types and token.lemma_.lower() not in plover.reporting_wrappers


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth
