"""`claimgraph ingest` as a user runs it: seeds, re-ingest, bad input, exit codes."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app

runner = CliRunner()


def cli(*args, db):
    result = runner.invoke(app, [*args, "--db", str(db)])
    return result


def stats(db):
    result = cli("stats", "--json", db=db)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    result = cli("ingest", str(seeds_dir), db=db)
    assert result.exit_code == 0, result.output
    return db


def test_seeds_are_ingested(seeded):
    figures = stats(seeded)
    assert figures["documents"] == 5 and figures["entities"] > 30 and figures["events"] > 5


def test_reingesting_the_same_documents_changes_nothing(seeded, seeds_dir):
    before = stats(seeded)
    result = cli("ingest", str(seeds_dir), "--json", db=seeded)
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert (len(summary["added"]), len(summary["duplicates"])) == (0, 5)
    assert stats(seeded) == before


GOOD = "Government forces shelled the town of Karvo on Monday, killing three civilians, local officials said."
BAD_INPUTS = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 40,
    "broken.html": b"<html><body><div><p>Unclosed <b>tags <p>and nothing else",
    "spreadsheet.xlsx": b"PK\x03\x04",
}


def test_bad_input_is_reported_line_by_line_and_stored_documents_are_untouched(tmp_path, seeded):
    db = tmp_path / "bad.db"
    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "good.txt").write_text(GOOD)
    assert cli("ingest", str(tmp_path / "first"), db=db).exit_code == 0
    before = stats(db)

    folder = tmp_path / "bad"
    folder.mkdir()
    for name, content in BAD_INPUTS.items():
        (folder / name).write_bytes(content)
    (folder / "latin1.txt").write_bytes("Les forces gouvernementales ont bombard\xe9 la ville de Karvo lundi, "
                                        "tuant trois civils, selon des responsables locaux.".encode("latin-1"))
    result = runner.invoke(app, ["ingest", str(folder / "empty.txt"), str(folder / "binary.txt"),
                                 str(folder / "broken.html"), str(folder / "spreadsheet.xlsx"),
                                 str(folder / "latin1.txt"), str(tmp_path / "missing.txt"), "--db", str(db)])
    assert result.exit_code == 1                      # some inputs skipped
    lines = result.stderr.splitlines()
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("spreadsheet.xlsx", "unsupported"),
                         ("missing.txt", "no such file")]:
        assert any(name in line and reason in line for line in lines), (name, lines)
    assert any("latin1.txt" in line and "warning" in line for line in lines)   # stored, with warnings
    after = stats(db)
    assert after["documents"] >= before["documents"] + 1
    # The document stored before is still there, whole.
    doc = json.loads(cli("documents", "--json", db=db).stdout)
    assert any(d["source"].endswith("good.txt") and d["mentions"] == before["mentions"] for d in doc)


def test_a_file_over_the_size_limit_is_skipped(tmp_path):
    big = tmp_path / "dump.txt"
    big.write_bytes(b"Shelling continued. " * 2_600_000)        # 52 MB
    result = cli("ingest", str(big), db=tmp_path / "big.db")
    assert result.exit_code == 1 and "over the 20 MB limit" in result.stderr


def test_an_unknown_engine_is_a_usage_error(tmp_path):
    result = cli("ingest", str(tmp_path), "--engine", "warp", db=tmp_path / "x.db")
    assert result.exit_code == 2 and "no engine named 'warp'" in result.stderr
