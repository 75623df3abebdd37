"""The HTML pages through TestClient: each renders, shows what it should, and escapes document text."""
from __future__ import annotations

import pytest

from tests.small_store import BOLD_NAME, SCRIPT_DOC
from tests.web.conftest import needs_web

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
    assert page.count('<article class="report is-disputed"') == 2
    assert "Sources disagree" in page and "<mark>shelled</mark>" in page and "<mark>hit</mark>" in page
    assert "according to Governor Lena Moravec" in page


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
