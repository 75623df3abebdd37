"""The HTML pages through TestClient: each renders, shows what it should, and escapes document text."""
from __future__ import annotations

import pytest

from tests.small_store import BOLD_NAME, SCRIPT_DOC
from tests.web.conftest import app_client, needs_web

pytestmark = needs_web


def first(client, path: str, **params) -> dict:
    return client.get(path, params=params).json()["items"][0]


@pytest.mark.parametrize("path, expected", [
    ("/", ["Latest events", "Open contradictions", "Most mentioned actors", "Lena Moravec", "killed"]),
    ("/documents", ["Town shelled", "Example Wire", "inferred"]),
    ("/entities?type=ORG", ["Northern Front", "&lt;b&gt;Bold&lt;/b&gt; Brigade"]),
    ("/timeline", ["<svg", "ASSAULT", "AGREE", "THREATEN"]),
    ("/timeline?type=AGREE&date_from=2022-01-01", ["Omar Dask", "1 event."]),
    ("/search?q=Moravec", ["Lena Moravec", "<mark>Moravec</mark>"]),
    ("/network", ["/static/vendor/cytoscape.min.js", 'id="network"']),
    # the small store's places are in no gazetteer: every event is listed as off the map, with its place
    ("/map", ["/static/vendor/topojson-client.min.js", "<b>3</b> events without a place on the map",
              "at places that neither the gazetteer", "Tirel", "Varenko"]),
    ("/timeline", ['data-source="/api/timeline?"', "<b>2</b> dated events on the axis", "<b>1</b> undated event<"]),
    ("/map?type=AGREE", ['data-source="/api/map?type=AGREE"', "<b>1</b> event without a place on the map"]),
])
def test_pages_render(client, path, expected):
    answer = client.get(path)
    assert answer.status_code == 200
    for words in expected:
        assert words in answer.text


def test_timeline_filters_out(client):
    page = client.get("/timeline", params={"type": "AGREE"}).text
    assert "Omar Dask" in page and "Northern Front" not in page


def test_document_page_marks_mentions_and_reports(client):
    doc = first(client, "/api/documents", search="Tirel")
    page = client.get(f"/documents/{doc['id']}").text
    assert 'class="m-entity" href="/entities/' in page and "Omar Dask</a>" in page
    assert 'class="m-report mod-occurred" href="/events/' in page
    assert "printed" in page and "Example Wire" in page


def test_document_page_lists_the_same_story(client):
    page = client.get("/documents/doc0shell000001").text
    assert "Same story" in page and f'href="/documents/{SCRIPT_DOC}"' in page
    assert "Same story" not in client.get("/documents/doc0cease000003").text


@pytest.mark.parametrize("path", [f"/documents/{SCRIPT_DOC}", "/search?q=alert", "/entities?type=ORG", "/"])
def test_document_text_is_escaped(client, path):
    page = client.get(path).text
    assert "<script>alert" not in page and "<b>Bold</b>" not in page and "<i>again" not in page


def test_document_page_escapes_script_and_keeps_it_as_text(client):
    page = client.get(f"/documents/{SCRIPT_DOC}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert f">{BOLD_NAME.replace('<', '&lt;').replace('>', '&gt;')}</a>" in page


def test_event_page_puts_reports_side_by_side_and_flags_the_dispute(client):
    event = first(client, "/api/events", type="ASSAULT")
    page = client.get(f"/events/{event['id']}").text
    assert page.count('<article class="report"') == 2 and "is-disputed" not in page   # cards are not flagged ...
    assert page.count('<dt>Killed</dt><dd class="disputed">') == 2                    # ... their disputed values are
    assert "Sources disagree" in page and "<mark>shelled</mark>" in page and "<mark>hit</mark>" in page
    assert "according to Governor Lena Moravec" in page


def test_event_page_shows_the_disputed_toll_and_who_gives_each_value(client):
    event = first(client, "/api/events", type="ASSAULT")
    page = client.get(f"/events/{event['id']}").text
    assert '<span class="disputed">12–15</span> <small class="muted">(disputed)</small>' in page
    assert "2 independent outlets (Example Wire, Sample Post)" in page
    table = page[page.index('<table class="claims" data-field="killed">'):]
    table = table[:table.index("</table>")]
    assert '<b class="range">12–15</b>' in table
    assert ">Town shelled</a> · Example Wire" in table and "Toll rises &lt;i&gt;again&lt;/i&gt;</a> · Sample Post" in table
    assert ".txt" not in table


def test_events_table_marks_only_the_disputed_toll(client):
    page = client.get("/").text
    assert page.count('(disputed)') == 1 and '12–15</span>' in page


def test_event_page_shows_the_rules_behind_each_report(client):
    event = first(client, "/api/events", type="ASSAULT")
    page = client.get(f"/events/{event['id']}").text
    shelled, hit = (page[page.index(f'id="report-{key}"'):] for key in ("doc0shell000001-r1", f"{SCRIPT_DOC}-r1"))
    shelled = shelled[:shelled.index("</article>")]
    assert "Why: 3 rules" in shelled
    assert all(f"<code>{rule}</code>" in shelled for rule in
               ("trigger:ASSAULT.shell", "argument:subject", "attribution:according_to"))
    assert "Why:" not in hit[:hit.index("</article>")]   # stored with no rules: nothing to show


@pytest.mark.parametrize("name, expected", [
    ("Lena Moravec", ["Names used", "Governor", "Why these are one entity", "varenko-shelling.txt"]),
    ("Northern Front", ["Timeline of its events", "ASSAULT", "THREATEN", "varenko-follow-up.txt"]),
])
def test_entity_page_shows_aliases_relations_timeline_and_why(client, name, expected):
    page = client.get(f"/entities/{name}").text
    for words in expected:
        assert words in page


@pytest.mark.parametrize("path", ["/documents/nope", "/entities/nope", "/events/nope", "/no-such-page"])
def test_unknown_pages_are_an_html_404(client, path):
    answer = client.get(path)
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html")


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_document_page_gives_every_sentence_an_anchor(client):
    doc = client.get(f"/api/documents/{SCRIPT_DOC}").json()
    page = client.get(f"/documents/{SCRIPT_DOC}").text
    assert [f'<span class="sentence" id="s{s["index"]}">' in page for s in doc["sentences"]] == [True] * 3


@pytest.mark.parametrize("path, link", [
    ("/events/{assault}", "/documents/doc0shell000001#s0"),       # a report's source
    ("/events/{assault}", f"/documents/{SCRIPT_DOC}#s0"),
    ("/entities/Lena Moravec", "/documents/doc0shell000001#s0"),   # a sentence naming it, a relation's evidence
    ("/entities/{bold}", f"/documents/{SCRIPT_DOC}#s2"),
    ("/", f"/documents/{SCRIPT_DOC}#s0"),                         # a value in the contradictions table
])
def test_links_to_a_source_land_on_its_sentence(client, path, link):
    assault = first(client, "/api/events", type="ASSAULT")["id"]
    bold = first(client, "/api/entities", search="Brigade")["id"]
    assert f'href="{link}"' in client.get(path.format(assault=assault, bold=bold)).text


@pytest.mark.parametrize("path, shown, linked", [
    ("/entities", "1–2 of 6", ["/entities?offset=2", "/entities?offset=4"]),
    ("/entities?offset=2", "3–4 of 6", ["/entities?offset=4", "/entities"]),
    ("/entities?type=ORG", "1–2 of 2", []),
    ("/documents?search=Varenko", "1–2 of 2", []),
    ("/documents", "1–2 of 3", ["/documents?offset=2"]),
    ("/search?q=Varenko", "1–2 of 2", []),
])
def test_lists_page_with_totals(small_db, path, shown, linked):
    with app_client(small_db, page_size=2) as paging:
        page = paging.get(path).text
    assert f'<span class="total">{shown}</span>' in page
    assert all(f'href="{href}"' in page for href in linked)


@pytest.mark.parametrize("path, expected", [
    ("/documents/doc0shell000001", ["Related reporting", "same story", f'href="/documents/{SCRIPT_DOC}"']),
    ("/documents/doc0cease000003", ["Related reporting <small>(0", "No other document"]),
    ("/events/{threat}", ["Related reporting <small>(1", 'href="/documents/doc0shell000001"', "same story"]),
])
def test_document_and_event_pages_list_related_reporting(client, path, expected):
    threat = first(client, "/api/events", type="THREATEN")["id"]
    page = client.get(path.format(threat=threat)).text
    for words in expected:
        assert words in page


def test_docs_lists_every_route_its_limits_and_response_models(client):
    page = client.get("/docs").text
    paths = client.get("/openapi.json").json()["paths"]
    assert all(f"<code>{method.upper()} {path}</code>" in page for path, methods in paths.items() for method in methods)
    assert "at most 500" in page and "≤ 500" in page      # the page size cap, in words and on /api/network's limit
    assert 'id="model-Page_DocumentRow_"' in page and 'href="#model-RelatedReporting"' in page


def test_search_page_names_the_matched_entity_and_its_spellings(client):
    page = client.get("/search", params={"q": "Lena Moravec"}).text
    assert "Searched under every spelling" in page and "<q>Moravec</q>" in page
    assert f'href="/documents/{SCRIPT_DOC}"' in page and '<q class="spelling">Moravec</q>' in page
