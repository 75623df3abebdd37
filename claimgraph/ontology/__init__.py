"""PLOVER as typed data: the event types, their modes and trigger words, read once from plover.yaml.

`load_plover()` returns a frozen `Plover` whose indexes answer the extractor's questions: which
(type, mode) a verb lemma, a noun (with its modifier), a verb-plus-dependent phrase, a giving
verb's object or a weapon word reports.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType
from typing import Mapping

import yaml

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

TypeMode = tuple[str, "str | None"]


@dataclass(frozen=True)
class EventType:
    name: str
    definition: str
    modes: Mapping[str, str]                  # mode name -> what it covers
    verbs: Mapping[str, str | None]           # verb lemma -> mode
    nouns: Mapping[str, str | None]           # noun lemma or "modifier head" -> mode
    phrases: Mapping[str, str | None]         # "verb dependent" -> mode


@dataclass(frozen=True)
class TriggerPattern:
    """A special case of trigger matching (trigger_patterns.yaml): the reading it reports, the
    readings it recodes, and an example sentence with the reading its trigger word gets."""
    id: str
    yields: TypeMode | None                   # None: the word is no trigger
    applies_to: tuple[TypeMode, ...]          # empty: any reading; a mode of None: every mode
    objects: frozenset[str]                   # types of the object (or actor) it looks for
    words: frozenset[str]
    example: str
    expect: tuple[str, TypeMode | None]       # (trigger word, its reading) in the example

    def recodes(self, found: TypeMode | None) -> bool:
        """Whether a reading is one this pattern applies to."""
        return found is not None and (not self.applies_to or any(
            found[0] == type_name and mode in (None, found[1]) for type_name, mode in self.applies_to))


@dataclass(frozen=True)
class Plover:
    types: Mapping[str, EventType]
    verbs: Mapping[str, TypeMode]             # lemma -> (type, mode), across all types
    nouns: Mapping[str, TypeMode]
    phrases: Mapping[tuple[str, str], TypeMode]
    phrase_heads: frozenset[str]              # verbs that begin some phrase
    light_verbs: frozenset[str]
    transfer_verbs: frozenset[str]
    own_moves: frozenset[str]                 # transfer verbs moving one's own weapons: MOBILIZE
    transfer_objects: Mapping[str, TypeMode]  # object lemma -> (AID|MOBILIZE, mode)
    weapons: Mapping[str, str | None]         # weapon lemma or "modifier head" -> ASSAULT mode
    non_event_compounds: frozenset[str]       # "modifier head" pairs naming no event
    publication_objects: frozenset[str]       # objects that make a verb publishing ("released a report")
    wrapper_types: frozenset[str]             # types whose trigger only speaks of the act it governs
    reporting_wrappers: frozenset[str]        # their words whose act is still reported ("denied")
    order_words: frozenset[str]               # "ordered X to attack": reported as the planned act
    promise_types: frozenset[str]             # cooperative types that said in the future are AGREE
    willingness_adjectives: frozenset[str]    # "willing to", "ready for": AGREE
    actor_nouns: frozenset[str]               # common nouns naming an unnamed actor ("the police")
    partitive_nouns: frozenset[str]           # nouns whose "of" object is the group ("thousands of")
    reversals: tuple                          # (verbs, nouns, object types, type, rule id): "lifted the curfew" CONCEDE
    event_heads: frozenset[str]               # "a mediation effort": the head reports its compound
    object_verbs: Mapping[str, TypeMode]      # triggers only with a direct object ("returned X")
    partner_verbs: frozenset[str]             # COOPERATE with a "with" partner ("shared X with Y")
    admission_verbs: frozenset[str]           # RETREAT access with a third party as object ("let observers in")
    admission_objects: frozenset[str]
    diplomats: frozenset[str]                 # whom expelling is SANCTION; anyone else, COERCE deport
    departure_verbs: frozenset[str]           # RETREAT withdraw when armed forces leave
    remains_nouns: frozenset[str]             # "found 17 bodies": the killing is an ASSAULT
    discovery_verbs: frozenset[str]
    refusal_heads: frozenset[str]             # "failed to agree": a refusal
    threat_types: frozenset[str]              # hostile acts that, said in the future, threaten
    conditional_marks: frozenset[str]         # "... unless X": a condition that makes a threat
    obligation_modals: frozenset[str]         # "X must withdraw": the speaker's demand
    protest_actors: frozenset[str]            # people whose strike or blockade is a protest
    protest_readings: Mapping[str, str]       # lemma -> PROTEST mode when done by them
    partner_types: frozenset[str]             # a "with" object is a partner ("met with X")
    giving_types: frozenset[str]              # a "to"/"for" object is the recipient
    place_target_types: frozenset[str]        # the place is the target when no one is named
    of_target_types: frozenset[str]           # a noun's "of" object is the target ("the killing of X")
    casualty_types: frozenset[str]            # reports with casualty figures and weapon modes
    natural_harm_types: frozenset[str]        # types nature or an accident never makes
    disputing_types: frozenset[str]           # a denial of these is the act itself
    statement_types: frozenset[str]           # acts by word: one speaker's, whatever their targets
    hosting_readings: frozenset[TypeMode]     # the place is the host ("visited X")
    patterns: Mapping[str, "TriggerPattern"]  # the special cases of trigger matching, by rule id

    def reversal(self, word: str, object_type: str, noun: bool = False) -> tuple[str, str] | None:
        """The type a verb (or noun) of ending, accepting or preventing reports with an act as
        object, and the rule id of the reversal that says so."""
        for verbs, nouns, objects, type_name, rule in self.reversals:
            if word.lower() in (nouns if noun else verbs) and object_type in objects:
                return type_name, rule
        return None

    def pattern(self, rule_id: str) -> "TriggerPattern":
        return self.patterns[rule_id]

    def verb(self, lemma: str) -> TypeMode | None:
        return self.verbs.get(lemma.lower())

    def noun(self, lemma: str, modifiers: tuple[str, ...] = (), of_objects: tuple[str, ...] = ()) -> TypeMode | None:
        """A noun's (type, mode): a listed "head of object" ("state of emergency") or "modifier
        head" pair ("hunger strike") first."""
        for obj in of_objects:
            found = self.nouns.get(f"{lemma.lower()} of {obj.lower()}")
            if found:
                return found
        for modifier in modifiers:
            if f"{modifier.lower()} {lemma.lower()}" in self.non_event_compounds:
                return None
        for modifier in modifiers:
            found = self.nouns.get(f"{modifier.lower()} {lemma.lower()}")
            if found:
                return found
        return self.nouns.get(lemma.lower())

    def phrase(self, verb: str, dependent: str) -> TypeMode | None:
        return self.phrases.get((verb.lower(), dependent.lower()))


def _index(types: dict[str, EventType], field: str) -> dict[str, TypeMode]:
    index: dict[str, TypeMode] = {}
    for event_type in types.values():
        for word, mode in getattr(event_type, field).items():
            if word in index:
                raise ValueError(f"plover.yaml: {field[:-1]} {word!r} is listed under both "
                                 f"{index[word][0]} and {event_type.name}")
            index[word] = (event_type.name, mode)
    return index


# Plain word lists of plover.yaml, each loaded as a frozenset field of Plover.
WORD_SETS = ("light_verbs", "transfer_verbs", "own_moves", "non_event_compounds", "publication_objects",
             "wrapper_types", "reporting_wrappers", "order_words", "promise_types", "willingness_adjectives",
             "actor_nouns", "partitive_nouns", "event_heads", "partner_verbs",
             "admission_verbs", "admission_objects", "diplomats", "departure_verbs", "remains_nouns", "discovery_verbs",
             "refusal_heads", "threat_types", "conditional_marks", "obligation_modals",
             "protest_actors", "partner_types", "giving_types", "place_target_types", "of_target_types",
             "casualty_types", "natural_harm_types", "disputing_types", "statement_types")


@functools.lru_cache(maxsize=1)
def load_plover() -> Plover:
    """The ontology, parsed and indexed once per process (it is read-only package data)."""
    data = yaml.safe_load(files("claimgraph.ontology").joinpath("plover.yaml").read_text("utf-8"))
    types = {
        name: EventType(name, spec["definition"], MappingProxyType(dict(spec.get("modes") or {})),
                        MappingProxyType(dict(spec.get("verbs") or {})),
                        MappingProxyType(dict(spec.get("nouns") or {})),
                        MappingProxyType(dict(spec.get("phrases") or {})))
        for name, spec in data["types"].items()
    }
    if tuple(types) != PLOVER_TYPES:
        raise ValueError(f"plover.yaml must list the sixteen PLOVER types in order, got {tuple(types)}")
    phrases = {tuple(k.split(" ", 1)): v for k, v in _index(types, "phrases").items()}
    transfer_objects: dict[str, TypeMode] = {}
    for key, words in data["transfer_objects"].items():
        type_name, _, mode = key.partition(" ")
        transfer_objects.update({word: (type_name, mode or None) for word in words})
    return Plover(
        types=MappingProxyType(types),
        verbs=MappingProxyType(_index(types, "verbs")),
        nouns=MappingProxyType(_index(types, "nouns")),
        phrases=MappingProxyType(phrases),
        phrase_heads=frozenset(verb for verb, _ in phrases),
        transfer_objects=MappingProxyType(transfer_objects),
        weapons=MappingProxyType(dict(data["weapons"])),
        **{name: frozenset(data[name]) for name in WORD_SETS},
        reversals=tuple((frozenset(r.get("verbs") or ()), frozenset(r.get("nouns") or ()), frozenset(r["objects"]),
                         r["type"], r["id"]) for r in data["reversals"]),
        patterns=MappingProxyType(_patterns()),
        object_verbs=MappingProxyType({verb: _type_mode(key) for verb, key in data["object_verbs"].items()}),
        protest_readings=MappingProxyType(dict(data["protest_readings"])),
        hosting_readings=frozenset(_type_mode(key) for key in data["hosting_readings"]),
    )


def _patterns() -> dict[str, TriggerPattern]:
    data = yaml.safe_load(files("claimgraph.ontology").joinpath("trigger_patterns.yaml").read_text("utf-8"))
    patterns = {}
    for spec in data["patterns"]:
        if spec["id"] in patterns:
            raise ValueError(f"trigger_patterns.yaml: {spec['id']!r} is listed twice")
        word, reading = spec["expect"]
        patterns[spec["id"]] = TriggerPattern(
            id=spec["id"], yields=_type_mode(spec["yields"]) if spec["yields"] else None,
            applies_to=tuple(_type_mode(k) for k in spec.get("applies_to") or ()),
            objects=frozenset(spec.get("objects") or ()), words=frozenset(spec.get("words") or ()),
            example=spec["example"], expect=(word, _type_mode(reading) if reading else None))
    return patterns


def _type_mode(key: str) -> TypeMode:
    """ "TYPE" or "TYPE mode" as (type, mode)."""
    type_name, _, mode = key.partition(" ")
    return type_name, mode or None
