"""An article that prints no year is dated through the events it shares with dated articles."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from claimgraph.cli.main import app

runner = CliRunner()
DATED = {"url": "https://wire.example/a", "outlet": "Wire", "published": "2019-03-10",
         "text": "Gunmen attacked the Al-Noor mosque in Kirkuk on March 8, killing nine worshippers. "
                 "The Kirkuk police chief Ahmed Salih said the gunmen fled in two cars."}
UNDATED = {"url": "https://blog.example/b", "outlet": "Blog",
           "text": "The attack on the Al-Noor mosque in Kirkuk on March 8 killed eleven worshippers, "
                   "according to local doctors. On March 9, the Kirkuk police chief Ahmed Salih met "
                   "tribal leaders in Kirkuk to discuss security for the mosque."}


def test_undated_article_is_dated_by_a_shared_event(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(json.dumps(d) for d in (DATED, UNDATED)) + "\n")
    db, out = tmp_path / "g.db", tmp_path / "g.json"
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["export", "--output", str(out), "--db", str(db)]).exit_code == 0
    graph = json.loads(out.read_text())
    dates = {d["url"]: (d["published"], d["published_inferred"]) for d in graph["documents"]}
    assert dates == {DATED["url"]: ("2019-03-10", False), UNDATED["url"]: ("2019-03-09", True)}
    [attack] = [e for e in graph["events"] if e["type"] == "ASSAULT"]
    assert attack["date"] == "2019-03-08" and {r["killed"] for r in attack["reports"]} == {9, 11}
    assert [c["field"] for c in graph["contradictions"] if c["event"] == attack["id"]] == ["killed"]
