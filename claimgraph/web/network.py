"""The entity network: the most mentioned entities, joined by who acted on whom, their relations and
the events they share."""
from __future__ import annotations

import collections
import itertools

from claimgraph import views
from claimgraph.store import Store, queries

# The kinds of edge, as the legend names them. An "acted_on" edge runs from an event's actor to its
# target; "relation" from a relation's subject to its object; "event" joins, undirected, entities
# that take part in one event without one acting on the other (two actors, an actor and the place).
EDGE_KINDS = ("acted_on", "relation", "event")


def network(store: Store, limit: int = 80, type: str | None = None) -> views.Network:
    """Nodes and edges in the element format graph libraries read ({"data": {...}})."""
    nodes = {e.id: e for e in queries.entities(store, type=type, limit=limit)}
    edges: dict[tuple, dict] = {}
    for rel in queries.relations(store):
        if rel.subject in nodes and rel.object in nodes and rel.subject != rel.object:
            edges[(rel.subject, rel.object, rel.predicate)] = {
                "source": rel.subject, "target": rel.object, "kind": "relation", "label": rel.predicate,
                "weight": len(rel.evidence)}
    acted: dict[tuple[str, str], list[views.EventRow]] = collections.defaultdict(list)
    shared = collections.Counter()
    for event in queries.events(store):
        pairs = {(a.id, t.id) for a in event.actors for t in event.targets
                 if a.id in nodes and t.id in nodes and a.id != t.id}
        for pair in sorted(pairs):   # sorted: a set's order changes from one process to the next
            acted[pair].append(event)
        members = {e.id for e in (*event.actors, *event.targets, event.location) if e}
        for a, b in itertools.combinations(sorted(members & nodes.keys()), 2):
            if (a, b) not in pairs and (b, a) not in pairs:
                shared[(a, b)] += 1
    for (actor, target), events in acted.items():
        edges[(actor, target, "acted_on")] = {"source": actor, "target": target, "kind": "acted_on",
                                              "label": acted_on_label(events), "weight": len(events),
                                              "events": tuple(e.id for e in events)}
    for (a, b), count in shared.items():
        if (a, b, "acted_on") not in edges and (b, a, "acted_on") not in edges:
            edges[(a, b, "event")] = {"source": a, "target": b, "kind": "event",
                                      "label": f"{count} shared event{'s' * (count > 1)}", "weight": count}
    linked = {end for edge in edges.values() for end in (edge["source"], edge["target"])}
    return views.Network(   # entities linked to nothing are left out: a row of unconnected dots says nothing
        nodes=tuple(views.NetworkNode(views.NodeData(id=e.id, label=e.name, type=e.type, mentions=e.mentions))
                    for e in nodes.values() if e.id in linked),
        edges=tuple(views.NetworkEdge(views.EdgeData(id=f"e{i}", **edge)) for i, edge in enumerate(edges.values())),
    )


def acted_on_label(events: list[views.EventRow]) -> str:
    """"ASSAULT 2021-03-02" for one event (its type and date, "undated" without one); the earliest
    such and how many more for several."""
    dated = sorted(events, key=lambda e: (e.date is None, e.date or ""))
    first = f"{dated[0].type} {dated[0].date or 'undated'}"
    return first if len(events) == 1 else f"{first} +{len(events) - 1}"
