"""The API's and the timeline's filters read as the CLI's do (claimgraph.filters): dates at every
precision, places with what lies in them, actor, target and place apart, refusals as 422 naming
the choices, and paged answers with their total."""
from __future__ import annotations

import pytest

from tests.dated_store import build_dated_store, event_keys
from tests.web.conftest import app_client, needs_web

pytestmark = needs_web


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web-filters") / "dated.db"
    build_dated_store(path).close()
    with app_client(str(path)) as test_client:
        yield test_client


def events(client, **params) -> dict:
    answer = client.get("/api/events", params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


@pytest.mark.parametrize("params, keys", [
    ({"date_from": "2013-10-15"}, ["month", "city"]),
    ({"date_from": "2013-09", "date_to": "2013-09"}, ["day"]),
    ({"date_from": "2013", "date_to": "2013"}, ["week", "day", "month"]),
    ({"date_from": "2013-07-18", "date_to": "2013-07-18"}, ["week"]),
    ({"date_to": "2012"}, ["year"]),
    ({"place": "Delmark"}, ["week", "day"]),
    ({"place": "Afghanistan"}, ["city"]),
    ({"actor": "Ridge Brigade"}, ["year", "week", "month"]),
    ({"target": "Ridge Brigade"}, ["day", "undated"]),
    ({"entity": "Ridge Brigade"}, ["year", "week", "day", "month", "undated"]),
    ({"type": "ASSAULT", "date_from": ""}, ["week", "month", "city"]),      # an empty field is no filter
])
def test_event_filters(client, params, keys):
    page = events(client, **params)
    assert event_keys(page["items"]) == keys and page["total"] == len(keys)


@pytest.mark.parametrize("path, params, says", [
    ("/api/events", {"date_from": "garbage"}, "invalid start date 'garbage': use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("/api/events", {"date_to": "2013-13-45"}, "invalid end date '2013-13-45'"),
    ("/api/events", {"type": "FOO"}, "unknown event type 'FOO': one of AGREE, CONSULT"),
    ("/api/events", {"modality": "maybe"}, "unknown modality 'maybe': one of occurred, planned"),
    ("/api/events", {"limit": "-1"}, "query.limit: Input should be greater than or equal to 1"),
    ("/api/documents", {"limit": "0"}, "query.limit"),
    ("/api/entities", {"offset": "-1"}, "query.offset"),
    ("/api/timeline", {"date_from": "garbage"}, "invalid start date 'garbage'"),
    ("/api/map", {"type": "FOO"}, "unknown event type 'FOO'"),
    ("/api/entities", {"type": "FOO"}, "unknown entity type 'FOO': one of PERSON, ORG, GROUP"),
    ("/api/network", {"type": "FOO"}, "unknown entity type 'FOO'"),
])
def test_a_value_that_means_nothing_is_a_422_naming_the_choices(client, path, params, says):
    answer = client.get(path, params=params)
    assert answer.status_code == 422 and answer.json()["error"].startswith(says)


def test_a_range_that_ends_before_it_starts_has_no_events(client):
    assert events(client, date_from="2013-10", date_to="2013-09")["total"] == 0


def test_entities_by_type_case_aside(client):
    answer = client.get("/api/entities", params={"type": "org"})
    assert answer.status_code == 200 and {e["type"] for e in answer.json()["items"]} == {"ORG"}


@pytest.mark.parametrize("path", ["/timeline", "/map"])
def test_the_timeline_and_the_map_refuse_a_bad_date_on_a_page(client, path):
    page = client.get(path, params={"date_from": "yesterday"})
    assert page.status_code == 422 and "invalid start date" in page.text and "Traceback" not in page.text


@pytest.mark.parametrize("params, keys", [
    ({"actor": "Delmark Council"}, ["undated"]),          # not the CONSULT, whose target the council is
    ({"target": "Delmark Council"}, ["year"]),
    ({"actor": "Delmark"}, []),                           # a place is no actor
    ({"place": "Delmark"}, ["week", "day"]),
])
def test_the_timeline_filters_actor_target_and_place_apart(client, params, keys):
    every = events(client)["items"]
    page = client.get("/timeline", params=params).text
    assert [key for key, event in zip(event_keys(every), every) if f"/events/{event['id']}" in page] == keys


@pytest.mark.parametrize("path, params, total", [
    ("/api/events", {"limit": 2}, 6),
    ("/api/events", {"limit": 2, "offset": 4}, 6),
    ("/api/events", {"limit": 2, "type": "ASSAULT"}, 3),
    ("/api/documents", {"limit": 4}, 6),
    ("/api/entities", {"limit": 1, "type": "GPE"}, 4),
    ("/api/contradictions", {}, 0),
    ("/api/relations", {"limit": 1}, 1),
])
def test_pages_carry_their_total_and_where_the_next_starts(client, path, params, total):
    page = client.get(path, params=params).json()
    assert page["total"] == total
    end = page["offset"] + len(page["items"])
    assert page["next_offset"] == (end if end < total else None)


def test_limits_are_documented(client):
    schema = client.get("/openapi.json").json()
    parameters = {p["name"]: p for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert "at most 500" in parameters["limit"]["description"]
    assert "YYYY-MM" in parameters["date_from"]["description"] and "ASSAULT" in parameters["type"]["description"]
