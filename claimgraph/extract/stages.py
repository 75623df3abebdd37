"""Extraction as declared stages: each named with a version, saying what it requires and assigns.

spaCy's pipeline components are the model. A Stage's `compute` reads a ParsedDocument and returns
what it found; its `write` returns the ParsedDocument with that assigned (compute is split from
writing, so a stage can be timed, tested or reused on its own). An annotation is a field of the
ParsedDocument ("names", "entities", "reports"), or for the event stages a field of each
events.EventCandidate ("roles", "modality"). `check_order` refuses a list in which a stage
requires an annotation no earlier stage assigns. The built-in stages, in order:

    claimgraph.mentions.v1          names of people, organisations, places (stated aliases retyped)
    claimgraph.triggers.v1          event triggers by sentence (the groups and events stages read them)
    claimgraph.groups.v1            unnamed groups taking part in an event ("the police")
    claimgraph.entities.v1          sentences; names and groups joined into entities and mentions
    claimgraph.publication_date.v1  the publication date the content implies, when none is printed
    claimgraph.arguments.v1         one event candidate per trigger group, with actors, targets, place
    claimgraph.event_dates.v1       each candidate's date: its own, or the day a source reported it
    claimgraph.casualties.v1        killed and injured figures
    claimgraph.weapons.v1           weapon phrases of the trigger's clause, and the mode they imply
    claimgraph.attribution.v1       who asserts it ("according to X", "X said")
    claimgraph.modality.v1          occurred, planned, threatened, possible or denied
    claimgraph.events.v1            the candidates worth a Report
    claimgraph.relations.v1         relations between the document's entities

A plugin adds a stage through the entry-point group "claimgraph.plugins" as
"stages:NAME" = "module:STAGE" (a Stage); an older "extractors:NAME" plugin, a function from a
ParsedDocument to Report and Relation records, runs as a stage after the built-in ones it needs.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from claimgraph.errors import ConfigError
from claimgraph.extract import events
from claimgraph.extract.context import ParsedDocument
from claimgraph.extract.entities import find_name_spans, group_entities, triggers_outside_names
from claimgraph.extract.group_mentions import find_group_spans
from claimgraph.extract.relations import extract_relations
from claimgraph.extract.publication import infer_publication_date
from claimgraph.extract.triggers import find_document_triggers
from claimgraph.model import Relation, Report
from claimgraph.ontology import load_plover


@dataclass(frozen=True)
class Stage:
    name: str                                  # versioned: "claimgraph.arguments.v1"
    requires: tuple[str, ...]                  # annotations earlier stages must have assigned
    assigns: tuple[str, ...]
    compute: Callable[[ParsedDocument], Any]
    write: Callable[[ParsedDocument, Any], ParsedDocument]

    def __call__(self, parsed: ParsedDocument) -> ParsedDocument:
        return self.write(parsed, self.compute(parsed))


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ConfigError, naming both, when a stage requires what no earlier stage assigns."""
    assigned = {"document", "doc"}   # what a ParsedDocument holds before any stage: the text and its parse
    for i, stage in enumerate(stages):
        for needed in stage.requires:
            if needed not in assigned:
                later = next((s.name for s in stages[i + 1:] if needed in s.assigns), None)
                where = (f"{later} assigns it but runs later" if later
                         else "no stage in the list assigns it")
                raise ConfigError(f"stage {stage.name} requires {needed!r}, which no earlier stage "
                                  f"assigns ({where}); stages: {', '.join(s.name for s in stages)}")
        assigned.update(stage.assigns)


def extractor_stage(name: str, extractor: Callable[[ParsedDocument], Sequence[Report | Relation]]) -> Stage:
    """A stage running an "extractors" plugin: it reads the entities and the publication date,
    and adds the Report and Relation records it returns."""
    return Stage(name, ("entities", "mentions", "published"), ("reports", "relations"), extractor,
                 _add_records)


def _add_records(parsed: ParsedDocument, records) -> ParsedDocument:
    return parsed.with_annotations(
        reports=parsed.reports + tuple(r for r in records if isinstance(r, Report)),
        relations=parsed.relations + tuple(r for r in records if isinstance(r, Relation)))


def _assign(*fields: str) -> Callable[[ParsedDocument, Any], ParsedDocument]:
    """A write assigning the computed value (a tuple of values for several fields)."""
    if len(fields) == 1:
        return lambda parsed, value: parsed.with_annotations(**{fields[0]: value})
    return lambda parsed, values: parsed.with_annotations(**dict(zip(fields, values)))


def _fill(*fields: str, traced: bool = True) -> Callable[[ParsedDocument, Any], ParsedDocument]:
    """A write filling fields of each event candidate from one computed value per candidate (a
    tuple for several fields), paired with the ids of the rules that decided it when `traced`."""
    def write(parsed: ParsedDocument, found) -> ParsedDocument:
        filled = []
        for candidate, value in zip(parsed.candidates, found, strict=True):
            value, rules = value if traced else (value, ())
            values = value if len(fields) > 1 else (value,)
            filled.append(candidate.with_rules(rules, **dict(zip(fields, values))))
        return parsed.with_annotations(candidates=tuple(filled))
    return write


def _publication_date(parsed: ParsedDocument) -> str | None:
    return infer_publication_date(parsed) if parsed.document.published is None else None


def _write_publication_date(parsed: ParsedDocument, inferred: str | None) -> ParsedDocument:
    if not inferred:
        return parsed
    return parsed.with_document(replace(parsed.document, published=inferred, published_origin="inferred"))


MENTIONS = Stage("claimgraph.mentions.v1", (), ("names", "aliases"),
                 lambda parsed: find_name_spans(parsed.doc), _assign("names", "aliases"))
# A trigger word inside a name ("the Front for the Support of X") is no trigger.
TRIGGERS = Stage("claimgraph.triggers.v1", ("names",), ("triggers",),
                 lambda parsed: triggers_outside_names(find_document_triggers(parsed.doc, load_plover()), parsed.names),
                 _assign("triggers"))
GROUPS = Stage("claimgraph.groups.v1", ("names", "triggers"), ("groups",),
               lambda parsed: find_group_spans(parsed.doc, parsed.names, parsed.triggers, load_plover()), _assign("groups"))
ENTITIES = Stage("claimgraph.entities.v1", ("names", "aliases", "groups"), ("sentences", "entities", "mentions"),
                 lambda p: group_entities(p.document, p.doc, p.names, p.aliases, p.groups),
                 _assign("sentences", "entities", "mentions"))
# "published" is given when the document prints its date; this stage makes it given for the others.
PUBLICATION_DATE = Stage("claimgraph.publication_date.v1", (), ("published",),
                         _publication_date, _write_publication_date)
ARGUMENTS = Stage("claimgraph.arguments.v1", ("triggers", "sentences", "entities", "mentions"),
                  ("candidates", "roles"), events.event_candidates, _assign("candidates"))
EVENT_DATES = Stage("claimgraph.event_dates.v1", ("candidates", "published"), ("event_dates",),
                    events.candidate_dates, _fill("dated"))
CASUALTIES = Stage("claimgraph.casualties.v1", ("candidates",), ("casualties",),
                   events.candidate_casualties, _fill("casualties", traced=False))
WEAPONS = Stage("claimgraph.weapons.v1", ("candidates",), ("weapons",),
                events.candidate_weapons, _fill("weapons", "weapon_mode", traced=False))
ATTRIBUTION = Stage("claimgraph.attribution.v1", ("candidates", "entities", "mentions"), ("attribution",),
                    events.candidate_attributions, _fill("attribution", "further_sources"))
MODALITY = Stage("claimgraph.modality.v1", ("candidates", "attribution"), ("modality",),
                 events.candidate_modalities, _fill("modality"))
REPORTS = Stage("claimgraph.events.v1",
                ("roles", "event_dates", "casualties", "weapons", "attribution", "modality"), ("reports",),
                events.reports_of, lambda parsed, reports: parsed.with_annotations(reports=parsed.reports + reports))
RELATIONS = Stage("claimgraph.relations.v1", ("entities", "mentions"), ("relations",),
                  extract_relations, lambda parsed, found: parsed.with_annotations(relations=parsed.relations + found))

# The stages from a document with entities to its reports.
EVENT_STAGES = (ARGUMENTS, EVENT_DATES, CASUALTIES, WEAPONS, ATTRIBUTION, MODALITY, REPORTS)


def extract_reports(parsed: ParsedDocument) -> tuple[Report, ...]:
    """Every event report of a parsed document (its entities and triggers found), in text order:
    the event stages run on it as the pipeline runs them."""
    for stage in EVENT_STAGES:
        parsed = stage(parsed)
    return parsed.reports
