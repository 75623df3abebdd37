"""GraphML export: entities as nodes, relations and shared events as edges (Gephi, yEd, networkx)."""
from __future__ import annotations

import itertools
from typing import TextIO
from xml.sax.saxutils import quoteattr

from claimgraph.views import ExportData

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
 <key id="name" for="node" attr.name="name" attr.type="string"/>
 <key id="type" for="node" attr.name="type" attr.type="string"/>
 <key id="label" for="edge" attr.name="label" attr.type="string"/>
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
                self._edge(stream, next(edges), r.subject, r.object, r.predicate)
        for ev in graph.events:
            for actor, target in itertools.product(ev.actors, ev.targets):
                self._edge(stream, next(edges), actor, target, ev.type)
        stream.write(" </graph>\n</graphml>\n")

    @staticmethod
    def _edge(stream, number, source, target, label):
        stream.write(f' <edge id="e{number}" source={quoteattr(source)} target={quoteattr(target)}>'
                     f'<data key="label">{_text(label)}</data></edge>\n')


def _text(value) -> str:
    return quoteattr(str(value))[1:-1]
