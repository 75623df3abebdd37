"""GEXF 1.3 for Gephi: entities as nodes, events and relations as dated, typed, directed edges, in
a dynamic graph whose timeline plays the events in order.

Each actor-target pair of an event is an edge from actor to target, alive over the days its date
covers at its precision (a day, a range of days, all of "October 2013"), with its PLOVER type, mode, modality and toll as
attributes; an undated event's edges are always shown. A relation between two entities is an edge
alive from the first day a document stating it was published. Written with the standard library,
every value escaped.
"""
from __future__ import annotations

import itertools
from typing import TextIO
from xml.sax.saxutils import quoteattr

from claimgraph.export.dates import days, first_day
from claimgraph.views import ExportData

NODE_ATTRIBUTES = (("type", "string"), ("mentions", "integer"))
EDGE_ATTRIBUTES = (("kind", "string"), ("type", "string"), ("mode", "string"), ("modality", "string"),
                   ("killed", "integer"), ("event", "string"))


class GexfExporter:
    suffix = ".gexf"

    def write(self, graph: ExportData, stream: TextIO) -> None:
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                     '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
                     ' <meta><creator>claimgraph</creator></meta>\n'
                     ' <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n')
        for kind, declared in (("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)):
            stream.write(f'  <attributes class="{kind}" mode="static">\n')
            for name, type in declared:
                stream.write(f'   <attribute id="{kind}_{name}" title="{name}" type="{type}"/>\n')
            stream.write("  </attributes>\n")
        stream.write("  <nodes>\n")
        for entity in graph.entities:
            stream.write(f"   <node id={quoteattr(entity.id)} label={quoteattr(entity.name)}>"
                         f"{_values('node', NODE_ATTRIBUTES, type=entity.type, mentions=len(entity.mentions))}"
                         "</node>\n")
        stream.write("  </nodes>\n  <edges>\n")
        known = {e.id for e in graph.entities}
        published = {d.id: first_day(d.published) for d in graph.documents}
        numbers = itertools.count()
        for event in graph.events:
            start, end = days(event.date, event.date_precision, event.date_end) or (None, None)
            for actor, target in itertools.product(event.actors, event.targets):
                if actor in known and target in known and actor != target:
                    self._edge(stream, next(numbers), actor, target, event.type, start, end, kind="event",
                               type=event.type, mode=event.mode, modality=event.modality, killed=event.killed,
                               event=event.id)
        for relation in graph.relations:
            if relation.subject in known and relation.object in known and relation.subject != relation.object:
                stated = min(filter(None, (published.get(e.doc) for e in relation.evidence)), default=None)
                self._edge(stream, next(numbers), relation.subject, relation.object, relation.predicate, stated,
                           None, kind="relation", type=relation.predicate)
        stream.write("  </edges>\n </graph>\n</gexf>\n")

    @staticmethod
    def _edge(stream, number, source, target, label, start, end, **values):
        alive = (f" start={quoteattr(start)}" if start else "") + (f" end={quoteattr(end)}" if end else "")
        stream.write(f'   <edge id="e{number}" source={quoteattr(source)} target={quoteattr(target)} '
                     f'label={quoteattr(label)}{alive}>{_values("edge", EDGE_ATTRIBUTES, **values)}</edge>\n')


def _values(prefix: str, declared, **values) -> str:
    cells = "".join(f'<attvalue for="{prefix}_{name}" value={quoteattr(str(values[name]))}/>'
                    for name, _ in declared if values.get(name) is not None)
    return f"<attvalues>{cells}</attvalues>" if cells else ""
