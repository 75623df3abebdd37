"""`claimgraph ingest`: read files, folders, JSONL and feeds into the store."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimgraph.cli import render
from claimgraph.cli.options import (EXIT_OK, EXIT_SKIPPED, EXIT_STORE, DbOption, JsonOption, fail, interrupted,
                                    open_store)
from claimgraph.config import DEFAULT_MAX_BYTES
from claimgraph.errors import ClaimgraphError, ConfigError, Interrupted

# Below this many documents a progress bar is noise.
PROGRESS_MIN_DOCUMENTS = 5


def ingest(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help="Files or folders (recursive): .txt, .html/.htm, .jsonl, .rss/.atom/.xml.")],
    db: DbOption = None,
    model: Annotated[str | None, typer.Option(envvar="CLAIMGRAPH_MODEL", metavar="NAME", help="spaCy model to load by name.")] = None,
    workers: Annotated[int, typer.Option(min=1, metavar="N", help="Processes extracting in parallel (one writer).")] = 1,
    engine: Annotated[str, typer.Option(metavar="ENGINE", help="Execution engine: local, or ray for a Ray cluster.")] = "local",
    address: Annotated[str | None, typer.Option(metavar="ADDRESS", help="Ray cluster address (with --engine ray), e.g. auto.")] = None,
    max_bytes: Annotated[int, typer.Option(min=1, metavar="BYTES", help="Skip files larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    as_json: JsonOption = False,
) -> None:
    """Ingest documents: clean, extract entities, events and relations, store, resolve.

    Re-ingesting a document already stored (same content) changes nothing. Each document is
    stored in its own transaction: one that fails is reported with its reason and the rest go on.
    A run that was stopped (Ctrl-C, a crash) keeps what it stored; running again, even with
    nothing new, finishes the resolution it left undone.

    Exit status: 0 every input stored or already present; 1 some inputs were skipped
    (each is listed with its reason); 2 usage error; 3 the store cannot be opened or written;
    130 interrupted (Ctrl-C).
    """
    from claimgraph import registry
    from claimgraph.config import Settings
    from claimgraph.ingest import read_sources

    settings = Settings.from_env(db=db, model=model, workers=workers, engine=engine, max_bytes=max_bytes,
                                 engine_options={"address": address} if address else {})
    try:
        run = registry.get("engines", settings.engine)
    except ClaimgraphError as err:
        fail(str(err))
    try:
        store = open_store(settings.db, create=True)
        sources = list(read_sources(paths, settings.max_bytes))
        if len(sources) > PROGRESS_MIN_DOCUMENTS and not as_json:
            bar, advance = render.progress(len(sources), "ingesting")
            with bar:
                summary = run(sources, store, settings, advance)
        else:
            summary = run(sources, store, settings, None)
    except Interrupted as err:
        interrupted(str(err))
    except KeyboardInterrupt:                # before any document was processed
        interrupted("interrupted; 0 documents stored")
    except ConfigError as err:
        fail(str(err))
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)
    if as_json:
        render.print_json({"added": summary.added, "duplicates": summary.duplicates,
                           "skipped": [{"source": s.source, "reason": s.reason} for s in summary.skipped],
                           "warnings": [{"source": s, "warning": w} for s, w in summary.warnings]})
    else:
        for source, warning in summary.warnings:
            render.line(f"warning: {source}: {warning}", "yellow", err=True)
        for skipped in summary.skipped:
            render.line(f"skipped: {skipped.source}: {skipped.reason}", "red", err=True)
        render.line(f"{len(summary.added)} added, {len(summary.duplicates)} already stored, "
                    f"{len(summary.skipped)} skipped -> {store.describe()}")
    raise typer.Exit(EXIT_SKIPPED if summary.skipped else EXIT_OK)
