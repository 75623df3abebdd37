"""The web app through fastapi's TestClient: every API endpoint, paging, filters, 404s, the write
token, and the escaping of document text in pages."""
from __future__ import annotations

import pytest

from tests.small_store import BOLD_NAME, SCRIPT_DOC
from tests.web.conftest import WRITE_TOKEN, needs_web

pytestmark = needs_web
AUTH = {"Authorization": f"Bearer {WRITE_TOKEN}"}


def entity_id(client, name: str) -> str:
    return next(e["id"] for e in client.get("/api/entities", params={"limit": 500}).json()["items"]
                if e["name"] == name)


def event_id(client, type: str) -> str:
    return client.get("/api/events", params={"type": type}).json()["items"][0]["id"]


@pytest.mark.parametrize("path, params, expected", [
    ("/api/documents", {}, 3),
    ("/api/documents", {"search": "ceasefire"}, 1),
    ("/api/documents", {"limit": 2}, 2),
    ("/api/documents", {"limit": 2, "offset": 2}, 1),
    ("/api/entities", {}, 6),
    ("/api/entities", {"type": "PERSON"}, 2),
    ("/api/entities", {"search": "moravec"}, 1),
    ("/api/entities", {"limit": 4, "offset": 4}, 2),
    ("/api/events", {}, 3),
    ("/api/events", {"type": "assault"}, 1),
    ("/api/events", {"entity": "Northern Front"}, 2),
    ("/api/events", {"place": "Tirel"}, 1),
    ("/api/events", {"modality": "threatened"}, 1),
    ("/api/events", {"date_from": "2022-01-01"}, 1),
    ("/api/events", {"date_to": "2021-12-31"}, 1),
    ("/api/events", {"limit": 1, "offset": 1}, 1),
    ("/api/contradictions", {}, 1),
    ("/api/relations", {}, 2),
    ("/api/relations", {"entity": "Lena Moravec"}, 1),
])
def test_list_endpoints_page_and_filter(client, path, params, expected):
    answer = client.get(path, params=params)
    assert answer.status_code == 200
    body = answer.json()
    assert len(body["items"]) == expected
    assert body["offset"] == params.get("offset", 0)


def test_paging_says_where_the_next_page_starts(client):
    first = client.get("/api/entities", params={"limit": 4}).json()
    second = client.get("/api/entities", params={"limit": 4, "offset": first["next_offset"]}).json()
    assert first["next_offset"] == 4 and second["next_offset"] is None
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in second["items"])


@pytest.mark.parametrize("params", [{"limit": 0}, {"offset": -1}, {"limit": "many"}])
def test_bad_paging_is_a_json_422(client, params):
    answer = client.get("/api/events", params=params)
    assert answer.status_code == 422 and "error" in answer.json()


def test_stats(client):
    stats = client.get("/api/stats").json()
    assert (stats["documents"], stats["entities"], stats["events"], stats["contradictions"]) == (3, 6, 3, 1)


def test_one_document_has_text_mentions_and_reports(client):
    doc = client.get(f"/api/documents/{SCRIPT_DOC}").json()
    assert "<script>alert(1)</script>" in doc["text"]   # JSON carries the text as it is; pages escape it
    assert len(doc["mentions"]) == 4 and [r["type"] for r in doc["reports"]] == ["ASSAULT", "THREATEN"]


@pytest.mark.parametrize("key", ["id", "name", "lowercase name", "alias"])
def test_one_entity_by_id_name_or_alias(client, key):
    wanted = entity_id(client, "Lena Moravec")
    lookup = {"id": wanted, "name": "Lena Moravec", "lowercase name": "lena moravec", "alias": "Moravec"}[key]
    found = client.get(f"/api/entities/{lookup}").json()
    assert found["id"] == wanted
    assert {a["alias"] for a in found["aliases"]} == {"Lena Moravec", "Moravec"}
    assert found["relations"][0]["value"] == "Governor" and found["why"]
    assert len(client.get("/api/entities/Northern Front").json()["events"]) == 2


def test_one_event_has_reports_and_contradiction(client):
    event = client.get(f"/api/events/{event_id(client, 'ASSAULT')}").json()
    assert sorted(r["killed"] for r in event["reports"]) == [12, 15]
    assert {r["attributed_to_name"] for r in event["reports"]} == {"Lena Moravec"}
    assert event["contradictions"][0]["field"] == "killed"


def test_a_disputed_toll_is_a_range_with_its_fields_flagged(client):
    listed = client.get("/api/events", params={"type": "ASSAULT"}).json()["items"][0]
    event = client.get(f"/api/events/{listed['id']}").json()
    for shown in (listed, event):
        assert (shown["killed"], shown["killed_range"], shown["disputed"]) == (12, "12–15", ["killed"])
        assert (shown["injured"], shown["injured_range"]) == (None, None)
    [killed] = event["contradictions"]
    assert [(r["label"], [s["outlet"] for s in r["sources"]]) for r in killed["rows"]] == [
        ("12", ["Example Wire"]), ("15", ["Sample Post"])]
    agreed = client.get("/api/events", params={"type": "AGREE"}).json()["items"][0]
    assert agreed["disputed"] == [] and agreed["killed_range"] is None


def test_the_two_shelling_reports_are_one_story_with_its_reasons(client):
    [story] = client.get("/api/stories").json()["items"]
    assert {m["id"] for m in story["members"]} == {"doc0shell000001", SCRIPT_DOC}
    one = client.get(f"/api/stories/{story['id']}").json()
    [link] = one["links"]
    assert "Varenko" in {f["detail"] for f in link["features"] if f["name"] == "places"}
    assert [e["type"] for e in one["events"]] == ["ASSAULT"]


@pytest.mark.parametrize("path", ["/api/documents/nope", "/api/entities/nope", "/api/entities/Front",
                                  "/api/events/nope", "/api/relations?entity=nope", "/api/stories/nope"])
def test_unknown_ids_are_a_json_404(client, path):
    answer = client.get(path)
    assert answer.status_code == 404
    assert "nope" in answer.json()["error"] or "Front" in answer.json()["error"]


@pytest.mark.parametrize("q, entities, events, documents", [
    ("Varenko", 1, 1, 2),
    ("assault", 0, 1, 0),
    ("retaliate", 0, 0, 1),
    ("nothing like this", 0, 0, 0),
    ("Lena Moravec", 1, 0, 2),      # the follow-up writes only "Moravec": found through the entity
    ("moravec", 1, 0, 2),
    ("Morav", 1, 0, 2),             # part of a word: the entity is listed, the text matches, no expansion
])
def test_search_covers_entities_events_and_text(client, q, entities, events, documents):
    found = client.get("/api/search", params={"q": q}).json()
    totals = tuple(found[part]["total"] for part in ("entities", "events", "documents"))
    assert totals == (entities, events, documents)
    assert tuple(len(found[part]["items"]) for part in ("entities", "events", "documents")) == totals


@pytest.mark.parametrize("q, matched, spellings", [
    ("Lena Moravec", ["Lena Moravec"], {"doc0shell000001": ["Lena Moravec"], SCRIPT_DOC: ["Moravec"]}),
    ("northern front", ["Northern Front"], {"doc0shell000001": ["Northern Front"], SCRIPT_DOC: ["Northern Front"]}),
    ("Morav", [], {"doc0shell000001": [], SCRIPT_DOC: []}),
])
def test_search_names_the_matched_entity_and_each_documents_spelling(client, q, matched, spellings):
    found = client.get("/api/search", params={"q": q}).json()
    assert [m["name"] for m in found["matched"]] == matched
    assert {d["id"]: d["spellings"] for d in found["documents"]["items"]} == spellings


def test_search_pages_each_list(client):
    first = client.get("/api/search", params={"q": "Varenko", "limit": 1}).json()
    second = client.get("/api/search", params={"q": "Varenko", "limit": 1, "offset": 1}).json()
    assert first["documents"]["total"] == second["documents"]["total"] == 2
    assert first["documents"]["next_offset"] == 1 and second["documents"]["next_offset"] is None
    assert first["documents"]["items"][0]["id"] != second["documents"]["items"][0]["id"]


def test_network_joins_entities_by_acts_relations_and_shared_events(client):
    graph = client.get("/api/network").json()
    names = {n["data"]["label"] for n in graph["nodes"]}
    assert "Northern Front" in names and "Lena Moravec" not in names   # she is linked to nothing
    kinds = {e["data"]["kind"] for e in graph["edges"]}
    assert kinds == {"acted_on", "relation", "event"}


def test_openapi_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/documents", "/api/entities/{entity_id}", "/api/events", "/api/merge", "/api/split"} <= set(paths)
    assert "/" not in paths   # pages stay out of the API description


def test_openapi_describes_every_answer(client):
    """Every 2xx answer of every route has a schema naming its fields (derived from claimgraph.views)."""
    spec = client.get("/openapi.json").json()
    components = spec["components"]["schemas"]
    resolve = lambda schema: components[schema["$ref"].rsplit("/", 1)[-1]] if "$ref" in schema else schema
    answers = [(path, method, status, answer) for path, methods in spec["paths"].items()
               for method, operation in methods.items()
               for status, answer in operation["responses"].items() if status.startswith("2")]
    assert len(answers) == len(spec["paths"])   # one method, one 2xx answer per route
    for path, method, status, answer in answers:
        schema = resolve(answer["content"]["application/json"]["schema"])
        assert schema.get("properties"), f"{method.upper()} {path} {status} has no described fields"
        assert all(field for field in schema["properties"].values()), f"{method.upper()} {path}: an empty field"


# ------------------------------------------------------------------ writes

@pytest.mark.parametrize("headers", [{}, AUTH, {"Authorization": "Bearer wrong"}])
@pytest.mark.parametrize("path, body", [("/api/merge", {"left": "Omar Dask", "right": "Lena Moravec"}),
                                        ("/api/split", {"entity": "Lena Moravec", "alias": "Moravec"})])
def test_read_only_server_refuses_every_write(client, path, body, headers):
    answer = client.post(path, json=body, headers=headers)
    assert answer.status_code == 403 and "read-only" in answer.json()["error"]


@pytest.mark.parametrize("headers, status", [({}, 401), ({"Authorization": "Bearer wrong"}, 403),
                                            ({"Authorization": WRITE_TOKEN}, 401)])
def test_writes_need_the_token(writable_client, headers, status):
    answer = writable_client.post("/api/merge", json={"left": "Omar Dask", "right": "Tirel"}, headers=headers)
    assert answer.status_code == status
    assert (answer.headers.get("WWW-Authenticate") == "Bearer") is (status == 401)
    assert writable_client.get("/api/stats").json()["judgements"] == 0


def test_merge_with_the_token(writable_client):
    answer = writable_client.post("/api/merge", json={"left": "Omar Dask", "right": BOLD_NAME, "note": "same", "force": True},
                                  headers=AUTH)
    assert answer.status_code == 200
    merged = answer.json()["entity"]
    assert BOLD_NAME in merged["aliases"] or merged["name"] == BOLD_NAME
    assert writable_client.get("/api/stats").json()["entities"] == 5


def test_split_with_the_token(writable_client):
    answer = writable_client.post("/api/split", json={"entity": "Lena Moravec", "alias": "Moravec"}, headers=AUTH)
    assert answer.status_code == 200
    assert answer.json()["entity"]["aliases"] == []
    assert writable_client.get("/api/stats").json()["entities"] == 7


@pytest.mark.parametrize("path, body", [("/api/merge", {"left": "Omar Dask", "right": "nobody at all"}),
                                        ("/api/merge", {"left": "Tirel", "right": "tirel"}),
                                        ("/api/split", {"entity": "Tirel", "alias": "Dask"})])
def test_senseless_corrections_are_a_409_with_the_reason(writable_client, path, body):
    answer = writable_client.post(path, json=body, headers=AUTH)
    assert answer.status_code == 409 and answer.json()["error"]


@pytest.mark.parametrize("token, status", [("wrong", 403), (WRITE_TOKEN, 303)])
def test_entity_page_split_form(writable_client, token, status):
    gov = entity_id(writable_client, "Lena Moravec")
    answer = writable_client.post(f"/entities/{gov}/split", data={"other": "Moravec", "token": token},
                                  follow_redirects=False)
    assert answer.status_code == status
    assert writable_client.get("/api/stats").json()["judgements"] == (status == 303)


def test_read_only_pages_show_no_correction_forms(client):
    page = client.get(f"/entities/{entity_id(client, 'Lena Moravec')}").text
    assert 'name="token"' not in page and "read-only" in page


def test_writable_pages_show_correction_forms(writable_client):
    page = writable_client.get(f"/entities/{entity_id(writable_client, 'Lena Moravec')}").text
    assert page.count('name="token"') == 2


def test_the_timeline_answers_spans_the_dense_range_and_the_undated(client):
    chart = client.get("/api/timeline").json()
    events = client.get("/api/events").json()["items"]
    assert len(chart["spans"]) + len(chart["undated"]) == len(events)
    assert [s["first"] for s in chart["spans"]] == sorted(s["first"] for s in chart["spans"])
    assert chart["view_first"] <= chart["spans"][0]["first"] and chart["spans"][-1]["last"] <= chart["view_last"]
    assert client.get("/api/timeline", params={"type": "AGREE"}).json()["undated"] == []


def test_the_map_lists_what_it_cannot_place(client):
    chart = client.get("/api/map").json()
    assert chart["markers"] == [] and chart["view"] is None   # the small store's towns are in no gazetteer
    assert len(chart["unplaced"]) == len(client.get("/api/events").json()["items"])
    assert [p["name"] for p in chart["unlocated_places"]] == ["Tirel", "Varenko"]


def test_the_map_and_the_timeline_have_response_models(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path, model in (("/api/map", "EventMap"), ("/api/timeline", "Timeline")):
        schema = paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema["$ref"].endswith(model)
        assert {p["name"] for p in paths[path]["get"]["parameters"]} >= {"type", "actor", "target", "place", "date_from"}


@pytest.mark.parametrize("path, expected", [
    ("/api/documents/doc0shell000001/related", [SCRIPT_DOC]),
    ("/api/documents/doc0cease000003/related", []),
    ("/api/events/{threat}/related", ["doc0shell000001"]),      # the story of the document reporting it
])
def test_related_reporting(client, path, expected):
    answer = client.get(path.format(threat=event_id(client, "THREATEN")))
    assert answer.status_code == 200
    assert [d["id"] for d in answer.json()["documents"]] == expected


@pytest.mark.parametrize("path", ["/api/documents/nope/related", "/api/events/nope/related"])
def test_related_reporting_of_an_unknown_id_is_a_404(client, path):
    assert client.get(path).status_code == 404


def test_network_edges_run_from_actor_to_target_labelled_with_type_and_date(client):
    graph = client.get("/api/network").json()
    names = {n["data"]["id"]: n["data"]["label"] for n in graph["nodes"]}
    acted = [(names[e["data"]["source"]], names[e["data"]["target"]], e["data"]["label"])
             for e in graph["edges"] if e["data"]["kind"] == "acted_on"]
    assert acted == [(BOLD_NAME, "Northern Front", "THREATEN undated")]


@pytest.mark.parametrize("path, model", [
    ("/api/documents", "Page_DocumentRow_"), ("/api/entities", "Page_EntityRow_"), ("/api/events", "Page_EventRow_"),
    ("/api/search", "SearchResults"), ("/api/documents/{doc_id}/related", "RelatedReporting"),
])
def test_lists_declare_their_response_model_and_the_page_size_cap(client, path, model):
    operation = client.get("/openapi.json").json()["paths"][path]["get"]
    assert operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(model)
    limits = [p for p in operation["parameters"] if p["name"] == "limit"]
    assert all("at most 500" in p["description"] for p in limits)
