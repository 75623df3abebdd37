"""A pool of worker processes that each load the Pipeline once and process chunks of documents.

Each worker cleans, parses and extracts whole chunks (RawDocument in, ProcessedDocument or
Skipped out: picklable frozen dataclasses); the caller gets the results back in input order and
stays the one writer. Workers are started with "spawn", so no database connection, lock or
thread of the parent leaks into them, and each builds its own Pipeline in the initializer.
"""
from __future__ import annotations

import collections
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from claimgraph.config import Settings
from claimgraph.errors import ClaimgraphError
from claimgraph.model import ProcessedDocument, RawDocument, Skipped
from claimgraph.pipeline import Pipeline

# Documents per task. Small enough that workers stay evenly loaded at the end of a run and
# results stream back steadily; large enough that pickling and batching stay cheap. Measured on
# 160 generated articles, 2 workers: 4, 8 or 16 per chunk 15.8-16.1 s; 32 per chunk 19 s.
CHUNK_DOCUMENTS = 8
# Chunks queued per worker: keeps every worker busy while bounding memory to a few chunks.
CHUNKS_AHEAD_PER_WORKER = 2

Result = ProcessedDocument | Skipped

_pipeline: Pipeline | None = None        # one per worker process, built by _start_worker


def _start_worker(settings: Settings) -> None:
    global _pipeline
    _pipeline = Pipeline(settings)
    _pipeline.nlp  # load the model now, once, rather than inside the first chunk


def _process_chunk(raws: list[RawDocument]) -> list[Result]:
    return list(_pipeline.process_many(raws))


def chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def in_order(submit, batches: Iterable[list], ahead: int) -> Iterator:
    """Submit batches with at most `ahead` in flight; yield each batch's results in input order.

    `submit(batch)` returns a Future (or anything with `.result()`) of a list of results.
    """
    pending: collections.deque[Future] = collections.deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def process_in_pool(raws: Iterable[RawDocument], settings: Settings, workers: int,
                    chunk_documents: int = CHUNK_DOCUMENTS) -> Iterator[Result]:
    """Process documents in `workers` processes; results in input order."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_start_worker, initargs=(settings,)) as pool:
        try:
            yield from in_order(lambda chunk: pool.submit(_process_chunk, chunk),
                                chunks(raws, chunk_documents), workers * CHUNKS_AHEAD_PER_WORKER)
        except BrokenProcessPool as err:
            raise ClaimgraphError(
                f"a worker process died ({err}); documents stored so far are kept. "
                f"Run again with --workers 1 to see the error, or with fewer workers if memory is short"
            ) from err
