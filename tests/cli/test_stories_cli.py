"""Stories through the CLI: three outlets tell one bombing with three tolls, a fourth article
tells something else; the user lists stories, opens one, and reads the contradiction."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app

runner = CliRunner()
OUTLETS = [
    {"url": "https://wire.example/2021/06/02/tarmiyah", "outlet": "Wire One",
     "title": "Car bomb kills 12 at Tarmiyah cattle market",
     "text": "Car bomb kills 12 at Tarmiyah cattle market\n"
             "A car bomb exploded at the crowded cattle market in Tarmiyah on Wednesday, killing 12 people, "
             "police said.\nThe blast also wounded 30 traders."},
    {"url": "https://daily.example/news/tarmiyah-market-bombing", "outlet": "Daily Two",
     "title": "Tarmiyah cattle market bombing kills 17",
     "text": "Tarmiyah cattle market bombing kills 17\n"
             "The car bombing at the Tarmiyah cattle market killed 17 people, according to the Health Ministry.\n"
             "The attack was the deadliest in the province this year."},
    {"url": "https://radio.example/tarmiyah-blast", "outlet": "Radio Three",
     "title": "Governor says 9 died in Tarmiyah cattle market blast",
     "text": "Governor says 9 died in Tarmiyah cattle market blast\n"
             "A car bomb killed 9 people at the Tarmiyah cattle market, the provincial governor Adil Karim said.\n"
             "The governor blamed the Black Banner group for the attack."},
    {"url": "https://wire.example/2021/06/02/port-strike", "outlet": "Wire One",
     "title": "Dock workers strike at Port Harcourt",
     "text": "Dock workers strike at Port Harcourt\n"
             "Thousands of dock workers walked out at Port Harcourt on Wednesday over unpaid wages."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    corpus = folder / "news.jsonl"
    corpus.write_text("\n".join(json.dumps(d) for d in OUTLETS) + "\n")
    db = folder / "g.db"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def cli_json(*args):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_three_outlets_are_one_story_and_the_other_article_none(store):
    [story] = cli_json("stories", "--db", str(store))
    assert {m["outlet"] for m in story["members"]} == {"Wire One", "Daily Two", "Radio Three"}
    assert story["documents"] == 3 and "Tarmiyah" in story["title"]


def test_a_story_says_why_its_documents_were_joined(store):
    [listed] = cli_json("stories", "--db", str(store))
    story = cli_json("story", listed["id"], "--db", str(store))
    assert story["links"] and all(link["score"] > 0 for link in story["links"])
    features = {f["name"]: f["detail"] for link in story["links"] for f in link["features"]}
    assert "Tarmiyah" in features["places"] and "cattle" in features["headline"]
    [bombing] = [e for e in story["events"] if e["type"] == "ASSAULT"]
    assert bombing["documents"] == 3


def test_the_tolls_are_one_events_contradiction_with_their_sources(store):
    [killed] = [c for c in cli_json("contradictions", "--db", str(store)) if c["field"] == "killed"]
    values = {(v["value"], v["attributed_to_name"]) for v in killed["values"]}
    assert {v for v, _ in values} >= {"12", "17", "9"}
    assert ("9", "Adil Karim") in values


def test_story_tables_and_a_missing_story(store):
    listing = runner.invoke(app, ["stories", "--db", str(store)])
    assert listing.exit_code == 0 and "Tarmiyah" in listing.output
    missing = runner.invoke(app, ["story", "nosuchstory", "--db", str(store)])
    assert missing.exit_code == 1 and "no story 'nosuchstory'" in missing.output
