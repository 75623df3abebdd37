"""Event reports: one Report per (sentence, event trigger), typed with PLOVER.

    for each sentence:
      triggers    ParsedDocument.triggers, found once per document (type, mode, the trigger's group)
      roles       claimgraph.extract.arguments.find_roles      (actors, targets, location)
      date        claimgraph.extract.event_time.event_date     (its own, or the day a source reported it)
      casualties  claimgraph.extract.quantities.find_casualties
      weapons     the weapon words of the trigger's clause ("122mm rockets", "a car bomb")
      modality    claimgraph.extract.modality.modality_of, "denied" when the source denies it
      source      claimgraph.extract.claims.find_attribution
    keep the report when it names a participant or a place, for an assault a toll, when it
    is the sentence's main verb with a subject and a complement, or a noun with its own
    date ("after the March 2 raid")

A trigger whose event names no one and nowhere ("the threat of war") is no report.
"""
from __future__ import annotations

from dataclasses import replace

from claimgraph.extract.arguments import clause_of, find_roles
from claimgraph.extract.claims import find_attribution
from claimgraph.extract.event_time import dates_itself, event_date
from claimgraph.extract.modality import modality_of
from claimgraph.extract.quantities import find_casualties
from claimgraph.extract.timex import document_day_first, find_dates
from claimgraph.extract.triggers import Trigger, other_event_words
from claimgraph.ids import record_id
from claimgraph.model import Report
from claimgraph.ontology import Plover, load_plover
from claimgraph.ontology.lexicon import load_lexicon

STAGE = "claimgraph.events.v1"
WEAPON_MODIFIERS = ("compound", "amod", "nmod")   # a count ("52 rockets") is no part of the name


def extract_reports(parsed) -> tuple[Report, ...]:
    """Every event report of a parsed document, in text order (see the module docstring)."""
    plover = load_plover()
    day_first = document_day_first(parsed.document.text)   # once: it reads the whole text
    reports = []
    for sentence in parsed.sentences:
        sent = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if sent is None:
            continue
        dates = find_dates(sent, parsed.document.published, day_first=day_first, partial=True)
        triggers = parsed.triggers[sent.start]
        stated_places: dict[str, str] = {}    # type -> the place the sentence states for it
        for trigger in triggers:
            others = other_event_words(trigger, triggers)
            roles = find_roles(parsed, sent, trigger.token, trigger.members, trigger.type, trigger.wrapped,
                               stated_places.get(trigger.type), trigger.orderers, others)
            if roles.stated_location:
                stated_places.setdefault(trigger.type, roles.stated_location)
            report = _report(parsed, sent, trigger, roles, dates, plover, others)
            if report is not None:
                reports.append(report)
    return tuple(reports)


def _report(parsed, sent, trigger: Trigger, roles, dates, plover: Plover, other_events=frozenset()) -> Report | None:
    token = trigger.token
    casualties = find_casualties(sent, token)
    named_anything = _names_anything(parsed, roles, token)
    toll = casualties.killed is not None or casualties.injured is not None
    clause = clause_of(token)
    dated = event_date(token, clause, dates, other_events)
    attribution = find_attribution(parsed, sent, token)
    modality = modality_of(token)
    if attribution is not None and attribution.denial:
        modality = "denied"
    if modality == "denied" and trigger.type in plover.disputing_types:
        # "will not release them" is a refusal made, not an act denied; "denied the
        # allegations" disputes what they say, not that they were made
        modality = "occurred"
    # "the strikes killed 90 fighters": the group's event noun may be the description
    refers_back = any(_is_definite_description(m) for m in (trigger.members or (token,)))
    if _identifies_the_last(token):
        # "It was the third raid on X this year": the event just told, one of a series the rest
        # of the sentence describes; its participants and dates are the series', not asserted
        # of this event
        refers_back, roles, dated = True, replace(roles, actors=(), targets=()), None
    # "insisted that no such raid took place": a denial of a known event is a claim worth keeping
    denies_known = refers_back and modality == "denied"
    counts_casualties = trigger.type in plover.casualty_types
    if not (named_anything or (counts_casualties and toll) or _main_act(token)
            or (dated and dates_itself(token, dated)) or denies_known):
        return None
    weapons, weapon_mode = _weapons(clause, plover)
    date = dated.mention if dated else None
    mode = trigger.mode or (weapon_mode if counts_casualties else None)
    start, end = token.idx, token.idx + len(token.text)
    return Report(
        id=record_id("report", parsed.document.id, start, trigger.type),
        doc_id=parsed.document.id,
        type=trigger.type,
        evidence=parsed.evidence(start, end),
        mode=mode,
        trigger=token.text,
        actors=roles.actors,
        targets=roles.targets,
        location=roles.location,
        date=date.date if date else None,
        date_precision=date.precision if date else None,
        date_end=date.date_end if date else None,
        date_text=date.text if date else None,
        date_relation=dated.relation if dated else None,
        killed=casualties.killed if counts_casualties else None,
        injured=casualties.injured if counts_casualties else None,
        weapons=weapons,
        modality=modality,
        attributed_to=attribution.entity_id if attribution else None,
        source_text=attribution.text if attribution else None,
        refers_back=refers_back,
        stage=STAGE,
    )


def _names_anything(parsed, roles, token) -> bool:
    """Whether a report names a participant or a place stated in its own clauses. An unnamed
    group ("the protesters") counts only in the sentence's main clause: elsewhere ("condemned
    the massacre of civilians") it is mostly a passing reference to an event reported in full
    nearby."""
    if roles.stated_location:
        return True
    entities = parsed.entity_by_id
    participants = [entities[i].type if i in entities else None for i in roles.actors + roles.targets]
    # a one-sentence document (a wire brief, a coded record) has no fuller report to refer to
    alone = len(parsed.sentences) == 1
    return any(t != "GROUP" for t in participants) or (bool(participants) and (_in_main_clause(token) or alone))


def _in_main_clause(token) -> bool:
    """The sentence's root, or its object or complement ("staged a rally", "threatened to strike");
    a subject ("the assassination of these clerics was met with silence") refers back."""
    return token.dep_ == "ROOT" or (token.head.dep_ == "ROOT" and token.dep_ in (
        "dobj", "xcomp", "ccomp", "attr", "conj"))


def _main_act(token) -> bool:
    """A sentence's main verb with a subject and an object is an event even when they are unnamed
    ("rebels kidnapped sixteen advisers"): the small model leaves many such groups unnamed."""
    if token.pos_ != "VERB" or token.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in token.children}
    return bool(deps & {"nsubj", "nsubjpass"}) and bool(deps & {"dobj", "prep", "xcomp", "nsubjpass"})


def _identifies_the_last(token) -> bool:
    """A noun trigger said of "this" or "it" by a copula: "It was the third raid this year"."""
    head = token.head
    return (token.pos_ == "NOUN" and token.dep_ == "attr" and head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ in load_lexicon().referring_subjects for c in head.children))


def _is_definite_description(token) -> bool:
    """A noun trigger with a definite or demonstrative determiner, or "such" ("the attack", "this
    massacre", "no such raid") names an event the reader already knows of, usually from an
    earlier sentence."""
    return token.pos_ == "NOUN" and any(c.lower_ == "such" or (c.dep_ == "det" and c.lower_ in load_lexicon().definite_determiners)
                                        for c in token.children)


def _weapons(clause, plover: Plover) -> tuple[tuple[str, ...], str | None]:
    """Weapon phrases in a clause, as written with their modifiers, and the mode the first implies."""
    names, mode = [], None
    for token in clause.subtree:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
            continue
        # A number glued to a unit is a calibre ("122mm"), part of the name; a count is not.
        modifiers = [c for c in token.children if c.i < token.i and (
            c.dep_ in WEAPON_MODIFIERS or (c.dep_ == "nummod" and not c.whitespace_))]
        pairs = [f"{m.lemma_.lower()} {token.lemma_.lower()}" for m in modifiers]
        key = next((p for p in pairs if p in plover.weapons), token.lemma_.lower())
        if key not in plover.weapons:
            continue
        # The name spans the contiguous modifiers before the head ("122mm", "Katyusha", "car").
        modifier_words = {t.i for m in modifiers for t in m.subtree}
        first = token
        while first.i - 1 in modifier_words:
            first = first.doc[first.i - 1]
        names.append(token.doc[first.i:token.i + 1].text)
        mode = mode or plover.weapons[key]
    return tuple(dict.fromkeys(names)), mode
