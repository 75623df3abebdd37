"""FollowTheMoney entities: each line an entity followthemoney's model reads back, with the
articles it comes from as proof."""
from __future__ import annotations

import dataclasses
import io
import json

import pytest

followthemoney = pytest.importorskip("followthemoney",
                                     reason="followthemoney is not installed: pip install 'claimgraph[exchange]'")

from claimgraph.export.ftm import PREFIX, FtmExporter  # noqa: E402
from tests.export.graphs import FRONT, GOVERNOR, GRAPH, TOWN  # noqa: E402


@pytest.fixture(scope="module")
def entities() -> dict:
    stream = io.StringIO()
    FtmExporter().write(GRAPH, stream)
    proxies = [followthemoney.model.get_proxy(json.loads(line), cleaned=False)
               for line in stream.getvalue().splitlines()]
    return {p.id.removeprefix(PREFIX): p for p in proxies}


@pytest.mark.parametrize("claimgraph_id, schema, prop, values", [
    ("d1", "Article", "title", ["Town shelled"]),
    ("d1", "Article", "publisher", ["Wire"]),
    ("d2", "Article", "sourceUrl", ["https://post.example/b"]),
    (FRONT, "Organization", "name", ["Front <Nord> & Co"]),
    (FRONT, "Organization", "alias", ["The Front"]),
    (FRONT, "Organization", "proof", [PREFIX + "d1"]),                 # where it is named
    (FRONT, "Organization", "publisher", ["Wire"]),
    (GOVERNOR, "Person", "name", ["Mira Solanke"]),
    (TOWN, "Address", "full", ["Varnek"]),
    ("ev1", "Event", "name", ["ASSAULT (artillery)"]),
    ("ev1", "Event", "date", ["2021-03-02"]),
    ("ev1", "Event", "organizer", [PREFIX + FRONT]),
    ("ev1", "Event", "involved", sorted([PREFIX + FRONT, PREFIX + TOWN])),
    ("ev1", "Event", "addressEntity", [PREFIX + TOWN]),
    ("ev1", "Event", "proof", sorted([PREFIX + "d1", PREFIX + "d2"])),   # every reporting article
    ("ev1", "Event", "sourceUrl", ["https://post.example/b"]),
    ("ev1", "Event", "important", ["true"]),                             # its toll is disputed
    ("rel1", "Membership", "member", [PREFIX + GOVERNOR]),
    ("rel1", "Membership", "organization", [PREFIX + FRONT]),
])
def test_entities(entities, claimgraph_id, schema, prop, values):
    proxy = entities[claimgraph_id]
    assert proxy.schema.name == schema
    assert sorted(proxy.get(prop)) == values


@pytest.mark.parametrize("changes, dates", [
    ({"date": "2021-03", "date_precision": "month"}, {"date": ["2021-03"]}),      # kept at its precision
    ({"date": "2021", "date_precision": "year"}, {"date": ["2021"]}),
    ({"date_end": "2021-03-05"}, {"startDate": ["2021-03-02"], "endDate": ["2021-03-05"]}),
])
def test_an_event_s_date_at_its_precision(changes, dates):
    stream = io.StringIO()
    FtmExporter().write(dataclasses.replace(GRAPH, events=(dataclasses.replace(GRAPH.events[0], **changes),)), stream)
    event = next(json.loads(line) for line in stream.getvalue().splitlines() if json.loads(line)["schema"] == "Event")
    assert {k: v for k, v in event["properties"].items() if k in ("date", "startDate", "endDate")} == dates


def test_a_relation_to_a_value_is_no_entity(entities):
    assert "rel2" not in entities


def test_the_description_says_the_toll_and_the_dispute(entities):
    assert entities["ev1"].get("description") == ["modality occurred; reported by 2 source(s); killed 12; "
                                                  "disputed: killed"]
