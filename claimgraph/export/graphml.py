"""GraphML export: entities as nodes, relations and events' actor-target pairs as directed, typed
edges (Gephi, yEd, networkx); an event's edge carries the first and last day its date covers at
its precision, which Gephi merges into a time interval for its timeline (GEXF plays it directly)."""
from __future__ import annotations

import itertools
from typing import TextIO
from xml.sax.saxutils import quoteattr

from claimgraph.export.dates import days
from claimgraph.views import ExportData

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
 <key id="name" for="node" attr.name="name" attr.type="string"/>
 <key id="type" for="node" attr.name="type" attr.type="string"/>
 <key id="label" for="edge" attr.name="label" attr.type="string"/>
 <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
 <key id="start" for="edge" attr.name="start" attr.type="string"/>
 <key id="end" for="edge" attr.name="end" attr.type="string"/>
 <graph id="claimgraph" edgedefault="directed">
"""


class GraphmlExporter:
    suffix = ".graphml"

    def write(self, graph: ExportData, stream: TextIO) -> None:
        stream.write(HEADER)
        for e in graph.entities:
            stream.write(f' <node id={quoteattr(e.id)}><data key="name">{_text(e.name)}</data>'
                         f'<data key="type">{_text(e.type)}</data></node>\n')
        edges = itertools.count()
        for r in graph.relations:
            if r.object:
                self._edge(stream, next(edges), r.subject, r.object, label=r.predicate, kind="relation")
        for ev in graph.events:
            start, end = days(ev.date, ev.date_precision, ev.date_end) or (None, None)
            for actor, target in itertools.product(ev.actors, ev.targets):
                self._edge(stream, next(edges), actor, target, label=ev.type, kind="event", start=start, end=end)
        stream.write(" </graph>\n</graphml>\n")

    @staticmethod
    def _edge(stream, number, source, target, **values):
        data = "".join(f'<data key="{key}">{_text(value)}</data>' for key, value in values.items() if value)
        stream.write(f' <edge id="e{number}" source={quoteattr(source)} target={quoteattr(target)}>{data}</edge>\n')


def _text(value) -> str:
    return quoteattr(str(value))[1:-1]
