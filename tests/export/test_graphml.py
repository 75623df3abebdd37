"""The GraphML export: entities as nodes, relations between two entities and actor-target pairs
of events as directed edges, every name escaped."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest

from claimgraph.export.graphml import GraphmlExporter
from tests.export.graphs import FRONT, GOVERNOR, GRAPH, TOWN

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def graph() -> ET.Element:
    stream = io.StringIO()
    GraphmlExporter().write(GRAPH, stream)
    return ET.fromstring(stream.getvalue()).find("g:graph", NS)


def test_nodes_are_entities_with_name_and_type(graph):
    nodes = {n.get("id"): {d.get("key"): d.text for d in n.findall("g:data", NS)} for n in graph.findall("g:node", NS)}
    assert nodes == {FRONT: {"name": "Front <Nord> & Co", "type": "ORG"}, TOWN: {"name": "Varnek", "type": "GPE"},
                     GOVERNOR: {"name": "Mira Solanke", "type": "PERSON"}}


@pytest.mark.parametrize("edge", [
    (GOVERNOR, FRONT, "member_of"),     # a relation between two entities
    (FRONT, TOWN, "ASSAULT"),           # an event's actor and target
])
def test_edges(graph, edge):
    edges = [(e.get("source"), e.get("target"), e.find("g:data", NS).text) for e in graph.findall("g:edge", NS)]
    assert edge in edges


@pytest.mark.parametrize("source, target, data", [
    (FRONT, TOWN, {"label": "ASSAULT", "kind": "event", "start": "2021-03-02", "end": "2021-03-02"}),
    (GOVERNOR, FRONT, {"label": "member_of", "kind": "relation"}),
])
def test_edges_are_typed_and_events_dated(graph, source, target, data):
    edge = next(e for e in graph.findall("g:edge", NS) if (e.get("source"), e.get("target")) == (source, target))
    assert {d.get("key"): d.text for d in edge.findall("g:data", NS)} == data


def test_a_relation_to_a_value_is_no_edge(graph):
    assert len(graph.findall("g:edge", NS)) == 2
    assert graph.get("edgedefault") == "directed"
