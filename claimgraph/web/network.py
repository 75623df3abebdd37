"""The entity network: the most mentioned entities, joined by their relations and shared events."""
from __future__ import annotations

import collections
import itertools

from claimgraph import views
from claimgraph.store import Store, queries


def network(store: Store, limit: int = 80, type: str | None = None) -> views.Network:
    """Nodes and edges in the element format graph libraries read ({"data": {...}})."""
    nodes = {e.id: e for e in queries.entities(store, type=type, limit=limit)}
    edges: dict[tuple, dict] = {}
    for rel in queries.relations(store):
        if rel.subject in nodes and rel.object in nodes and rel.subject != rel.object:
            edges[(rel.subject, rel.object, rel.predicate)] = {
                "source": rel.subject, "target": rel.object, "kind": "relation", "label": rel.predicate,
                "weight": len(rel.evidence)}
    shared = collections.Counter()
    for event in queries.events(store):
        members = {e.id for e in (*event.actors, *event.targets, event.location) if e}
        for a, b in itertools.combinations(sorted(members & nodes.keys()), 2):
            shared[(a, b)] += 1
    for (a, b), count in shared.items():
        edges[(a, b, "event")] = {"source": a, "target": b, "kind": "event",
                                  "label": f"{count} shared event{'s' * (count > 1)}", "weight": count}
    linked = {end for edge in edges.values() for end in (edge["source"], edge["target"])}
    return views.Network(   # entities linked to nothing are left out: a row of unconnected dots says nothing
        nodes=tuple(views.NetworkNode(views.NodeData(id=e.id, label=e.name, type=e.type, mentions=e.mentions))
                    for e in nodes.values() if e.id in linked),
        edges=tuple(views.NetworkEdge(views.EdgeData(id=f"e{i}", **edge)) for i, edge in enumerate(edges.values())),
    )
