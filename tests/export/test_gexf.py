"""GEXF for Gephi: a dynamic, directed graph whose event edges carry their dates and types."""
from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET

import pytest

from claimgraph.export.gexf import GexfExporter
from tests.export.graphs import FRONT, GOVERNOR, GRAPH, TOWN

NS = {"g": "http://gexf.net/1.3"}


def written(graph=GRAPH) -> str:
    stream = io.StringIO()
    GexfExporter().write(graph, stream)
    return stream.getvalue()


def edges(graph=GRAPH) -> dict:
    root = ET.fromstring(written(graph))
    found = {}
    for edge in root.iter("{http://gexf.net/1.3}edge"):
        values = {v.get("for"): v.get("value") for v in edge.iter("{http://gexf.net/1.3}attvalue")}
        found[(edge.get("source"), edge.get("target"))] = {**edge.attrib, **values}
    return found


def test_a_dynamic_directed_graph_of_dates():
    graph = ET.fromstring(written()).find("g:graph", NS)
    assert (graph.get("mode"), graph.get("defaultedgetype"), graph.get("timeformat")) == ("dynamic", "directed", "date")
    nodes = {n.get("id"): n.get("label") for n in graph.iter("{http://gexf.net/1.3}node")}
    assert nodes == {FRONT: "Front <Nord> & Co", TOWN: "Varnek", GOVERNOR: "Mira Solanke"}


@pytest.mark.parametrize("pair, attribute, value", [
    ((FRONT, TOWN), "start", "2021-03-02"),        # the event's day ...
    ((FRONT, TOWN), "end", "2021-03-02"),          # ... and no longer
    ((FRONT, TOWN), "edge_type", "ASSAULT"),
    ((FRONT, TOWN), "edge_mode", "artillery"),
    ((FRONT, TOWN), "edge_killed", "12"),
    ((FRONT, TOWN), "edge_kind", "event"),
    ((GOVERNOR, FRONT), "edge_kind", "relation"),
    ((GOVERNOR, FRONT), "edge_type", "member_of"),
    ((GOVERNOR, FRONT), "start", "2021-03-03"),    # the day the document stating it was published
])
def test_edges(pair, attribute, value):
    assert edges()[pair][attribute] == value


@pytest.mark.parametrize("changes, start, end", [
    ({"date": None, "date_precision": None}, None, None),            # undated: always shown
    ({"date": "2021-03", "date_precision": "month"}, "2021-03-01", "2021-03-31"),   # the whole month
    ({"date": "2020", "date_precision": "year"}, "2020-01-01", "2020-12-31"),
    ({"date_end": "2021-03-05"}, "2021-03-02", "2021-03-05"),
    ({"date": "--03-02"}, None, None),                               # no year: undated
])
def test_event_dates(changes, start, end):
    graph = dataclasses.replace(GRAPH, events=(dataclasses.replace(GRAPH.events[0], **changes),))
    edge = edges(graph)[(FRONT, TOWN)]
    assert (edge.get("start"), edge.get("end")) == (start, end)


def test_networkx_reads_it():
    nx = pytest.importorskip("networkx", reason="networkx is not installed")
    graph = nx.read_gexf(io.StringIO(written()))
    assert graph.is_directed() and graph.number_of_edges() == 2
