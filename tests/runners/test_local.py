"""The local engine: a pool of workers stores exactly what one process stores."""
from __future__ import annotations

import pytest

from claimgraph.config import Settings
from claimgraph.ingest import read_sources
from claimgraph.runners.local import run
from claimgraph.store import Store
from claimgraph.store.graph import graph


def ingest(folder, db, **settings):
    settings = Settings(db=str(db), **settings)
    store = Store(db)
    summary = run(list(read_sources([folder], settings.max_bytes)), store, settings)
    return summary, store


@pytest.fixture(scope="module")
def one_process(articles_dir, tmp_path_factory):
    return ingest(articles_dir, tmp_path_factory.mktemp("one") / "one.db", workers=1)


def test_two_workers_store_what_one_process_stores(articles_dir, one_process, tmp_path):
    one_summary, one_store = one_process
    two_summary, two_store = ingest(articles_dir, tmp_path / "two.db", workers=2)
    assert two_summary == one_summary
    assert len(one_summary.added) == 4
    assert [s.source for s in one_summary.skipped] == [str(articles_dir / "empty.txt")]
    assert graph(two_store) == graph(one_store)


def test_reingesting_with_workers_adds_nothing(articles_dir, one_process):
    _, store = one_process
    summary = run(list(read_sources([articles_dir], Settings().max_bytes)), store, Settings(workers=2))
    assert summary.added == ()
    assert len(summary.duplicates) == 4
