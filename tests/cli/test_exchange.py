"""The formats analysts exchange, through the CLI as a user runs it, on the seeds and the dev corpus:
each export read back by its own library, the ACLED round trip, compare on a hand-edited file,
and files that are no ACLED CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import sys
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app
from claimgraph.export.acled import COLUMNS
from claimgraph.export.dates import days

runner = CliRunner()


def invoke(*args, code=0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture()
def store(corpus_db):
    return corpus_db


def copy_store(db, folder):
    """A copy of an SQLite store, its write-ahead log included, to import into without touching it."""
    copy = folder / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def exported(db, format) -> str:
    return invoke("export", "--format", format, "--db", db).stdout


def events_of(db) -> list[dict]:
    return json.loads(exported(db, "json"))["events"]


def check_stix(text, db):
    stix2 = pytest.importorskip("stix2", reason="stix2 is not installed: pip install 'claimgraph[exchange]'")
    bundle = stix2.parse(text, allow_custom=False)
    kinds = {o.type for o in bundle.objects}
    assert {"threat-actor", "identity", "location", "report", "relationship"} <= kinds
    ids = {o.id for o in bundle.objects}
    refs = [ref for o in bundle.objects for ref in (*o.get("object_refs", ()), o.get("source_ref"), o.get("target_ref"))]
    assert set(filter(None, refs)) <= ids                          # every reference is in the bundle
    assert exported(db, "stix") == text                          # reproducible, ids and all


def check_ftm(text, db):
    ftm = pytest.importorskip("followthemoney", reason="followthemoney is not installed: pip install 'claimgraph[exchange]'")
    written = [json.loads(line) for line in text.splitlines()]
    proxies = [ftm.model.get_proxy(entity, cleaned=False) for entity in written]
    # the model drops what it does not know (a property, a value of the wrong type): nothing may be dropped
    for proxy, entity in zip(proxies, written):
        kept = proxy.to_dict()["properties"]
        assert {k: sorted(v) for k, v in kept.items()} == {k: sorted(v) for k, v in entity["properties"].items()}
    ids = {p.id for p in proxies}
    assert all(value in ids for p in proxies for prop, value in p.itervalues() if prop.type.name == "entity")
    schemata = {p.schema.name for p in proxies}
    assert {"Article", "Person", "Organization", "Address", "Event"} <= schemata
    events = [p for p in proxies if p.schema.name == "Event"]
    assert len(events) == len(events_of(db)) and all(p.get("proof") for p in events)


def event_edges_are_their_events(edges, db):
    """Each (source, target, attributes) event edge runs from an actor of its event (the one named,
    else one of the events alike) to one of its targets, with the event's type, alive over the days
    its date covers at its precision."""
    events = events_of(db)
    assert edges
    for source, target, data in edges:
        span = (data.get("start"), data.get("end"))
        assert any(source in e["actors"] and target in e["targets"] and e["type"] == data["type"]
                   and span == (days(e["date"], e["date_precision"], e["date_end"]) or (None, None))
                   for e in events if data.get("event", e["id"]) == e["id"]), (source, target, data)


def check_gexf(text, db):
    nx = pytest.importorskip("networkx", reason="networkx is not installed")
    graph = nx.read_gexf(io.StringIO(text))
    assert graph.is_directed() and graph.graph["mode"] == "dynamic"
    event_edges_are_their_events([(u, v, d) for u, v, d in graph.edges(data=True) if d["kind"] == "event"], db)


def check_graphml(text, db):
    root = ET.fromstring(text)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert root.find("g:graph", ns).get("edgedefault") == "directed"
    edges = [(e.get("source"), e.get("target"), {d.get("key"): d.text for d in e.findall("g:data", ns)})
             for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    event_edges_are_their_events([(u, v, {**d, "type": d["label"]}) for u, v, d in edges if d["kind"] == "event"], db)


def check_acled(text, db):
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and tuple(rows[0]) == COLUMNS
    assert all(r["event_date"] and r["event_type"] and r["time_precision"] in "123" for r in rows)
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)           # one row per event


@pytest.mark.parametrize("format, check", [("stix", check_stix), ("ftm", check_ftm), ("gexf", check_gexf),
                                           ("graphml", check_graphml), ("acled", check_acled)])
def test_each_export_is_read_back_by_its_own_library(store, format, check):
    check(exported(store, format), store)


def test_the_acled_round_trip_finds_every_event(store, tmp_path):
    csv_file = tmp_path / "own.csv"
    invoke("export", "--format", "acled", "-o", csv_file, "--db", store)
    rows = len(list(csv.DictReader(csv_file.open(encoding="utf-8"))))
    db = copy_store(store, tmp_path)
    imported = json.loads(invoke("import", "acled", csv_file, "--db", db, "--json").stdout)
    assert (imported["rows"], imported["added"]) == (rows, rows)
    again = json.loads(invoke("import", "acled", csv_file, "--db", db, "--json").stdout)
    assert (again["added"], again["already_stored"]) == (0, rows)                 # kept once
    result = json.loads(invoke("compare", "acled", "--db", db, "--json").stdout)
    assert (result["found"], result["differs"], result["missed"]) == (rows, 0, 0)
    assert all(m["event"] == m["reference_id"] for m in result["matches"])        # each its own event


def test_compare_on_a_hand_edited_file(seeds_db, tmp_path):
    rows = list(csv.DictReader(io.StringIO(exported(seeds_db, "acled"))))
    dated = next(i for i, r in enumerate(rows) if r["time_precision"] == "1")
    rows[dated]["event_date"] = _days_later(rows[dated]["event_date"], 3)
    counted = next(i for i in range(len(rows)) if i != dated)
    rows[counted]["fatalities"] = str(int(rows[counted]["fatalities"]) + 7)
    rows.append({**rows[dated], "event_id_cnty": "HAND1", "location": "Nowhere Near Here", "event_date": "1999-01-05"})
    csv_file = tmp_path / "edited.csv"
    with csv_file.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    db = copy_store(seeds_db, tmp_path)
    invoke("import", "acled", csv_file, "--db", db)
    result = json.loads(invoke("compare", "acled", "--db", db, "--json").stdout)
    by_id = {m["reference_id"]: m for m in result["matches"]}
    assert by_id["HAND1"]["status"] == "missed"
    assert by_id[rows[dated]["event_id_cnty"]]["status"] == "differs"
    assert by_id[rows[dated]["event_id_cnty"]]["differences"][0].startswith("date: ")
    assert by_id[rows[counted]["event_id_cnty"]]["differences"] == [
        f"fatalities: {rows[counted]['fatalities']} in the reference, "
        f"{int(rows[counted]['fatalities']) - 7} in claimgraph"]
    assert (result["found"], result["differs"], result["missed"]) == (len(rows) - 3, 2, 1)
    missed = json.loads(invoke("compare", "acled", "--db", db, "--json", "--show", "missed").stdout)
    assert [m["reference_id"] for m in missed] == ["HAND1"]
    table = invoke("compare", "acled", "--db", db).stdout
    assert "HAND1" in table and f"{len(rows) - 3} found, 2 differ, 1 missed" in table


def _days_later(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


@pytest.mark.parametrize("content, message", [
    (b"name,date\nx,y\n", "not an ACLED-style CSV: no column event_date, event_type"),
    (b"\xff\xfe\x00\x01binary\x00", "not UTF-8 text"),
    (b"event_date,event_type\nyesterday,Battles\n", "line 2: event_date 'yesterday' is no date"),
    (b"event_date,event_type,fatalities\n2021-01-02,Battles,lots\n", "fatalities 'lots' is no whole number"),
])
def test_files_that_are_no_acled_csv_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    result = invoke("import", "acled", path, "--db", tmp_path / "x.db", code=2)
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_missing_file_is_a_one_line_error(tmp_path):
    result = invoke("import", "acled", tmp_path / "absent.csv", "--db", tmp_path / "x.db", code=2)
    assert "cannot read" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_compare_before_any_import_says_what_to_run(seeds_db, tmp_path):
    db = copy_store(seeds_db, tmp_path)
    result = invoke("compare", "acled", "--db", db, code=2)
    assert "claimgraph import acled" in result.stderr


def test_compare_show_takes_a_status(seeds_db):
    assert "--show takes one of" in invoke("compare", "acled", "--db", seeds_db, "--show", "odd", code=2).stderr


@pytest.mark.parametrize("format, library", [("stix", "stix2"), ("ftm", "followthemoney")])
def test_an_exporter_whose_library_is_missing_says_the_pip_command(seeds_db, monkeypatch, format, library):
    monkeypatch.setitem(sys.modules, library, None)          # import fails as when not installed
    result = invoke("export", "--format", format, "--db", seeds_db, code=2)
    assert result.stderr.strip() == (f"error: the {format} exporter needs the {library} library: "
                                     "pip install 'claimgraph[exchange]'")


def test_a_large_import_reads_every_row(tmp_path):
    path = tmp_path / "large.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(("event_id_cnty", "event_date", "time_precision", "event_type", "location", "fatalities"))
        for number in range(1200):                            # past the progress bar's threshold
            day = dt.date(2020, 1, 1) + dt.timedelta(days=number % 365)
            writer.writerow((f"REF{number}", day.isoformat(), 1, "Battles", f"Place {number % 40}", number % 5))
    result = invoke("import", "acled", path, "--db", tmp_path / "large.db")
    assert result.stdout.startswith("1200 reference events added")
