"""`claimgraph export`: the resolved graph as JSON (the evaluation format), CSV, GraphML, or a
format analysts exchange (GEXF, ACLED, STIX, FollowTheMoney)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimgraph.cli import render
from claimgraph.cli.options import DbOption, fail, open_store
from claimgraph.errors import ClaimgraphError


def export(
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="json (shared/eval format), csv (one row per "
                                         "event report), graphml (entity network), gexf (dated network for Gephi's "
                                         "timeline), acled (ACLED-style CSV), stix (STIX 2.1 bundle), ftm "
                                         "(FollowTheMoney entities), or a plugin's name.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="File to write; default standard output.")] = None,
    db: DbOption = None,
) -> None:
    """Write the whole resolved graph: documents, entities, events, relations, contradictions."""
    from claimgraph import registry
    from claimgraph.store.graph import graph

    try:
        exporter = registry.get("exporters", format)()
    except ClaimgraphError as err:
        fail(str(err))
    data = graph(open_store(db))
    if output is None:
        exporter.write(data, sys.stdout)
        return
    tmp = output.with_name(output.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as stream:
            exporter.write(data, stream)
        tmp.replace(output)   # never leave a half-written export under the real name
    except OSError as err:
        tmp.unlink(missing_ok=True)
        fail(f"cannot write {output}: {err.strerror or err}")
    render.line(f"wrote {output}: {len(data.documents)} documents, {len(data.entities)} entities, "
                f"{len(data.events)} events, {len(data.relations)} relations, "
                f"{len(data.contradictions)} contradictions", err=True)
