"""Stores of the sample corpora, ingested once for every CLI test that reads them as an analyst would."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app
from tests.conftest import SHARED

DEV = SHARED / "corpus" / "dev.jsonl"


def ingested(path, corpus) -> str:
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory, seeds_dir) -> str:
    return ingested(tmp_path_factory.mktemp("corpora") / "seeds.db", seeds_dir)


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory) -> str:
    if not DEV.is_file():
        pytest.skip(f"the dev corpus is not at {DEV}")
    return ingested(tmp_path_factory.mktemp("corpora") / "dev.db", DEV)


@pytest.fixture(params=["seeds", "dev"])
def corpus_db(request) -> str:
    """The seeds' store, then the dev corpus's."""
    return request.getfixturevalue(f"{request.param}_db")
