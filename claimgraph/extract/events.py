"""Event reports: one Report per (sentence, event trigger), typed with PLOVER.

    for each sentence:
      triggers    claimgraph.extract.triggers.find_triggers    (type, mode, the trigger's group)
      roles       claimgraph.extract.arguments.find_roles      (actors, targets, location)
      date        claimgraph.extract.timex.find_dates          (in the trigger's clause, else nearest)
      casualties  claimgraph.extract.quantities.find_casualties
      weapons     the weapon words of the trigger's clause ("107mm rockets", "a car bomb")
      modality    claimgraph.extract.modality.modality_of, "denied" when the source denies it
      source      claimgraph.extract.claims.find_attribution
    keep the report when it names a participant or a place, for an assault a toll, or when it
    is the sentence's main verb with a subject and a complement

A trigger whose event names no one and nowhere ("the threat of war") is no report.
"""
from __future__ import annotations

from claimgraph.extract.arguments import clause_of, find_roles
from claimgraph.extract.claims import find_attribution
from claimgraph.extract.modality import modality_of
from claimgraph.extract.quantities import find_casualties
from claimgraph.extract.timex import document_day_first, find_dates
from claimgraph.extract.triggers import Trigger, find_triggers
from claimgraph.ids import record_id
from claimgraph.model import Report
from claimgraph.ontology import Plover, load_plover

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
        for trigger in find_triggers(sent, plover):
            report = _report(parsed, sent, trigger, dates, plover)
            if report is not None:
                reports.append(report)
    return tuple(reports)


def _report(parsed, sent, trigger: Trigger, dates, plover: Plover) -> Report | None:
    token = trigger.token
    roles = find_roles(parsed, sent, token, trigger.members, trigger.type)
    casualties = find_casualties(sent, token)
    named_anything = roles.actors or roles.targets or roles.location
    toll = casualties.killed is not None or casualties.injured is not None
    if not (named_anything or (trigger.type == "ASSAULT" and toll) or _main_act(token)):
        return None
    clause = clause_of(token)
    weapons, weapon_mode = _weapons(clause, plover)
    date = _date_for(clause, token, dates)
    attribution = find_attribution(parsed, sent, token)
    modality = modality_of(token)
    if attribution is not None and attribution.denial:
        modality = "denied"
    mode = trigger.mode or (weapon_mode if trigger.type == "ASSAULT" else None)
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
        killed=casualties.killed if trigger.type == "ASSAULT" else None,
        injured=casualties.injured if trigger.type == "ASSAULT" else None,
        weapons=weapons,
        modality=modality,
        attributed_to=attribution.entity_id if attribution else None,
        source_text=attribution.text if attribution else None,
        stage=STAGE,
    )


def _main_act(token) -> bool:
    """A sentence's main verb with a subject and an object is an event even when they are unnamed
    ("rebels kidnapped sixteen advisers"): the small model leaves many such groups unnamed."""
    if token.pos_ != "VERB" or token.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in token.children}
    return bool(deps & {"nsubj", "nsubjpass"}) and bool(deps & {"dobj", "prep", "xcomp", "nsubjpass"})


def _date_for(clause, trigger, dates):
    """The date written in the trigger's clause, else the one nearest the trigger."""
    if not dates:
        return None
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
    inside = [d for d in dates if lo <= d.start and d.end <= hi]
    candidates = inside or dates
    return min(candidates, key=lambda d: min(abs(d.start - trigger.idx), abs(d.end - trigger.idx)))


def _weapons(clause, plover: Plover) -> tuple[tuple[str, ...], str | None]:
    """Weapon phrases in a clause, as written with their modifiers, and the mode the first implies."""
    names, mode = [], None
    for token in clause.subtree:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
            continue
        # A number glued to a unit is a calibre ("107mm"), part of the name; a count is not.
        modifiers = [c for c in token.children if c.i < token.i and (
            c.dep_ in WEAPON_MODIFIERS or (c.dep_ == "nummod" and not c.whitespace_))]
        pairs = [f"{m.lemma_.lower()} {token.lemma_.lower()}" for m in modifiers]
        key = next((p for p in pairs if p in plover.weapons), token.lemma_.lower())
        if key not in plover.weapons:
            continue
        # The name spans the contiguous modifiers before the head ("107mm", "Katyusha", "car").
        modifier_words = {t.i for m in modifiers for t in m.subtree}
        first = token
        while first.i - 1 in modifier_words:
            first = first.doc[first.i - 1]
        names.append(token.doc[first.i:token.i + 1].text)
        mode = mode or plover.weapons[key]
    return tuple(dict.fromkeys(names)), mode
