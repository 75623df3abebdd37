"""FollowTheMoney entities as line-delimited JSON (the `followthemoney` library, extra "exchange"),
the format Aleph, OpenAleph and OpenSanctions' tools load.

- each document is an Article (title, author, publisher, publishedAt, sourceUrl);
- a person is a Person, an organisation or unnamed group an Organization, a place an Address
  (full name, country); nationalities and weapons are no FtM entities and are left out;
- each event is an Event: name (PLOVER type and mode), date or start and end, organizer (its
  actors), involved (actors and targets), addressEntity (its place), summary (the first report's
  sentence), important when the sources dispute it;
- a relation between two entities is a Membership (member_of) or an UnknownLink with its role.

Provenance on every entity: `proof` names the Articles it comes from, `sourceUrl` and `publisher`
repeat their URLs and outlets. Every entity is built through followthemoney's model, which refuses
an unknown property or schema, and written as its to_dict(); ids are claimgraph's, prefixed.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import TextIO

from claimgraph.export.dates import at_precision, first_day
from claimgraph.export.optional import require
from claimgraph.ontology import gazetteer
from claimgraph.views import ExportData, ExportDocument, ExportEvent

PREFIX = "claimgraph-"
SCHEMATA = {"PERSON": "Person", "ORG": "Organization", "GROUP": "Organization",
            "GPE": "Address", "LOC": "Address", "FAC": "Address"}
MEMBERSHIP = "member_of"


class FtmExporter:
    suffix = ".ftm.json"

    def __init__(self):
        require("followthemoney", "ftm")   # a missing library is said before the store is read

    def write(self, graph: ExportData, stream: TextIO) -> None:
        for proxy in entities(graph):
            stream.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
            stream.write("\n")


def entities(graph: ExportData) -> list:
    """The graph as followthemoney EntityProxy objects, articles first, then places, parties,
    events and links."""
    model = require("followthemoney", "ftm").model

    def make(schema: str, claimgraph_id: str, docs=(), **values):
        proxy = model.make_entity(schema)
        proxy.id = PREFIX + claimgraph_id
        for prop, value in values.items():
            for item in value if isinstance(value, (list, tuple, set)) else (value,):
                if item not in (None, ""):
                    proxy.add(prop, item, quiet=False)
        _provenance(proxy, sorted(set(docs)), documents)
        return proxy

    documents = {d.id: d for d in graph.documents}
    found = [make("Article", d.id, title=d.title or d.source, author=d.author, publisher=d.outlet,
                  publishedAt=first_day(d.published), sourceUrl=d.url) for d in graph.documents]
    made = set()
    for entity in graph.entities:
        schema = SCHEMATA.get(entity.type)
        if schema is None:
            continue
        docs = [m.doc for m in entity.mentions]
        if schema == "Address":
            code = gazetteer.country_code(entity.name) or gazetteer.country_of(entity.name)
            found.append(make(schema, entity.id, docs, full=entity.name, country=code and code.lower()))
        else:
            found.append(make(schema, entity.id, docs, name=entity.name, alias=entity.aliases))
        made.add(entity.id)
    ref = lambda ids: [PREFIX + i for i in ids if i in made]
    disputed = defaultdict(list)
    for c in graph.contradictions:
        disputed[c.event].append(c.field)
    for event in graph.events:
        start, end = at_precision(event.date, event.date_precision), first_day(event.date_end)
        found.append(make(
            "Event", event.id, [r.doc for r in event.reports],
            name=event.type + (f" ({event.mode})" if event.mode else ""),
            **({"startDate": start, "endDate": end} if end else {"date": start}),
            organizer=ref(event.actors), involved=ref((*event.actors, *event.targets)),
            addressEntity=ref((event.location,) if event.location else ()),
            summary=" ".join(event.reports[0].text.split()) if event.reports else None,
            description=_description(event, disputed.get(event.id, ())),
            important="true" if event.id in disputed else None))
    for relation in graph.relations:
        if relation.subject not in made or relation.object not in made:
            continue
        docs = [e.doc for e in relation.evidence]
        if relation.predicate == MEMBERSHIP:
            found.append(make("Membership", relation.id, docs, member=PREFIX + relation.subject,
                              organization=PREFIX + relation.object))
        else:
            found.append(make("UnknownLink", relation.id, docs, subject=PREFIX + relation.subject,
                              object=PREFIX + relation.object, role=relation.predicate))
    return found


def _description(event: ExportEvent, disputed) -> str:
    told = [f"modality {event.modality}", f"reported by {event.sources} source(s)"]
    told += [f"{field} {value}" for field, value in (("killed", event.killed), ("injured", event.injured))
             if value is not None]
    if disputed:
        told.append(f"disputed: {', '.join(disputed)}")
    return "; ".join(told)


def _provenance(proxy, docs: list[str], documents: dict[str, ExportDocument]) -> None:
    """The articles an entity comes from, as proof (where the schema has it), URLs and outlets."""
    for doc_id in docs:
        document = documents.get(doc_id)
        if document is None:
            continue
        if "proof" in proxy.schema.properties:
            proxy.add("proof", PREFIX + doc_id, quiet=False)
        for prop, value in (("sourceUrl", document.url), ("publisher", document.outlet)):
            if value and prop in proxy.schema.properties:
                proxy.add(prop, value, quiet=False)
