"""End to end in a real headless browser: Playwright driving Debian's Chromium against uvicorn.

Over the seed corpus (ingested once through the CLI): an analyst's journey overview → event →
document → entity → back, the timeline filter, search and the network drawing. Over the small
hand-made store: a `<script>` in a document stays text. At 800 and 1400 px: the network's legend and
directed links, search under every spelling of an entity, a report's link landing on its sentence,
totals under every list, and no page wider than the window. Every run saves the main views to
docs/screenshots/ for the README (CLAIMGRAPH_SCREENSHOTS=0 does not). CLAIMGRAPH_TEST_SEEDS_DB names
an already ingested store to use instead of ingesting the seeds again (slow machines).
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS
from tests.small_store import BOLD_NAME, SCRIPT_DOC
from tests.watched_store import THREATS, build_watched_store
from tests.web.conftest import needs_web

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = REPO / "docs" / "screenshots"
DEFAULT_WIDTH = 1400
WIDTHS = (800, DEFAULT_WIDTH)   # the layouts hold from 800 to 1600 px
INGEST_TIMEOUT_S = 900   # the five seeds take ~1-2 min on an idle 2-core machine, several when it is shared

pytest.importorskip("pytest_playwright", reason="pytest-playwright is not installed: pip install 'claimgraph[test]'")
pytestmark = [needs_web,
              pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}: apt-get install chromium")]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM),
            "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS]}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": DEFAULT_WIDTH, "height": 900}}


def serve(db: str):
    """uvicorn in a thread on a free loopback port; yields the base URL."""
    import uvicorn

    from claimgraph.web.app import create_app
    from claimgraph.web.settings import WebSettings

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(WebSettings(db=db)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def small_server(small_db):
    yield from serve(small_db)


@pytest.fixture(scope="session")
def watched_server(tmp_path_factory):
    db = tmp_path_factory.mktemp("watched") / "watched.db"
    build_watched_store(db).close()
    yield from serve(str(db))


@pytest.fixture(scope="session")
def seeds_server(tmp_path_factory):
    prebuilt = os.environ.get("CLAIMGRAPH_TEST_SEEDS_DB")
    if prebuilt:
        yield from serve(prebuilt)
        return
    if not SEEDS.is_dir():
        pytest.skip(f"the seed corpus is not at {SEEDS}")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    command = [str(Path(sys.executable).with_name("claimgraph")), "ingest", str(SEEDS), "--db", str(db)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=INGEST_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pytest.skip(f"ingesting the seeds took over {INGEST_TIMEOUT_S} s")
    if done.returncode != 0 or not db.exists():
        pytest.skip(f"the pipeline could not ingest the seeds (exit {done.returncode}): {done.stderr[-500:]}")
    yield from serve(str(db))


@pytest.fixture
def watched(page):
    """The page, failing the test on any console error (a CSP violation, a script error) or dialog."""
    problems = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield page
    assert problems == []


def screenshot(page, name: str) -> None:
    """Saves the view for the README on every run (CLAIMGRAPH_SCREENSHOTS=0 skips it), at the default
    width only: a picture that did not change leaves the file's bytes, and so git, as they were."""
    if os.environ.get("CLAIMGRAPH_SCREENSHOTS") != "0" and page.viewport_size["width"] == DEFAULT_WIDTH:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=name != "network")


def test_journey_overview_event_document_entity_and_back(watched, seeds_server):
    page = watched
    page.goto(seeds_server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    screenshot(page, "overview")

    page.locator("table.events a[href^='/events/']").first.click()
    page.wait_for_url("**/events/**")
    assert page.locator("article.report").count() >= 1

    page.locator("article.report a[href^='/documents/']").first.click()
    page.wait_for_url("**/documents/**")
    document_url = page.url
    assert page.locator("article.doctext a.m-report").count() >= 1
    screenshot(page, "document")

    mention = page.locator("article.doctext a.m-entity").first
    name = mention.get_attribute("title")
    mention.click()
    page.wait_for_url("**/entities/**")
    assert name in page.locator("h1").inner_text()
    screenshot(page, "entity")

    page.go_back()
    page.wait_for_url(document_url)
    assert page.locator("article.doctext").is_visible()


@pytest.mark.parametrize("width", [800, 1400])
def test_a_disputed_toll_reads_as_a_range_with_named_sources(watched, seeds_server, width):
    """An event whose reports give different tolls (found through the API): the header reads
    "A–B (disputed)", and the table of claims names each value's documents by headline, never by
    file name, and fits the window."""
    page = watched
    page.set_viewport_size({"width": width, "height": 900})
    events = page.request.get(seeds_server + "/api/events", params={"limit": 500}).json()["items"]
    disputed = [e for e in events if "killed" in e["disputed"]]
    assert disputed, "no event of the seeds has reports giving different tolls"
    event = page.request.get(f"{seeds_server}/api/events/{disputed[0]['id']}").json()
    low, high = event["killed_range"].split("\u2013")
    assert int(low) < int(high)

    page.goto(f"{seeds_server}/events/{event['id']}")
    assert page.locator("dl.meta dd.killed").inner_text() == f"{low}\u2013{high} (disputed)"
    table = page.locator("table.claims[data-field='killed']")
    assert f"{low}\u2013{high}" in table.locator("caption").inner_text()
    [killed] = [d for d in event["contradictions"] if d["field"] == "killed"]
    rows = table.locator("tbody tr")
    assert rows.count() == len(killed["rows"])
    for i, claim in enumerate(killed["rows"]):
        row = rows.nth(i)
        assert row.locator("th.value").inner_text() == claim["label"]
        givers = row.locator("td").first.inner_text()
        assert all(source["title"] in givers for source in claim["sources"])
        assert ".txt" not in givers and not any(source["doc"] in givers for source in claim["sources"])
    assert page.locator(".report.is-disputed").count() == 0      # values are marked, not whole cards
    box = table.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "event")


def test_timeline_filter_by_type(watched, seeds_server):
    page = watched
    page.goto(seeds_server + "/timeline")
    wanted = page.locator("select[name=type] option").nth(1).get_attribute("value")
    page.select_option("select[name=type]", wanted)
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(f"**/timeline?type={wanted}**")
    shown = page.locator("table.events tbody td:nth-child(2) a").all_inner_texts()
    assert shown and set(shown) == {wanted}


def test_search_finds_an_entity_named_on_the_overview(watched, seeds_server):
    page = watched
    page.goto(seeds_server + "/")
    name = page.locator("ol.actors a.entity").first.inner_text()
    page.fill("header form.search input[name=q]", name)
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=**")
    assert page.locator("section", has_text="Entities").locator("a.entity", has_text=name).count() >= 1


def test_network_draws_with_the_vendored_library(watched, seeds_server):
    page = watched
    page.goto(seeds_server + "/network")
    # a locator wait, not wait_for_function: a predicate string is eval'd, which the page's CSP forbids
    page.locator("#network-status", has_text="entities").wait_for()
    assert page.locator("#network canvas").count() >= 1
    page.wait_for_timeout(500)   # let the layout settle for the picture
    screenshot(page, "network")


def test_script_in_a_document_is_shown_as_text(watched, small_server):
    page = watched
    page.goto(f"{small_server}/documents/{SCRIPT_DOC}")
    text = page.locator("article.doctext").inner_text()
    assert "<script>alert(1)</script>" in text
    assert page.locator("article.doctext script, article.doctext b").count() == 0
    assert page.locator("a.m-entity", has_text="<b>Bold</b> Brigade").count() == 1


def fits_without_horizontal_scroll(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def disjoint(a: dict, b: dict) -> bool:
    return (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
            or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


@pytest.mark.parametrize("width", WIDTHS)
def test_map_draws_a_marker_for_each_placed_event(watched, seeds_server, width):
    page = watched
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(seeds_server + "/map")
    page.locator("#map-status").wait_for(state="hidden")
    answer = page.request.get(seeds_server + "/api/map").json()
    assert answer["markers"], "the seeds have events at places the gazetteer knows"
    # the map opens on the dense area; the markers outside it are counted, and drawn when asked for
    assert page.locator("#map-svg a.marker").count() == len(answer["markers"]) - answer["outside"]
    if answer["outside"]:
        outside = page.locator("#map-outside")
        assert outside.inner_text().startswith(f"{answer['outside']} event")
        outside.click()
        assert page.locator("#map-svg a.marker").count() == len(answer["markers"])
        page.click("#event-map .button-group button[data-action=dense]")
    assert page.locator("#map-svg path.country").count() > 100   # the vendored outlines
    types = {m["event"]["type"] for m in answer["markers"]}
    assert {" ".join(t.split()) for t in page.locator("#map-legend .legend-types li").all_inner_texts()} == {
        f"{t} {sum(m['event']['type'] == t for m in answer['markers'])}" for t in types}
    unplaced = len(answer["unplaced"])
    assert page.locator(".unplaced-count").inner_text() == f"{unplaced} event{'s' * (unplaced != 1)} without a place on the map"
    fits_without_horizontal_scroll(page)
    assert disjoint(page.locator("#event-map").bounding_box(), page.locator("#map-legend").bounding_box())
    if width == 1400:
        screenshot(page, "map")

    marker = page.locator("#map-svg a.marker").last   # drawn last: on top of any it touches
    event_id = marker.get_attribute("data-event")
    marker.click()
    page.wait_for_url(f"**/events/{event_id}")
    assert page.locator("h1").count() == 1


def test_map_zooms_and_follows_the_filters(watched, seeds_server):
    page = watched
    page.goto(seeds_server + "/map")
    page.locator("#map-status").wait_for(state="hidden")
    land = page.locator("#map-svg g.land")
    fitted = land.get_attribute("transform")
    page.click("#event-map .button-group button[data-action=world]")
    assert land.get_attribute("transform") != fitted
    page.click("#event-map .button-group button[data-action=dense]")
    assert land.get_attribute("transform") == fitted
    box = page.locator("#map-svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -300)
    assert land.get_attribute("transform") != fitted
    wanted = page.locator("#map-svg a.marker").first.get_attribute("class").split("ty-")[1].split()[0]
    page.goto(f"{seeds_server}/map?type={wanted}")
    page.locator("#map-status").wait_for(state="hidden")
    classes = page.locator("#map-svg a.marker").evaluate_all("links => links.map(a => a.getAttribute('class'))")
    assert classes and all(f"ty-{wanted}" in c for c in classes)


def visible_range(page) -> tuple[str, str]:
    shown = page.locator("#timeline-range")
    return shown.get_attribute("data-first"), shown.get_attribute("data-last")


def days_between(first: str, last: str) -> int:
    import datetime as dt
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


@pytest.mark.parametrize("width", WIDTHS)
def test_timeline_zooms_pans_and_counts_the_undated(watched, seeds_server, width):
    page = watched
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(seeds_server + "/timeline")
    page.locator("#timeline-range[data-first]").wait_for(state="attached")
    answer = page.request.get(seeds_server + "/api/timeline").json()
    assert page.locator("#timeline-svg a.ev").count() == len(answer["spans"]) - answer["earlier"] - answer["later"]
    assert visible_range(page)[0] <= answer["view_first"] and visible_range(page)[1] >= answer["view_last"]
    undated = len(answer["undated"])
    assert page.locator(".undated-count").inner_text() == f"{undated} undated event{'s' * (undated != 1)}"
    assert page.locator("#undated-events table.events tbody tr").count() == max(undated, 1)
    outliers = page.locator(".timeline-edges .edge:visible")
    assert outliers.count() == bool(answer["earlier"]) + bool(answer["later"])
    fits_without_horizontal_scroll(page)
    if width == 1400:
        screenshot(page, "timeline")

    before = visible_range(page)
    page.click("#timeline button[data-action=zoom-in]")
    zoomed = visible_range(page)
    assert days_between(*zoomed) < days_between(*before)
    page.click("#timeline button[data-action=pan-right]")
    panned = visible_range(page)
    assert panned[0] > zoomed[0] and abs(days_between(*panned) - days_between(*zoomed)) <= 1

    box = page.locator("#timeline-svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -300)
    assert days_between(*visible_range(page)) < days_between(*panned)
    dragged_from = visible_range(page)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 + 200, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    assert visible_range(page)[0] < dragged_from[0]           # dragged right: earlier days come in

    page.click("#timeline button[data-action=all]")
    everything = visible_range(page)
    assert everything[0] <= answer["spans"][0]["first"] and page.locator(".timeline-edges .edge:visible").count() == 0


def at_width(page, width: int):
    page.set_viewport_size({"width": width, "height": 900})
    return page


def api(page, base: str, path: str, **params) -> dict:
    answer = page.request.get(base + path, params=params)
    assert answer.ok, f"{path}: {answer.status}"
    return answer.json()


@pytest.mark.parametrize("width", WIDTHS)
def test_network_has_a_legend_and_directed_links(watched, seeds_server, width):
    page = at_width(watched, width)
    page.goto(seeds_server + "/network")
    page.locator("#network-status", has_text="acted on").wait_for()
    legend = page.locator("#network-legend")
    assert legend.is_visible()
    assert legend.locator(".node-types li").count() >= 2
    assert sorted(legend.locator(".edge-kinds li").evaluate_all("items => items.map(i => i.dataset.kind)")) == \
        ["acted_on", "event", "relation"]
    acted = page.locator("#network-links li[data-kind=acted_on]")
    assert acted.count() >= 1
    # "Actor → Target: TYPE date": directed, labelled with the event's type and its date (or "undated")
    link = re.compile(r".+ → .+: [A-Z_]+ (\d{4}(-\d\d){0,2}|undated)( \+\d+)?")
    assert [text for text in acted.all_text_contents() if not link.fullmatch(text)] == []


@pytest.mark.parametrize("width", WIDTHS)
def test_search_by_one_spelling_finds_every_document_of_the_entity(watched, seeds_server, width):
    page = at_width(watched, width)
    entities = api(page, seeds_server, "/api/entities", limit=500)["items"]
    # an entity resolution gave several spellings, named in more than one document: search one alias
    entity = next(e for e in entities if e["aliases"] and e["documents"] >= 2)
    spelling = entity["aliases"][-1]
    wanted = {d["id"] for d in api(page, seeds_server, f"/api/entities/{entity['id']}")["documents"]}
    page.goto(seeds_server + "/search?" + urllib.parse.urlencode({"q": spelling}))
    matched = page.locator("section.matched li", has=page.locator(f"a[href='/entities/{entity['id']}']"))
    assert matched.count() == 1
    assert set(matched.locator(".spellings q").all_inner_texts()) == {entity["name"], *entity["aliases"]}
    hrefs = page.locator("section.search-documents ul.hits > li > a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    assert wanted <= {h.removeprefix("/documents/") for h in hrefs}
    screenshot(page, "search")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_report_link_lands_on_its_sentence(watched, seeds_server, width):
    page = at_width(watched, width)
    event = api(page, seeds_server, "/api/events", limit=1)["items"][0]
    page.goto(f"{seeds_server}/events/{event['id']}")
    report = page.locator("article.report").first
    sentence = " ".join(report.locator("blockquote").inner_text().split())
    report.locator("dd a[href^='/documents/']").first.click()
    page.wait_for_url(re.compile(r".*/documents/[^#]+#s\d+$"))
    target = page.locator(":target")
    target.wait_for()
    assert target.is_visible() and target.evaluate("el => el.classList.contains('sentence')")
    # the sentence's words, less the event types the page writes after each trigger
    words = target.evaluate("el => { const c = el.cloneNode(true); c.querySelectorAll('sup').forEach(s => s.remove());"
                            " return c.textContent; }")
    assert sentence in " ".join(words.split())
    box, height = target.bounding_box(), page.viewport_size["height"]
    assert 0 <= box["y"] < height, "the sentence is not scrolled into view"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path, api_path, picture", [("/documents", "/api/documents", "documents"),
                                                    ("/entities", "/api/entities", "entities")])
def test_lists_show_their_totals(watched, seeds_server, width, path, api_path, picture):
    page = at_width(watched, width)
    total = api(page, seeds_server, api_path)["total"]
    page.goto(seeds_server + path)
    shown = page.locator(".pager .total").first.inner_text()
    assert re.fullmatch(rf"1–{min(total, 50)} of {total}", shown)
    if total > 50:
        page.locator(".pager a", has_text="next").first.click()
        page.wait_for_url("**offset=50**")
        assert page.locator(".pager .total").first.inner_text().startswith("51–")
    screenshot(page, picture)


PAGES = ["/", "/documents", "/entities", "/network", "/search?q={name}", "/entities/{entity}",
         "/documents/{document}", "/events/{event}", "/docs"]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_is_wider_than_the_window(watched, seeds_server, width):
    page = at_width(watched, width)
    entity = api(page, seeds_server, "/api/entities", limit=1)["items"][0]
    ids = {"name": entity["name"], "entity": entity["id"],
           "document": api(page, seeds_server, "/api/documents", limit=1)["items"][0]["id"],
           "event": api(page, seeds_server, "/api/events", limit=1)["items"][0]["id"]}
    wider = []
    for path in PAGES:
        page.goto(seeds_server + path.format(**{k: urllib.parse.quote(v) for k, v in ids.items()}))
        if page.evaluate("document.scrollingElement.scrollWidth > innerWidth"):
            wider.append(path)
    assert wider == []


@pytest.mark.parametrize("width", WIDTHS)
def test_overview_side_list_stays_clear_of_the_events_table(watched, seeds_server, width):
    page = at_width(watched, width)
    page.goto(seeds_server + "/")
    table, side = page.locator("section.wide table").bounding_box(), page.locator("ol.actors").bounding_box()
    apart = (side["x"] >= table["x"] + table["width"] or side["y"] >= table["y"] + table["height"])
    assert apart, f"the actors list {side} overlaps the latest events {table}"


def test_alerts_page_and_atom_feed(watched, watched_server):
    page = watched
    page.goto(watched_server + "/")
    page.locator("header nav a", has_text="Alerts").click()
    page.wait_for_url("**/alerts")
    assert page.locator("article.alert").count() == 2
    assert page.locator("article.alert", has_text=BOLD_NAME).count() == 1     # the name as text, not markup
    assert page.locator("article.alert b").count() == 0
    screenshot(page, "alerts")
    page.locator("article.alert h2 a").first.click()
    page.wait_for_url("**/events/**")
    assert page.locator("article.report").count() >= 1


def test_atom_feed_opens_in_the_browser(page, watched_server):
    answer = page.goto(f"{watched_server}/watch/{THREATS}.atom")
    assert answer.status == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    shown = page.locator("body").inner_text()          # Chromium shows a feed as its XML text
    assert shown.startswith("<?xml") and "<title>new: THREATEN by &lt;b&gt;Bold&lt;/b&gt; Brigade" in shown
    screenshot(page, "atom")
