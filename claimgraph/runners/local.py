"""The local engine: read, process (one process, or a pool of workers), write, resolve.

One writer: documents are processed in order and written one transaction each, in the
process that holds the store; resolution is refreshed once at the end of the run, and also by
a run that adds nothing when an earlier one stopped before its resolution finished.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from claimgraph.config import Settings
from claimgraph.errors import Interrupted
from claimgraph.model import IngestSummary, ProcessedDocument, RawDocument, Skipped
from claimgraph.pipeline import Pipeline, raw_document_id
from claimgraph.runners.pool import process_in_pool
from claimgraph.store import Store
from claimgraph.store.resolution import resolve_if_due

Progress = Callable[[str], None]


def run(sources: Iterable[RawDocument | Skipped], store: Store, settings: Settings,
        progress: Progress | None = None) -> IngestSummary:
    """Ingest in this process (workers=1) or in a pool of `settings.workers` processes."""
    if settings.workers > 1:
        return write_results(sources, store, lambda raws: process_in_pool(raws, settings, settings.workers),
                             progress)
    return write_results(sources, store, lambda raws: Pipeline(settings).process_many(raws), progress)


def write_results(sources: Iterable[RawDocument | Skipped], store: Store,
                  process: Callable[[Iterable[RawDocument]], Iterator[ProcessedDocument | Skipped]],
                  progress: Progress | None = None) -> IngestSummary:
    """Shared by every engine: skip what is stored, process the rest, write each, resolve once."""
    added, duplicates, skipped, warnings = [], [], [], []

    def fresh() -> Iterator[RawDocument]:
        for item in sources:
            if isinstance(item, Skipped):
                skipped.append(item)
                progress and progress(item.source)
            elif store.has_document(raw_document_id(item)):
                duplicates.append(item.source)
                progress and progress(item.source)
            else:
                yield item

    results = process(fresh())
    try:
        for result in results:
            if isinstance(result, Skipped):
                skipped.append(result)
            elif store.write_document(result):
                added.append(result.document.source)
                warnings += [(result.document.source, w) for w in result.document.warnings]
            else:
                duplicates.append(result.document.source)
            progress and progress(result.source if isinstance(result, Skipped) else result.document.source)
        resolve_if_due(store)
    except KeyboardInterrupt:
        results.close()              # stops the workers now
        raise Interrupted(f"interrupted; {len(added)} documents stored, run again to finish") from None
    return IngestSummary(tuple(added), tuple(duplicates), tuple(skipped), tuple(warnings))
