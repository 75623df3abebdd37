"""`claimgraph resolve`: resolve the whole store again, without ingesting."""
from __future__ import annotations

from claimgraph.cli import render
from claimgraph.cli.options import EXIT_STORE, DbOption, JsonOption, fail, interrupted, open_store


def resolve(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Resolve entities, events, contradictions and dates across every stored document, again.

    `claimgraph ingest` resolves at the end of each run, and any later run finishes a resolution
    that a crash or Ctrl-C left undone; this command does it on its own. Until it finishes,
    readers see the graph as it was.

    Exit status: 0 resolved; 3 the store cannot be opened or written; 130 interrupted (Ctrl-C),
    the previous graph kept."""
    from claimgraph.errors import ClaimgraphError
    from claimgraph.store.resolution import refresh_resolution

    store = open_store(db)
    try:
        resolution = refresh_resolution(store)
    except KeyboardInterrupt:
        interrupted("interrupted; the store keeps its previous graph: run `claimgraph resolve` again")
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)
    figures = {"entities": len(resolution.canonicals), "events": len(resolution.events),
               "contradictions": len(resolution.contradictions)}
    if as_json:
        return render.print_json(figures)
    render.line(f"resolved: {figures['entities']} entities, {figures['events']} events, "
                f"{figures['contradictions']} contradictions -> {store.describe()}")
