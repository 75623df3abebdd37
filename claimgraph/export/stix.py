"""STIX 2.1 bundle (the `stix2` library, extra "exchange"): who acted, against whom, where, as
threat intelligence tools (OpenCTI, MISP) read it.

- an entity acting in an event ACLED would call political violence (ontology/acled.yaml) is a
  threat-actor; any other person an identity (individual), organisation an identity
  (organization), unnamed group or nationality an identity (group);
- a place is a location with its ISO country (STIX requires a country, a region or
  coordinates, so a place whose country the gazetteer does not know is left out; its name stays in
  the descriptions);
- each event is a relationship from each actor to each target ("targets" for violence, else its
  PLOVER type), dated, described by its type and first report's sentence; each relation between two
  entities a relationship ("member-of", "located-at" ...);
- each document a report of everything found in it, with its URL as external reference.

Ids are UUIDv5 of claimgraph's ids and timestamps come from the documents, so one store exports
one bundle, byte for byte. The bundle is built through stix2's classes, which check every object.
"""
from __future__ import annotations

import itertools
import uuid
from collections import defaultdict
from typing import TextIO

from claimgraph.export.acled import POLITICAL_VIOLENCE
from claimgraph.export.dates import at_precision, days, first_day
from claimgraph.export.optional import require
from claimgraph.ontology import gazetteer
from claimgraph.ontology.acled import load_acled
from claimgraph.views import ExportData, ExportEntity, ExportEvent

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/claimgraph/stix")
EPOCH = "1970-01-01T00:00:00Z"
PLACES = frozenset({"GPE", "LOC", "FAC"})
IDENTITY_CLASSES = {"PERSON": "individual", "ORG": "organization", "GROUP": "group", "NORP": "group"}
PREDICATES = {"located_in": "located-at"}    # STIX's own name; others read as they are, hyphenated


def stix_id(kind: str, *claimgraph_ids: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, '/'.join(claimgraph_ids))}"


class StixExporter:
    suffix = ".json"

    def __init__(self):
        require("stix2", "stix")           # a missing library is said before the store is read

    def write(self, graph: ExportData, stream: TextIO) -> None:
        stream.write(bundle(graph).serialize(pretty=True, ensure_ascii=False))
        stream.write("\n")


def bundle(graph: ExportData):
    """The whole graph as a stix2.Bundle."""
    stix2 = require("stix2", "stix")
    dates = sorted(filter(None, (first_day(d.published) for d in graph.documents)))
    stamp = f"{dates[-1]}T00:00:00Z" if dates else EPOCH
    common = {"created": stamp, "modified": stamp, "allow_custom": False}
    acled = load_acled()
    violent = {e.id for e in graph.events if _violent(e, acled)}
    threat_actors = {a for e in graph.events if e.id in violent for a in e.actors}
    objects: dict[str, object] = {}
    for entity in graph.entities:
        made = _entity_object(stix2, entity, entity.id in threat_actors, common)
        if made is not None:
            objects[entity.id] = made
    relationships = defaultdict(list)           # document id -> relationship ids from it
    extra = []
    for event in graph.events:
        for actor, target in itertools.product(event.actors, event.targets):
            if actor in objects and target in objects:
                rel = stix2.Relationship(
                    id=stix_id("relationship", event.id, actor, target), source_ref=objects[actor].id,
                    target_ref=objects[target].id,
                    relationship_type="targets" if event.id in violent else event.type.lower(),
                    description=_describe(event), **_times(event), **common)
                extra.append(rel)
                for report in event.reports:
                    relationships[report.doc].append(rel.id)
    for relation in graph.relations:
        if relation.object in objects and relation.subject in objects:
            rel = stix2.Relationship(
                id=stix_id("relationship", relation.id), source_ref=objects[relation.subject].id,
                target_ref=objects[relation.object].id,
                relationship_type=PREDICATES.get(relation.predicate, relation.predicate.replace("_", "-")),
                description=relation.evidence[0].text if relation.evidence else None, **common)
            extra.append(rel)
            for evidence in relation.evidence:
                relationships[evidence.doc].append(rel.id)
    mentioned = defaultdict(set)
    for entity in graph.entities:
        if entity.id in objects:
            for span in entity.mentions:
                mentioned[span.doc].add(objects[entity.id].id)
    reports = []
    for document in graph.documents:
        refs = sorted(mentioned[document.id] | set(relationships[document.id]))
        if not refs:
            continue
        published = first_day(document.published)
        reports.append(stix2.Report(
            id=stix_id("report", document.id), name=document.title or document.source, report_types=["threat-report"],
            published=f"{published}T00:00:00Z" if published else stamp, object_refs=refs,
            external_references=[{"source_name": document.outlet or "claimgraph", "url": document.url,
                                  "external_id": document.id} if document.url else
                                 {"source_name": document.outlet or "claimgraph", "external_id": document.id,
                                  "description": document.source}],
            **common))
    return stix2.Bundle(*objects.values(), *extra, *reports, id=stix_id("bundle", *(d.id for d in graph.documents)),
                        allow_custom=False)


def _entity_object(stix2, entity: ExportEntity, threat_actor: bool, common: dict):
    sid = lambda kind: stix_id(kind, entity.id)
    aliases = list(entity.aliases) or None
    if entity.type in PLACES:
        code = gazetteer.country_code(entity.name) or gazetteer.country_of(entity.name)
        return stix2.Location(id=sid("location"), name=entity.name, country=code, **common) if code else None
    if threat_actor:
        return stix2.ThreatActor(id=sid("threat-actor"), name=entity.name, aliases=aliases, **common)
    if entity.type in IDENTITY_CLASSES:
        return stix2.Identity(id=sid("identity"), name=entity.name, identity_class=IDENTITY_CLASSES[entity.type],
                              **common)
    return None


def _violent(event: ExportEvent, acled) -> bool:
    rule = acled.category(event.type, event.mode, civilian_targets=False)
    return rule is not None and acled.disorder_types[rule.event_type] == POLITICAL_VIOLENCE


def _describe(event: ExportEvent) -> str:
    head = event.type + (f" ({event.mode})" if event.mode else "") + (f" on {when}" if (when := at_precision(event.date, event.date_precision)) else "")
    sentence = " ".join(event.reports[0].text.split()) if event.reports else ""
    return f"{head}: {sentence}" if sentence else head


def _times(event: ExportEvent) -> dict:
    """The days the event's date covers at its precision, from the first's start to the last's end."""
    span = days(event.date, event.date_precision, event.date_end)
    return {"start_time": f"{span[0]}T00:00:00Z", "stop_time": f"{span[1]}T23:59:59Z"} if span else {}
