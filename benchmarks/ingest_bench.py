"""Ingest throughput, memory and resolution cost: `python -m benchmarks.ingest_bench [--docs 500]`.

Stages, each on the same synthetic articles (benchmarks/corpus.py, made from --seeds at run time):
  1. the full pipeline (clean -> NLP -> extract -> store -> resolve) at 1 and --workers processes,
     each into a fresh SQLite store;
  2. raw spaCy `nlp.pipe` over the same texts with the same numbers of processes: the floor;
  3. resolution alone (refresh_resolution: load, resolve, replace) on --docs documents and on
     --large documents, the latter the stored corpus copied under new ids and later dates;
  4. each step of the pipeline in one process (clean, parse, then every extraction stage,
     claimgraph.extract.stages), timed with time.perf_counter inside the pipeline, per 1,000
     words and beside raw spaCy's parse of the same texts.
`--only resolution` skips 1, 2 and 4 (the articles are ingested once, untimed) and runs 3 alone;
`--only stages` runs 4 alone.
Prints Markdown tables and writes them to --out.
"""
from __future__ import annotations

import argparse
import itertools
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from benchmarks.corpus import replicate, seed_texts, synthetic_articles
from benchmarks.memory import PeakMemory
from claimgraph import model
from claimgraph.config import Settings
from claimgraph.nlp import load_model
from claimgraph.pipeline import Pipeline, StageTimes
from claimgraph.runners.local import run
from claimgraph.store import Store, schema
from claimgraph.store.resolution import refresh_resolution

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
DEFAULT_OUT = REPO / "bench-results" / "latest.md"
RESOLUTION_OUT = REPO / "bench-results" / "resolution.md"
STAGES_OUT = REPO / "bench-results" / "stages.md"
# Same batch size as STACK.md's raw spaCy measurement and the pipeline's default.
SPACY_BATCH = 32
FULL, UNRESOLVED, RAW = "full pipeline", "clean, NLP, extract, store (no resolution)", "raw spaCy nlp.pipe"


@dataclass(frozen=True)
class Throughput:
    name: str
    processes: int
    documents: int
    words: int
    seconds: float
    peak_mb: float


@dataclass(frozen=True)
class ResolutionCost:
    documents: int
    entities: int
    reports: int
    seconds: float

    @property
    def ms_per_document(self) -> float:
        return 1000 * self.seconds / self.documents


def full_pipeline(articles, workers: int, folder: Path) -> tuple[list[Throughput], Store]:
    """Timed from the first document to the end of resolution, and to the last document stored
    (before resolution); with workers, their start-up (spawn, import, model load: about 3 s)
    is included, as a real run pays it."""
    store = Store(folder / f"bench-{workers}.db")
    load_model()    # in-process runs reuse the cached model, as raw_spacy does
    last_stored = []
    with PeakMemory() as peak:
        started = time.perf_counter()
        summary = run(articles, store, Settings(workers=workers), lambda _: last_stored.append(time.perf_counter()))
        seconds = time.perf_counter() - started
    if summary.skipped:
        print(f"  {len(summary.skipped)} skipped, e.g. {summary.skipped[0]}")
    words = _words(articles)
    return [Throughput(FULL, workers, len(articles), words, seconds, peak.mb),
            Throughput(UNRESOLVED, workers, len(articles), words, last_stored[-1] - started, peak.mb)], store


def raw_spacy(articles, processes: int) -> Throughput:
    nlp = load_model()
    texts = [a.text for a in articles]
    with PeakMemory() as peak:
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=SPACY_BATCH, n_process=processes):
            pass
        seconds = time.perf_counter() - started
    return Throughput(RAW, processes, len(articles), _words(articles), seconds, peak.mb)


def stage_times(articles) -> StageTimes:
    """Seconds per pipeline step over the articles, in this process, the model loaded first."""
    times = StageTimes()
    pipeline = Pipeline(Settings(), times=times)
    pipeline.nlp
    for _ in pipeline.process_many(articles):
        pass
    return times


def stage_table(times: StageTimes, raw: Throughput) -> str:
    """Each step's cost per 1,000 words, in pipeline order, beside raw spaCy's parse (1 process)."""
    per_k = 1000 / raw.words
    raw_ms = 1000 * raw.seconds * per_k
    total = sum(times.values())
    lines = [f"Per step, 1 process, {raw.documents} documents, {raw.words} words; raw spaCy nlp.pipe: "
             f"{raw_ms:.1f} ms per 1,000 words.", "",
             "| step | seconds | ms per 1,000 words | share of the pipeline | / raw spaCy parse |",
             "|---|---|---|---|---|"]
    for step, seconds in [*times.items(), ("all steps", total)]:
        lines.append(f"| {step} | {seconds:.2f} | {1000 * seconds * per_k:.1f} | {seconds / total:.1%} | "
                     f"{seconds / raw.seconds:.2f} |")
    return "\n".join(lines)


def resolution_cost(store: Store) -> ResolutionCost:
    started = time.perf_counter()
    refresh_resolution(store)
    seconds = time.perf_counter() - started
    return ResolutionCost(_count(store, schema.documents), _count(store, schema.entities),
                          _count(store, schema.reports), seconds)


def resolution_costs(source: Store, sizes: list[int], folder: Path, budget_s: float) -> list[ResolutionCost]:
    """Resolution timed on stores of growing size (the source's documents, then copies of them);
    stops after the first size whose resolution takes longer than budget_s."""
    store, costs, written = Store(folder / "resolve.db"), [], 0
    copies = replicate(stored_documents(source))
    for size in sizes:
        for processed in itertools.islice(copies, size - written):
            store.write_document(processed)
        written = size
        costs.append(resolution_cost(store))
        print(f"  {size} documents: {costs[-1].seconds:.1f} s", flush=True)
        if costs[-1].seconds > budget_s:
            print(f"  stopping: over the {budget_s:.0f} s budget per resolution", flush=True)
            break
    return costs


def doubling(start: int, stop: int) -> list[int]:
    """start, 2 start, 4 start ... up to stop, and stop."""
    sizes = [start]
    while sizes[-1] * 2 < stop:
        sizes.append(sizes[-1] * 2)
    return sizes + [stop] if stop > start else sizes


def stored_documents(store: Store) -> list[model.ProcessedDocument]:
    by_doc = defaultdict(lambda: defaultdict(list))
    for field, record_class, table in (("sentences", model.Sentence, schema.sentences),
                                       ("entities", model.Entity, schema.entities),
                                       ("mentions", model.Mention, schema.mentions),
                                       ("reports", model.Report, schema.reports),
                                       ("relations", model.Relation, schema.relations)):
        for record in store.load(record_class, table):
            by_doc[record.doc_id][field].append(record)
    return [model.ProcessedDocument(document, **{k: tuple(v) for k, v in by_doc[document.id].items()})
            for document in sorted(store.load(model.Document, schema.documents), key=lambda d: d.id)]


def report(throughputs: list[Throughput], costs: list[ResolutionCost], steps: str | None = None) -> str:
    """The Markdown tables of what was run."""
    tables = [throughput_tables(throughputs)] if throughputs else []
    tables += [steps] if steps else []
    tables += [resolution_table(costs)] if costs else []
    return "\n\n".join(tables) + "\n"


def throughput_tables(throughputs: list[Throughput]) -> str:
    lines = ["| run | processes | documents | words | seconds | documents/s | words/s | peak memory (MB) |",
             "|---|---|---|---|---|---|---|---|"]
    for t in throughputs:
        lines.append(f"| {t.name} | {t.processes} | {t.documents} | {t.words} | {t.seconds:.1f} | "
                     f"{t.documents / t.seconds:.2f} | {t.words / t.seconds:.0f} | {t.peak_mb:.0f} |")
    raw = {t.processes: t for t in throughputs if t.name == RAW}
    lines += ["", f"| processes | {FULL} / raw spaCy | {UNRESOLVED} / raw spaCy |", "|---|---|---|"]
    for processes, floor in raw.items():
        ratios = [floor.seconds / t.seconds for name in (FULL, UNRESOLVED)
                  for t in throughputs if t.name == name and t.processes == processes]
        lines.append(f"| {processes} | " + " | ".join(f"{r:.2f}" for r in ratios) + " |")
    return "\n".join(lines)


def resolution_table(costs: list[ResolutionCost]) -> str:
    lines = ["| resolution over | entities | reports | seconds | ms per document |", "|---|---|---|---|---|"]
    lines += [f"| {c.documents} documents | {c.entities} | {c.reports} | {c.seconds:.2f} | {c.ms_per_document:.2f} |"
              for c in costs]
    if len(costs) > 1:
        lines += ["", f"Resolution time per document, {costs[-1].documents} vs {costs[0].documents} documents: "
                      f"{costs[-1].ms_per_document / costs[0].ms_per_document:.2f}x"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="articles to generate and ingest")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel runs (also 1)")
    parser.add_argument("--large", type=int, default=5000, help="documents for the large resolution run")
    parser.add_argument("--resolve-budget", type=float, default=120,
                        help="seconds: stop growing the resolution run after one takes longer")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of articles to vary")
    parser.add_argument("--out", type=Path, help=f"Markdown file for the results (default: {DEFAULT_OUT.name}, "
                                                 f"or {RESOLUTION_OUT.name} / {STAGES_OUT.name} with --only)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 12 articles, 40 for resolution")
    parser.add_argument("--only", choices=["resolution", "stages"],
                        help="resolution: ingest --docs articles once with --workers processes (not "
                             "timed), then time only resolution from --docs to --large documents; "
                             "stages: time only each pipeline step, in one process")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.large = 12, 40
    articles = synthetic_articles(seed_texts(args.seeds), args.docs)
    print(f"{len(articles)} articles, {_words(articles)} words, from {args.seeds}", flush=True)
    throughputs, costs, steps = [], [], None
    with tempfile.TemporaryDirectory(prefix="claimgraph-bench-") as tmp:
        folder = Path(tmp)
        for processes in [] if args.only else sorted({1, args.workers}):
            print(f"full pipeline, {processes} process(es)...", flush=True)
            measured, store = full_pipeline(articles, processes, folder)
            throughputs += measured
            print(f"raw spaCy, {processes} process(es)...", flush=True)
            throughputs.append(raw_spacy(articles, processes))
        if args.only != "resolution":
            print("each step, 1 process...", flush=True)
            raw = next((t for t in throughputs if t.name == RAW and t.processes == 1), None)
            times = stage_times(articles)
            steps = stage_table(times, raw or raw_spacy(articles, 1))
        if args.only == "resolution":
            print(f"ingesting, {args.workers} process(es)...", flush=True)
            store = Store(folder / "source.db")
            run(articles, store, Settings(workers=args.workers))
        if args.only != "stages":
            print("resolution...", flush=True)
            costs = resolution_costs(store, doubling(args.docs, args.large), folder, args.resolve_budget)
    table = report(throughputs, costs, steps)
    print(table)
    out = args.out or {"resolution": RESOLUTION_OUT, "stages": STAGES_OUT}.get(args.only, DEFAULT_OUT)
    out.parent.mkdir(parents=True, exist_ok=True)
    only = f" --only {args.only}" if args.only else ""
    out.write_text(f"# Ingest benchmark\n\n`python -m benchmarks.ingest_bench "
                   f"--docs {args.docs} --workers {args.workers} --large {args.large}{only}`\n\n{table}")
    print(f"wrote {out}")


def _words(articles) -> int:
    return sum(len(a.text.split()) for a in articles)


def _count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


if __name__ == "__main__":
    main()
