"""Issue #17, item 4: ingests running at once into one store, SQLite or PostgreSQL, end with the
graph a sequential run makes: no lost resolution, no duplicate-key error, no schema race.

Each trial starts every run on an empty store at the same wall-clock moment; each run stores its
own article and one article all of them share, then resolves."""
from __future__ import annotations

import itertools
import multiprocessing
import random

import pytest
import sqlalchemy as sa

from claimgraph.store import Store

from tests.reliability.store_runs import (articles, exported, extracted, ingest_extracted, ingest_together,
                                          run_claimgraph, start_claimgraph, write_articles)
from tests.store.conftest import pg_url  # noqa: F401  (the session's PostgreSQL server)

TRIALS = 10
# The real command loads spaCy in every run (about 15 s of CPU for four runs on the 2-core
# development machine): fewer trials here, the ten above exercise the same store code.
COMMAND_TRIALS = 3
_names = itertools.count()


@pytest.fixture(scope="module")
def documents():
    return extracted(articles(5, seed=5))


@pytest.fixture(scope="module")
def sequential(documents, tmp_path_factory):
    """The export of one run ingesting, alone, what `runs` concurrent runs ingest together."""
    def export(runs: int) -> str:
        db = tmp_path_factory.mktemp("sequential") / "store.db"
        ingest_extracted(db, documents[:runs + 1])
        return exported(db)
    return export


def new_store(backend: str, tmp_path, request) -> str:
    """A store nobody has opened yet: an SQLite path, or an empty PostgreSQL database."""
    name = f"claimgraph_concurrent_{next(_names)}"
    if backend == "sqlite":
        return str(tmp_path / f"{name}.db")
    server = request.getfixturevalue("pg_url")
    engine = sa.create_engine(server.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return server.rsplit("/", 1)[0] + f"/{name}"


def shares(documents, runs: int, rng: random.Random) -> list:
    """Each run's documents: its own, and the one every run has, in a random order."""
    shared, own = documents[0], documents[1:]
    return [rng.sample([own[i], shared], 2) for i in range(runs)]


def concurrent_trial(db: str, documents, runs: int, rng: random.Random) -> list[int]:
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(runs)
    processes = [context.Process(target=ingest_together, args=(ready, db, share))
                 for share in shares(documents, runs, rng)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    return [process.exitcode for process in processes]


def _check_trials(trials, backend, runs, documents, sequential, tmp_path, request):
    """Even trials start on a store nobody opened (the runs race to create it), odd ones on a
    created, empty store (the runs race to write and resolve)."""
    rng, expected = random.Random(runs), sequential(runs)
    for trial in range(trials):
        db = new_store(backend, tmp_path, request)
        if trial % 2:
            Store(db).close()
        assert concurrent_trial(db, documents, runs, rng) == [0] * runs, f"trial {trial}: a run failed"
        assert exported(db) == expected, f"trial {trial}: the graph differs from a sequential run's"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_concurrent_runs_end_with_the_sequential_graph(backend, documents, sequential, tmp_path, request):
    """The quick check; the trials below run ten times with two and four runs."""
    _check_trials(1, backend, 2, documents, sequential, tmp_path, request)


@pytest.mark.slow
@pytest.mark.parametrize("runs", [2, 4])
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_runs_end_with_the_sequential_graph_every_time(backend, runs, documents, sequential,
                                                                   tmp_path, request):
    _check_trials(TRIALS, backend, runs, documents, sequential, tmp_path, request)


@pytest.mark.slow
@pytest.mark.parametrize("runs", [2, 4])
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_claimgraph_ingest_commands(backend, runs, tmp_path, request):
    """The real command, spaCy and all: `runs` one-document ingests started together."""
    texts = articles(runs, seed=runs)
    folders = [write_articles(tmp_path / f"run-{i}", dict([item])) for i, item in enumerate(sorted(texts.items()))]
    expected_db = tmp_path / "sequential.db"
    assert run_claimgraph("ingest", *folders, "--db", expected_db).returncode == 0
    expected = exported(expected_db)
    for trial in range(COMMAND_TRIALS):
        db = new_store(backend, tmp_path, request)
        processes = [start_claimgraph("ingest", folder, "--db", db) for folder in folders]
        outcomes = [(process.wait(timeout=600), process.communicate()[1]) for process in processes]
        assert all(code == 0 for code, _ in outcomes), f"trial {trial}: {outcomes}"
        assert exported(db) == expected, f"trial {trial}: the graph differs from a sequential run's"
