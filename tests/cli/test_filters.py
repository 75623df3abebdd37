"""`claimgraph events` filters as an analyst types them: dates at every precision compared as the
days they cover, places with everything inside them, actor, target and place apart, and every value
that means nothing refused with the valid choices."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimgraph import filters
from claimgraph.cli import render
from claimgraph.cli.main import app
from claimgraph.errors import FilterError
from claimgraph.store.queries import short_source
from tests.conftest import REPO
from tests.dated_store import build_dated_store, event_keys

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("filters") / "dated.db"
    build_dated_store(path).close()
    return str(path)


def found(db, *args) -> list[str]:
    result = runner.invoke(app, ["events", "--db", db, "--json", *args])
    assert result.exit_code == 0, result.output
    return event_keys(json.loads(result.stdout))


@pytest.mark.parametrize("args, keys", [
    (("--from", "2013-10-15"), ["month", "city"]),             # "October 2013" runs to the 31st
    (("--to", "2013-10-15"), ["year", "week", "day", "month"]),  # ... and from the 1st
    (("--from", "2013-09", "--to", "2013-09"), ["day"]),       # the events of one month
    (("--from", "2013", "--to", "2013"), ["week", "day", "month"]),
    (("--from", "2012-06-01", "--to", "2012-06-30"), ["year"]),  # a day range inside "2012"
    (("--from", "2013-07-18", "--to", "2013-07-18"), ["week"]),  # a day inside "15-21 July"
    (("--from", "2013-07-21", "--to", "2013-07-21"), ["week"]),  # its last day
    (("--from", "2013-07-22", "--to", "2013-08"), []),
    (("--to", "2012"), ["year"]),
    (("--from", "2014-01-05"), ["city"]),                      # undated events never match a date
    (("--to", "2014-01-04"), ["year", "week", "day", "month"]),
])
def test_dates_at_every_precision_are_the_days_they_cover(db, args, keys):
    assert found(db, *args) == keys


@pytest.mark.parametrize("args, keys", [
    (("--place", "Delmark"), ["week", "day"]),                 # Ostrava Camp is stated to lie in Delmark
    (("--place", "Ostrava Camp"), ["week"]),
    (("--place", "Afghanistan"), ["city"]),                    # the gazetteer puts Kandahar there
    (("--place", "Ridge Brigade"), []),                        # no event's place
    (("--actor", "Ridge Brigade"), ["year", "week", "month"]),
    (("--target", "Ridge Brigade"), ["day", "undated"]),
    (("--entity", "Ridge Brigade"), ["year", "week", "day", "month", "undated"]),
    (("--actor", "Delmark"), []),                              # a place is no actor
    (("--type", "assault", "--place", "Delmark"), ["week"]),
    (("--modality", "threatened"), ["undated"]),
])
def test_place_actor_and_target_filters_are_distinct(db, args, keys):
    assert found(db, *args) == keys


@pytest.mark.parametrize("args, says", [
    (("--from", "2013-13-45"), "invalid start date '2013-13-45': use YYYY, YYYY-MM or YYYY-MM-DD"),
    (("--to", "2013-02-29"), "invalid end date '2013-02-29'"),
    (("--from", "yesterday"), "invalid start date 'yesterday'"),
    (("--from", "garbage"), "invalid start date 'garbage'"),
    (("--from", "2013-10-5"), "invalid start date '2013-10-5'"),
    (("--type", "FOO"), "unknown event type 'FOO': one of AGREE, CONSULT, " + ", ".join(filters.PLOVER_TYPES[2:])),
    (("--modality", "maybe"), "unknown modality 'maybe': one of occurred, planned, threatened, possible, denied"),
    (("--limit", "-1"), "invalid --limit -1: a whole number from 1 to"),
    (("--limit", "0"), "invalid --limit 0"),
    (("--from", "2013-10-02", "--to", "2013-10-01"), "the start date 2013-10-02 is after the end date 2013-10-01"),
])
def test_a_value_that_means_nothing_is_one_line_naming_the_choices(db, args, says):
    result = runner.invoke(app, ["events", "--db", db, *args])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"error: {says}") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("type, says", [
    ("org", None), ("GROUP", None),
    ("FOO", "error: unknown entity type 'FOO': one of PERSON, ORG, GROUP, GPE, LOC, FAC, NORP"),
])
def test_entity_types_are_checked(db, type, says):
    result = runner.invoke(app, ["entities", "--db", db, "--type", type, "--json"])
    if says:
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", says + "\n")
    else:
        assert result.exit_code == 0 and {e["type"] for e in json.loads(result.stdout)} <= {type.upper()}


@pytest.mark.parametrize("command", ["documents", "entities"])
def test_every_list_refuses_a_negative_limit(db, command):
    result = runner.invoke(app, [command, "--db", db, "--limit", "-1"])
    assert result.exit_code == 2 and result.stderr.startswith("error: invalid --limit -1")


@pytest.mark.parametrize("text, first, last", [
    ("2013", "2013-01-01", "2013-12-31"),
    ("2012-02", "2012-02-01", "2012-02-29"),
    ("2013-02", "2013-02-01", "2013-02-28"),
    ("2013-10-15", "2013-10-15", "2013-10-15"),
    (" 2013-10 ", "2013-10-01", "2013-10-31"),
])
def test_a_date_filter_is_the_days_it_covers(text, first, last):
    found = filters.period(text)
    assert (found.first.isoformat(), found.last.isoformat()) == (first, last)


@pytest.mark.parametrize("text", ["", "13", "2013-1", "2013/10/15", "15-10-2013", "2013-10-15T00:00", "20131015"])
def test_anything_but_a_year_month_or_day_is_refused(text):
    with pytest.raises(FilterError, match="use YYYY, YYYY-MM or YYYY-MM-DD"):
        filters.period(text)


@pytest.mark.parametrize("date, precision, date_end, shown", [
    ("2013-01-01", "year", None, "2013"),
    ("2013-10-01", "month", None, "Oct 2013"),
    ("2013-10-15", "day", None, "15 Oct 2013"),
    ("2013-07-15", "day", "2013-07-21", "15–21 Jul 2013"),
    ("2013-06-30", "day", "2013-07-02", "30 Jun – 2 Jul 2013"),
    ("2012-12-30", "day", "2013-01-02", "30 Dec 2012 – 2 Jan 2013"),
    ("--09-01", None, None, "1 Sep, year unknown"),
    (None, None, None, "-"),
])
def test_dates_are_shown_at_their_precision(date, precision, date_end, shown):
    assert render.date_label(date, precision, date_end) == shown


def narrow(db: str, *args: str) -> str:
    """The command's output in a real 80-column terminal's width."""
    result = subprocess.run([sys.executable, "-c", "from claimgraph.cli.main import main; main()", *args, "--db", db],
                            capture_output=True, text=True, timeout=120, cwd=REPO,
                            env={**os.environ, "COLUMNS": "80", "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    return result.stdout


def on_one_line(text: str, lines: list[str]) -> bool:
    """The value whole on one line, or, too long for any line (a URL), its start and end around
    the ellipsis that stands for its middle: never split across lines."""
    cut = [word for line in lines for word in line.split() if "…" in word]
    return any(text in line for line in lines) or any(
        len(text) > 70 and text.startswith(word.split("…")[0]) and text.endswith(word.split("…")[1].rstrip(","))
        for word in cut)


def fits_80_columns(db: str) -> None:
    events = json.loads(runner.invoke(app, ["events", "--db", db, "--json", "--limit", "1000"]).stdout)
    shown = narrow(db, "events", "--limit", "1000")
    lines = shown.splitlines()
    assert all(len(line) <= 80 for line in lines)
    for event in events:
        whole = [event["id"], render.date_label(event["date"], event["date_precision"], event["date_end"]),
                 *map(short_source, event["documents"])]
        assert all(on_one_line(part, lines) for part in whole), (whole, shown)
    assert "None" not in shown
    documents = json.loads(runner.invoke(app, ["documents", "--db", db, "--json"]).stdout)
    lines = narrow(db, "documents").splitlines()
    assert all(len(line) <= 80 for line in lines)
    for doc in documents:
        assert on_one_line(doc["id"], lines) and on_one_line(short_source(doc["source"]), lines)


def test_at_80_columns_no_id_date_or_file_name_is_split(db):
    fits_80_columns(db)


def test_at_80_columns_on_the_corpora(corpus_db):
    fits_80_columns(corpus_db)


@pytest.mark.parametrize("args, note", [
    (("--place", "Nowhere Such"), "note: no entity is named 'Nowhere Such' (--place)"),
    (("--actor", "Ridge Brig"), "note: --actor 'Ridge Brig' taken as Ridge Brigade"),
    (("--actor", "ridge brigade"), None),                       # a whole name, case aside: no note
])
def test_a_name_filter_says_which_entity_it_stands_for(db, args, note):
    result = runner.invoke(app, ["events", "--db", db, "--json", *args])
    assert result.exit_code == 0 and json.loads(result.stdout) is not None
    assert (result.stderr.startswith(note) and result.stderr.count("\n") == 1) if note else result.stderr == ""
