"""Querying and exporting the seeds as an analyst does."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("q") / "q.db"
    assert runner.invoke(app, ["ingest", str(seeds_dir), "--db", str(path)]).exit_code == 0
    return path


def run(db, *args):
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result


def as_json(db, *args):
    return json.loads(run(db, *args, "--json").stdout)


def test_documents_list_every_seed_with_its_printed_or_inferred_date(db):
    docs = {d["source"].rsplit("/", 1)[-1][:3]: d for d in as_json(db, "documents")}
    assert len(docs) == 5
    # The statement is signed 27 July 2013; the page header's 2024 is the crawl date.
    assert (docs["001"]["published"], docs["001"]["published_inferred"]) == ("2013-07-27", False)
    assert any(d["published_inferred"] for d in docs.values())


@pytest.mark.parametrize("args, check", [
    (("--type", "PERSON"), lambda rows: rows and all(r["type"] == "PERSON" for r in rows)),
    (("--type", "GPE"), lambda rows: any(r["name"] == "Iraq" for r in rows)),
    (("--search", "camp"), lambda rows: rows and all("camp" in (r["name"] + " ".join(r["aliases"])).lower() for r in rows)),
])
def test_entities_filters(db, args, check):
    assert check(as_json(db, "entities", *args))


def test_entity_shows_aliases_sentences_and_why(db):
    top = as_json(db, "entities", "--type", "PERSON")[0]
    found = as_json(db, "entity", top["name"], "--why")
    assert found["name"] == top["name"]
    assert found["mentions"] and all(m["text"] in m["sentence"] for m in found["mentions"])
    assert found["why"] and all(w["rule"] and w["name"] and w["source"] for w in found["why"])
    assert run(db, "entity", top["name"]).stdout.count(top["name"]) >= 1


def test_unknown_entity_exits_1(db):
    result = runner.invoke(app, ["entity", "Nobody Anywhere Xyzzy", "--db", str(db)])
    assert result.exit_code == 1 and "no entity" in result.stderr


def test_events_and_one_event_with_its_reports(db):
    events = as_json(db, "events")
    assert events
    detail = as_json(db, "event", events[0]["id"])
    assert detail["reports"] and all(r["sentence"] and r["source"] for r in detail["reports"])


def test_event_why_lists_the_rules_behind_each_report(db):
    event = next(e for e in as_json(db, "events") if e["reports"] > 1)
    reports = as_json(db, "event", event["id"])["reports"]
    shown = run(db, "event", event["id"], "--why").stdout
    assert "Rules behind each report" in shown
    for report in reports:
        assert report["rules"] and any(r.startswith("trigger:") for r in report["rules"])
        assert all(f"  {rule}\n" in shown for rule in report["rules"])
    assert "Rules behind" not in run(db, "event", event["id"]).stdout


def test_events_table_shows_whole_ids_and_documents_by_file_name(db):
    table = run(db, "events").stdout
    for event in as_json(db, "events")[:10]:
        assert event["id"] in table   # an id is copied from the table into `claimgraph event ID`
    assert "seeds/" not in table and ".txt" in table


@pytest.mark.parametrize("option, value, field", [("--type", "ASSAULT", "type"), ("--modality", "planned", "modality")])
def test_event_filters(db, option, value, field):
    assert all(e[field] == value for e in as_json(db, "events", option, value))


def test_export_json_has_the_evaluation_shape(db, tmp_path):
    out = tmp_path / "out.json"
    run(db, "export", "--format", "json", "--output", str(out))
    data = json.loads(out.read_text())
    assert set(data) >= {"documents", "entities", "events", "relations", "contradictions"}
    assert {"id", "source", "title", "published", "published_inferred"} <= set(data["documents"][0])
    mention = data["entities"][0]["mentions"][0]
    assert {"doc", "start", "end", "text"} <= set(mention)


@pytest.mark.parametrize("fmt, marker", [("csv", "event,type,mode"), ("graphml", "<graphml")])
def test_other_export_formats(db, fmt, marker):
    assert marker in run(db, "export", "--format", fmt).stdout


def test_contradictions_and_stats_run(db):
    assert isinstance(as_json(db, "contradictions"), list)
    assert as_json(db, "stats")["documents"] == 5


def two_outlets(tmp_path, first: str, second: str):
    """A store holding one article from each of two outlets, published the same day."""
    corpus = tmp_path / "two.jsonl"
    corpus.write_text("\n".join(json.dumps({"url": url, "published": "2019-03-09", "text": text})
                                for url, text in [("https://one.example/a", first),
                                                  ("https://two.example/b", second)]) + "\n")
    db = tmp_path / "two.db"
    run(db, "ingest", str(corpus))
    return db


def test_contradicting_actors_are_listed_by_name(tmp_path):
    """Two outlets blame different groups for one attack: `contradictions` names both."""
    db = two_outlets(tmp_path,
                     "Jaish al-Adl attacked a police station in Zahedan on March 8, killing four officers.",
                     "The Baloch Liberation Army attacked a police station in Zahedan on March 8, killing five officers.")
    [actors] = [c for c in as_json(db, "contradictions") if c["field"] == "actor"]
    assert sorted(v["label"] for v in actors["values"]) == ["Baloch Liberation Army", "Jaish al-Adl"]
    table = run(db, "contradictions").stdout
    assert "Jaish al-Adl" in table and "Baloch" in table


def test_a_toll_given_by_several_reports_is_listed_once_with_its_count(tmp_path):
    db = two_outlets(tmp_path,
                     "Gunmen attacked a police station in Zahedan on March 8, killing four officers. "
                     "The attack on the police station in Zahedan killed four officers, the governor said.",
                     "Gunmen attacked a police station in Zahedan on March 8, killing five officers.")
    [killed] = [c for c in as_json(db, "contradictions") if c["field"] == "killed"]
    assert killed["range"] == "4\u20135"
    assert [(r["label"], r["reports"], {s["outlet"] for s in r["sources"]}) for r in killed["rows"]] == [
        ("4", 2, {"ONE"}), ("5", 1, {"TWO"})]                  # outlets named by their sites
    table = " ".join(run(db, "contradictions").stdout.replace("\u2502", " ").split())
    assert "killed 4\u20135" in table and "2 reports" in table and "one.example/a" not in table


def test_an_articles_descriptions_of_its_lead_incident_are_one_event_and_a_separate_one_apart(tmp_path):
    """"the 3 a.m. raid" a ministry confirmed and "the raid in the North-West region" are the raid
    the article leads with, which another outlet tells too; "a separate raid" is another event."""
    db = two_outlets(tmp_path,
                     "Separatist fighters stormed a hotel in the city of Bamenda on Friday, killing six guests. "
                     "Cameroon's Defence Ministry confirmed the 3 a.m. raid in a statement on Saturday. "
                     "The raid in the North-West region left the market in ruins, the governor said. "
                     "A separate raid hit a school in Kumba, killing two teachers.",
                     "Separatist fighters killed six guests in a raid on a hotel in Bamenda on Friday, the governor said.")
    events = sorted(as_json(db, "events"), key=lambda e: -e["reports"])
    assert [(e["type"], e["reports"], len(e["documents"])) for e in events] == [("ASSAULT", 4, 2), ("ASSAULT", 1, 1)]
    assert events[1]["location"]["name"] == "Kumba"
    raid = as_json(db, "event", events[0]["id"])
    assert sum(r["trigger"] == "raid" for r in raid["reports"]) == 2
