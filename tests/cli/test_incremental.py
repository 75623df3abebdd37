"""Ingesting documents one at a time, in any order, gives the same graph as all at once."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app

runner = CliRunner()
ORDERS = [(0, 1, 2, 3, 4), (4, 3, 2, 1, 0), (2, 0, 4, 1, 3)]


def export(db, tmp_path):
    out = tmp_path / f"{db.stem}.json"
    assert runner.invoke(app, ["export", "--output", str(out), "--db", str(db)]).exit_code == 0
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def all_at_once(tmp_path_factory, seeds_dir):
    tmp = tmp_path_factory.mktemp("once")
    db = tmp / "once.db"
    assert runner.invoke(app, ["ingest", str(seeds_dir), "--db", str(db)]).exit_code == 0
    return export(db, tmp)


@pytest.mark.parametrize("order", ORDERS)
def test_one_at_a_time_in_any_order(order, tmp_path, seeds_dir, all_at_once):
    files = sorted(seeds_dir.glob("*.txt"))
    db = tmp_path / "steps.db"
    for i in order:
        assert runner.invoke(app, ["ingest", str(files[i]), "--db", str(db)]).exit_code == 0
    assert export(db, tmp_path) == all_at_once
