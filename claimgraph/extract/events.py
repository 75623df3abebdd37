"""Event reports: one Report per (sentence, event trigger), typed with PLOVER.

Each trigger group of a sentence becomes an EventCandidate that the event stages
(claimgraph.extract.stages) fill in, in order:

    triggers     ParsedDocument.triggers, found once per document (type, mode, the trigger's group)
    arguments    event_candidates: claimgraph.extract.arguments.find_roles (actors, targets, location)
    event dates  candidate_dates: claimgraph.extract.event_time.event_date (its own, or the day a
                 source reported it)
    casualties   candidate_casualties: claimgraph.extract.quantities.find_casualties
    weapons      candidate_weapons: the weapon words of the trigger's clause ("122mm rockets")
    attribution  candidate_attributions: claimgraph.extract.claims.find_attributions (every
                 source cited, the main one first)
    modality     candidate_modalities: claimgraph.extract.modality.modality_of, "denied" when the
                 source denies it
    reports      reports_of: keep the report when it names a participant or a place, for an
                 assault a toll, when it is the sentence's main verb with a subject and a
                 complement, or a noun with its own date ("after the March 2 raid"); drop an
                 injury or death no one is said to have caused, once a natural phenomenon was
                 named and before any assault with an actor ("the quake struck ... Many people
                 were injured"); a kept report told as done with no date takes the publication
                 day (claimgraph.extract.event_time.publication_day); a claim the main source
                 denies ("X said Y's report that ... was false") is a report of its own, Y's,
                 told as having happened

A toll told apart from any event word ("The toll is very high: more than 100 dead", "Local
officials had said around 130 people had died"), after a casualty-counting event the document
has told, is a candidate of that event's type with no participant of its own: its report refers
back, as does one naming only its unnamed victims ("a family was also killed"), unless it says
it is another event ("in a separate attack").

A trigger whose event names no one and nowhere ("the threat of war") is no report. Each candidate
collects the ids of the rules that decided it (claimgraph.extract.trace); its Report keeps them.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from claimgraph.extract.arguments import PLACE_LABELS, Roles, clause_of, find_roles
from claimgraph.extract.claims import Attribution, disputed_claimants, find_attributions
from claimgraph.extract.event_time import EventDate, dates_itself, event_date, publication_day
from claimgraph.extract.modality import modality_of
from claimgraph.extract.quantities import Casualties, find_casualties, toll_word
from claimgraph.extract.timex import document_day_first, find_dates
from claimgraph.extract.trace import fired, tracing, unique
from claimgraph.extract.triggers import Trigger, names_natural_phenomenon, other_event_words
from claimgraph.ids import record_id
from claimgraph.model import GROUP, Report
from claimgraph.ontology import Plover, load_plover
from claimgraph.ontology.lexicon import load_lexicon

STAGE = "claimgraph.events.v1"
WEAPON_MODIFIERS = ("compound", "amod", "nmod")   # a count ("52 rockets") is no part of the name


@dataclass(frozen=True)
class EventCandidate:
    """One trigger group of one sentence on its way to a Report; each event stage fills a field."""
    sent: Any                                  # spaCy Span: the sentence
    trigger: Trigger
    others: frozenset[int]                     # token indices of the sentence's other event words
    roles: Roles
    dated: EventDate | None = None
    casualties: Casualties = Casualties()
    weapons: tuple[str, ...] = ()
    weapon_mode: str | None = None
    attribution: Attribution | None = None       # the main source cited
    further_sources: tuple[Attribution, ...] = ()
    modality: str = "occurred"
    toll_only: bool = False                    # a toll told with no event word of its own
    rules: tuple[str, ...] = ()                # ids of the rules that decided it, in order

    def with_rules(self, rules, **changes) -> "EventCandidate":
        return replace(self, rules=unique(self.rules + tuple(rules)), **changes)


def event_candidates(parsed) -> tuple[EventCandidate, ...]:
    """Every trigger group of the document with its roles, sentence by sentence in text order."""
    candidates = []
    for sentence in parsed.sentences:
        sent = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if sent is None:
            continue
        triggers = parsed.triggers[sent.start]
        stated_places: dict[str, str] = {}    # type -> the place the sentence states for it
        for trigger in triggers:
            others = other_event_words(trigger, triggers)
            with tracing("argument") as rules:
                roles = find_roles(parsed, sent, trigger.token, trigger.members, trigger.type, trigger.wrapped,
                                   stated_places.get(trigger.type), trigger.orderers, others)
            if roles.stated_location:
                stated_places.setdefault(trigger.type, roles.stated_location)
            candidates.append(EventCandidate(sent, trigger, others, roles, rules=unique(trigger.rules + tuple(rules))))
        counted = [c for c in candidates if c.trigger.type in load_plover().casualty_types]
        if counted and not any(t.type in load_plover().casualty_types for t in triggers):
            toll = _toll_candidate(parsed, sent, counted[-1].trigger.type)
            if toll is not None:
                candidates.append(toll)
    return tuple(candidates)


def _toll_candidate(parsed, sent, type_name: str) -> EventCandidate | None:
    """A toll stated with no event word, as a candidate of the type of the event told before it;
    none when the sentence names a natural cause ("the quake's toll rose to 300"). The dead are
    counted, not named as anyone's target; whoever speaks is no actor."""
    word = toll_word(sent)
    if word is None or any(t.lemma_.lower() in load_lexicon().natural_causes for t in sent):
        return None
    trigger = Trigger(word, type_name, None, (word,), rules=("trigger:toll_told_apart",))
    with tracing("argument") as rules:
        roles = find_roles(parsed, sent, word, (word,), type_name)
    roles = replace(roles, actors=(), targets=())
    return EventCandidate(sent, trigger, frozenset(), roles, toll_only=True, rules=unique(trigger.rules + tuple(rules)))


def candidate_dates(parsed) -> list[tuple[EventDate | None, list[str]]]:
    """Each candidate's date (claimgraph.extract.event_time) and the rules that chose and read it."""
    day_first = document_day_first(parsed.document.text)   # once: it reads the whole text
    by_sentence: dict[int, list] = {}
    found = []
    for candidate in parsed.candidates:
        sent, token = candidate.sent, candidate.trigger.token
        if sent.start not in by_sentence:
            by_sentence[sent.start] = find_dates(sent, parsed.document.published, day_first=day_first, partial=True)
        with tracing("date") as rules:
            dated = event_date(token, clause_of(token), by_sentence[sent.start], candidate.others)
        found.append((dated, rules + list(dated.mention.rules) if dated else rules))
    return found


def candidate_casualties(parsed) -> list[Casualties]:
    return [find_casualties(c.sent, c.trigger.token, c.others) for c in parsed.candidates]


def candidate_weapons(parsed) -> list[tuple[tuple[str, ...], str | None]]:
    plover = load_plover()
    return [_weapons(clause_of(c.trigger.token), plover) for c in parsed.candidates]


def candidate_attributions(parsed) -> list[tuple[tuple[Attribution | None, tuple[Attribution, ...]], list[str]]]:
    """Each candidate's main source and the further ones its sentence cites."""
    found = []
    for c in parsed.candidates:
        with tracing("attribution") as rules:
            sources = find_attributions(parsed, c.sent, c.trigger.token)
        found.append(((sources[0] if sources else None, sources[1:]), rules))
    return found


def candidate_modalities(parsed) -> list[tuple[str, list[str]]]:
    """How each sentence presents its event; a source denying it makes it denied."""
    plover = load_plover()
    found = []
    for c in parsed.candidates:
        with tracing("modality") as rules:
            modality = modality_of(c.trigger.token)
            if c.attribution is not None and c.attribution.denial:
                modality = "denied"
                fired("modality:source_denies")
            if modality == "denied" and c.trigger.type in plover.disputing_types:
                # "will not release them" is a refusal made, not an act denied; "denied the
                # allegations" disputes what they say, not that they were made
                modality = "occurred"
                fired("modality:refusal_is_its_own_act")
        found.append((modality, rules))
    return found


def reports_of(parsed) -> tuple[Report, ...]:
    """The candidates worth a report (the module docstring), as Reports in text order."""
    reports = []
    natural_told, sentence = False, None   # a natural phenomenon named so far ("the quake")
    for candidate in parsed.candidates:
        if candidate.sent.start != sentence:
            sentence = candidate.sent.start
            natural_told = natural_told or any(names_natural_phenomenon(t) for t in candidate.sent)
        with tracing("report") as rules:
            report = _report(parsed, candidate)
            if report is not None and natural_told and _bare_harm(report, candidate.trigger) and not any(
                    r.actors for r in reports if r.type in load_plover().casualty_types):
                fired("report:harm_after_natural_phenomenon")
                report = None   # "Many people were injured", told of the quake above
        if report is not None:
            reports.append(replace(report, rules=unique(candidate.rules + tuple(rules))))
            reports += _disputed_claims(parsed, reports[-1], candidate)
    return tuple(reports)


def _disputed_claims(parsed, report: Report, candidate: EventCandidate) -> list[Report]:
    """ "X said Y's claim that troops shelled the town was false": Y's claim is a report of its
    own, told as having happened, beside X's denial, so the two stand apart as sources."""
    claims = []
    for claimant in disputed_claimants((candidate.attribution,) + candidate.further_sources
                                       if candidate.attribution else ()):
        claims.append(replace(report, id=record_id("report", parsed.document.id, report.evidence.start,
                                                   report.type, claimant.entity_id),
                              modality="occurred", attributed_to=claimant.entity_id, also_attributed_to=(),
                              source_text=claimant.text,
                              rules=tuple(r for r in report.rules if not r.startswith("modality:"))
                              + ("report:disputed_claim",)))
    return claims


def _report(parsed, candidate: EventCandidate) -> Report | None:
    trigger, roles, dated, casualties = candidate.trigger, candidate.roles, candidate.dated, candidate.casualties
    token = trigger.token
    named_anything = _names_anything(parsed, roles, token)
    toll = casualties.killed is not None or casualties.injured is not None
    # "the strikes killed 90 fighters": the group's event noun may be the description
    refers_back = any(_is_definite_description(m) for m in (trigger.members or (token,)))
    if _identifies_the_last(token):
        # "It was the third raid on X this year": the event just told, one of a series the rest
        # of the sentence describes; its participants and dates are the series', not asserted
        # of this event
        fired("report:identifies_the_last")
        refers_back, roles, dated = True, replace(roles, actors=(), targets=()), None
    elif refers_back:
        fired("report:definite_description")
        if _describes_no_participant(parsed, roles, trigger):
            # "the attack in X", "the 4:40 a.m. air raid" that "Y confirmed": the words of the
            # description name no one, whoever the verb carrying it names
            fired("report:describes_no_participant")
    # "more than 40 dead and 70 wounded", "a family was also killed": a killing or wounding
    # naming no one but its unnamed victims, and no place or day of its own, tells more of the
    # event told before it, unless it says it is another ("in a separate attack"); taking
    # hostages is an act of its own
    counts_casualties = trigger.type in load_plover().casualty_types
    harm = toll or token.lemma_.lower() in load_lexicon().harm_words
    if candidate.toll_only or (counts_casualties and harm and _counts_only_victims(parsed, roles)
                               and not (dated and dates_itself(token, dated)) and not _says_another(trigger)):
        fired("report:tells_more_of_the_last")
        refers_back = True
    if _says_another(trigger):
        fired("report:says_another")    # resolution keeps it apart from the event told before
    # "insisted that no such raid took place": a denial of a known event is a claim worth keeping
    denies_known = refers_back and candidate.modality == "denied"
    kept = next((rule for rule, holds in (
        ("report:names_participant_or_place", named_anything),
        ("report:casualty_toll", counts_casualties and toll),
        ("report:main_act", _main_act(token)),
        ("report:dates_itself", dated and dates_itself(token, dated)),
        ("report:denies_known_event", denies_known)) if holds), None)
    if kept is None:
        return None
    fired(kept)
    attribution = candidate.attribution
    if not _identifies_the_last(token):
        dated = dated or publication_day(token, candidate.modality, parsed.document.published)
    date = dated.mention if dated else None
    mode = trigger.mode or (candidate.weapon_mode if counts_casualties else None)
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
        date_text=(date.text or None) if date else None,
        date_relation=dated.relation if dated else None,
        killed=casualties.killed if counts_casualties else None,
        injured=casualties.injured if counts_casualties else None,
        weapons=candidate.weapons,
        modality=candidate.modality,
        attributed_to=attribution.entity_id if attribution else None,
        also_attributed_to=tuple(dict.fromkeys(a.entity_id for a in candidate.further_sources
                                               if a.entity_id and a.entity_id != attribution.entity_id)),
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


def _bare_harm(report: Report, trigger: Trigger) -> bool:
    """An injury or death no one is said to have caused ("Many people were injured")."""
    return (report.type in load_plover().casualty_types and not report.actors
            and trigger.token.lemma_.lower() in load_lexicon().harm_words)


def _says_another(trigger: Trigger) -> bool:
    """ "a separate attack", "another raid", "killed in a new attack": an event said to be another
    one; so is one told as a run of events said to be another ("in a third day of raids",
    "killed in a fresh wave of strikes"). Only the trigger's own words (its head and the acts
    joined to it) and the event noun it happened in count: in "captured the pirates and
    thwarted another attack" the capture is no other event."""
    lexicon = load_lexicon()
    said_another = lambda noun: any(c.dep_ in ("amod", "det") and c.lower_ in lexicon.another_event_modifiers
                                    for c in noun.children)
    head = trigger.token
    members = [m for m in (trigger.members or (head,)) if m.i == head.i or (m.dep_ == "conj" and m.head.i == head.i)
               or (m.dep_ == "pobj" and m.head.dep_ == "prep" and m.head.head.i == head.i)]
    runs = [m.head.head for m in members if m.dep_ in ("pobj", "pcomp") and m.head.lower_ == "of"]
    runs += [o for m in members for p in m.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(map(said_another, members)) or any(
        said_another(run) for run in runs if run.lemma_.lower() in lexicon.event_series_nouns)


def _counts_only_victims(parsed, roles) -> bool:
    """Whether a report names no actor and no place, its targets only unnamed victims ("56
    people were killed"): what it adds to the assault told before it is the count."""
    entities = parsed.entity_by_id
    return (not roles.actors and not roles.stated_location
            and all(i in entities and entities[i].type == GROUP for i in roles.targets))


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


def _describes_no_participant(parsed, roles, trigger: Trigger) -> bool:
    """Whether the definite descriptions of a trigger group name, in their own words, no
    participant but places and unnamed groups, and tell one incident: "the attack in X", "the
    4:40 a.m. air raid", "the shelling of the clinic", "the raids on a depot in X" do;
    "the militia's attack", "the raid by X" do not, nor "the attacks on X and on a nearby
    village" or "both attacks", which sum up several incidents. Whoever the verb carrying it
    names ("Y confirmed the airstrike") is outside the description; a place its clause states
    outside it ("the explosion happened in X") is the sentence's news of the event, compared as
    any participant is."""
    descriptions = [m for m in trigger.members or (trigger.token,) if _is_definite_description(m)]
    if not descriptions or any(_sums_up_several(m) for m in descriptions):
        return False
    named = {mention.entity_id for m in descriptions for mention in parsed.mentions
             if m.left_edge.idx <= mention.start and mention.end <= m.right_edge.idx + len(m.right_edge.text)}
    entities = parsed.entity_by_id
    if roles.stated_location and roles.stated_location not in named:
        return False
    return all(entities[i].type in (*PLACE_LABELS, GROUP) for i in (set(roles.actors) | set(roles.targets)) & named
               if i in entities)


def _sums_up_several(noun) -> bool:
    """A plural event noun that coordinates or counts what it names ("the attacks on X and on
    Y", "the two blasts", "both raids")."""
    several = load_lexicon().several_events_modifiers
    return "Plur" in noun.morph.get("Number") and any(
        t.dep_ in ("conj", "nummod") or t.lower_ in several for t in noun.subtree if t is not noun)


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
