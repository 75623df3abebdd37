"""Shared by the store's reliability tests: generated articles, real `claimgraph` processes, exports.

The articles are written here from a small table of invented actors and places, so that several
of them name the same people, groups and events (resolution has work to do across documents)
while each text, hence each document id, is distinct.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from claimgraph.model import IngestSummary, ProcessedDocument, RawDocument
from claimgraph.runners.local import write_results
from claimgraph.store import Store
from claimgraph.store.graph import graph
from claimgraph.views import plain
from tests.conftest import REPO

Extracted = list[tuple[RawDocument, ProcessedDocument]]

# (actor, its leader, the place it acts in, the country, the outlet reporting it)
CONFLICTS = [
    ("the Rivergate Militia", "Commander Sela Owumi", "Port Dannel", "Carvania", "Coastal Wire"),
    ("the Northern Accord Front", "General Bastien Ruelle", "Kessin", "Ostmark", "Morning Ledger"),
    ("the Highland Defence Corps", "Colonel Tamsin Achebe-Row", "Varo Pass", "Lunaria", "Evening Post"),
]
SENTENCES = [
    "{actor} attacked a police station in {place} on Monday, killing {n} officers, {outlet} reported.",
    "{leader}, who leads {actor}, said the fighters would not leave {place}.",
    "Residents of {place} said {actor} shelled the market for a second day.",
    "The government of {country} accused {actor} of breaking the ceasefire near {place}.",
    "Aid workers in {place} said {n} civilians were wounded in clashes between the army and {actor}.",
    "{leader} denied that {actor} had targeted civilians in {place}.",
]


def articles(count: int, seed: int = 0) -> dict[str, str]:
    """`count` short articles (file name -> text), three or four sentences each."""
    rng = random.Random(seed)
    out = {}
    for number in range(count):
        actor, leader, place, country, outlet = CONFLICTS[number % len(CONFLICTS)]
        lines = [sentence.format(actor=actor, leader=leader, place=place, country=country, outlet=outlet,
                                 n=rng.randint(2, 40))
                 for sentence in rng.sample(SENTENCES, rng.randint(3, 4))]
        text = " ".join(line[0].upper() + line[1:] for line in lines)
        out[f"article-{number:03d}.txt"] = f"{text}\n\n(Report {number} of {outlet}.)\n"
    return out


def extracted(texts: dict[str, str]) -> Extracted:
    """Each article as a RawDocument with its ProcessedDocument, made once by the real pipeline."""
    from claimgraph.pipeline import Pipeline

    raws = [RawDocument(source=name, text=text) for name, text in sorted(texts.items())]
    return list(zip(raws, Pipeline().process_many(raws)))


class Precomputed:
    """The extraction stage replaced by its earlier results, so store-level runs need no spaCy
    (picklable: it travels to spawned processes)."""

    def __init__(self, documents: Extracted):
        self.by_source = {raw.source: processed for raw, processed in documents}

    def __call__(self, raws):
        return (self.by_source[raw.source] for raw in raws)


def ingest_extracted(db: str | Path, documents: Extracted) -> IngestSummary:
    """An ingest run of these documents, as `claimgraph ingest` does it after extraction."""
    store = Store(db)
    try:
        return write_results([raw for raw, _ in documents], store, Precomputed(documents))
    finally:
        store.close()


def ingest_together(ready, db: str, documents: Extracted) -> None:
    """In a process of its own: wait at the barrier `ready` for the other runs, then ingest, so
    that several processes open, write and resolve one store at the same moment."""
    ready.wait(timeout=300)
    ingest_extracted(db, documents)


def sleep_as_worker(parent_pid: int) -> None:
    """A pool worker's start (claimgraph.runners.pool.die_with_parent), then a long sleep."""
    from claimgraph.runners.pool import die_with_parent

    die_with_parent(parent_pid)
    time.sleep(600)


def write_articles(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def claimgraph_command(*args: str) -> list[str]:
    """The `claimgraph` command of this checkout, as a separate process would run it."""
    return [sys.executable, "-c", "from claimgraph.cli.main import main; main()", *map(str, args)]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}


def run_claimgraph(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(claimgraph_command(*args), env=environment(), capture_output=True, text=True,
                          timeout=timeout)


def start_claimgraph(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(claimgraph_command(*args), env=environment(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **popen)


def timed_run(*args: str) -> float:
    """Seconds an uninterrupted run takes (it must succeed)."""
    started = time.perf_counter()
    result = run_claimgraph(*args)
    assert result.returncode == 0, result.stderr
    return time.perf_counter() - started


def copy_store(source: Path, target: Path) -> Path:
    """An SQLite store file with its write-ahead log, when it has one."""
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    return target


def exported(db: str | Path) -> str:
    """The store's whole graph as the JSON export writes it: equal strings, equal stores."""
    store = Store(db, create=False)
    try:
        return json.dumps(plain(graph(store)), sort_keys=True, ensure_ascii=False)
    finally:
        store.close()
