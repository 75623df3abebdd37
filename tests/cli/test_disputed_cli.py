"""A disputed toll in the terminal: the range in `events` and `event`, and the table of who gives
each value, by headline, outlet and speaker, never by file name (tests/ambush_store.py)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app
from tests.ambush_store import build_ambush_store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ambush") / "ambush.db"
    build_ambush_store(path).close()
    return str(path)


def run(db: str, *args: str) -> str:
    result = runner.invoke(app, [*args, "--db", db], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_show_the_disputed_toll_as_a_range(db):
    assert "30–34 (disputed)" in run(db, "events")
    [row] = json.loads(run(db, "events", "--json"))
    assert (row["killed_range"], row["disputed"], row["reports"]) == ("30–34", ["killed"], 6)


def test_event_shows_the_range_and_who_gives_each_value(db):
    [row] = json.loads(run(db, "events", "--json"))
    shown = run(db, "event", row["id"])
    assert "killed: 30–34 (disputed)" in shown
    assert "3 independent outlets (Daily Ledger, Harbor Times, Relay) and 1 document of unknown outlet" in shown
    table = shown[shown.index("Sources disagree on killed: 30–34"):]
    for giver in ("Ilsa Varga in Thirty-four dead in Korvath · Harbor Times", "Korvath convoy hit · Coast Gazette (Relay copy)",
                  "Convoy ambushed · Daily Ledger"):
        assert giver in " ".join(table.replace("│", " ").split()), giver
    assert ".txt" not in shown and "feeds/" not in shown


def test_event_json_has_the_disagreement_rows(db):
    [row] = json.loads(run(db, "events", "--json"))
    detail = json.loads(run(db, "event", row["id"], "--json"))
    [killed] = detail["contradictions"]
    assert [(r["label"], r["reports"]) for r in killed["rows"]] == [("34", 3), ("30", 2)]
