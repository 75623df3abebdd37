"""The STIX 2.1 bundle: parsed back by stix2 with no custom content, ids reproducible."""
from __future__ import annotations

import dataclasses
import io
import json

import pytest

stix2 = pytest.importorskip("stix2", reason="stix2 is not installed: pip install 'claimgraph[exchange]'")

from claimgraph.export.stix import StixExporter, stix_id  # noqa: E402
from tests.export.graphs import FRONT, GOVERNOR, GRAPH, TOWN  # noqa: E402


def written(graph=GRAPH) -> str:
    stream = io.StringIO()
    StixExporter().write(graph, stream)
    return stream.getvalue()


@pytest.fixture(scope="module")
def objects() -> dict:
    bundle = stix2.parse(written(), allow_custom=False)
    return {o.id: o for o in bundle.objects}


@pytest.mark.parametrize("kind, claimgraph_id, fields", [
    ("threat-actor", FRONT, {"name": "Front <Nord> & Co", "aliases": ["The Front"]}),   # acts in violence
    ("identity", GOVERNOR, {"name": "Mira Solanke", "identity_class": "individual"}),
    ("report", "d1", {"name": "Town shelled", "report_types": ["threat-report"]}),
])
def test_objects(objects, kind, claimgraph_id, fields):
    found = objects[stix_id(kind, claimgraph_id)]
    assert {k: found[k] for k in fields} == fields


def test_a_report_is_published_on_its_document_s_day(objects):
    assert objects[stix_id("report", "d1")].published.isoformat().startswith("2021-03-03T00:00:00")


def test_a_place_without_a_known_country_is_no_location(objects):
    assert stix_id("location", TOWN) not in objects


def test_an_event_is_a_dated_relationship_from_actor_to_target():
    graph = dataclasses.replace(GRAPH, events=(dataclasses.replace(GRAPH.events[0], targets=(GOVERNOR,)),))
    found = stix2.parse(written(graph), allow_custom=False)
    rel = next(o for o in found.objects if o.id == stix_id("relationship", "ev1", FRONT, GOVERNOR))
    assert (rel.relationship_type, rel.source_ref, rel.target_ref) == (
        "targets", stix_id("threat-actor", FRONT), stix_id("identity", GOVERNOR))
    assert rel.start_time.isoformat().startswith("2021-03-02") and rel.description.startswith("ASSAULT")


@pytest.mark.parametrize("changes, start, stop, said", [
    ({}, "2021-03-02T00:00:00", "2021-03-02T23:59:59", "ASSAULT (artillery) on 2021-03-02"),
    ({"date": "2021-03", "date_precision": "month"}, "2021-03-01T00:00:00", "2021-03-31T23:59:59", "on 2021-03:"),
    ({"date_end": "2021-03-05"}, "2021-03-02T00:00:00", "2021-03-05T23:59:59", "on 2021-03-02"),
])
def test_an_event_s_relationship_lasts_the_days_its_date_covers(changes, start, stop, said):
    graph = dataclasses.replace(GRAPH, events=(dataclasses.replace(GRAPH.events[0], targets=(GOVERNOR,), **changes),))
    rel = next(o for o in stix2.parse(written(graph), allow_custom=False).objects
               if o.id == stix_id("relationship", "ev1", FRONT, GOVERNOR))
    assert (rel.start_time.isoformat()[:19], rel.stop_time.isoformat()[:19]) == (start, stop) and said in rel.description


def test_a_relation_is_a_relationship(objects):
    member = objects[stix_id("relationship", "rel1")]
    assert (member.relationship_type, member.source_ref, member.target_ref) == (
        "member-of", stix_id("identity", GOVERNOR), stix_id("threat-actor", FRONT))


def test_reports_refer_to_what_their_document_states(objects):
    refs = objects[stix_id("report", "d1")].object_refs
    assert stix_id("threat-actor", FRONT) in refs and stix_id("relationship", "rel1") in refs


def test_the_same_graph_is_the_same_bundle():
    assert written() == written()
    assert json.loads(written())["id"] == stix_id("bundle", "d1", "d2")
