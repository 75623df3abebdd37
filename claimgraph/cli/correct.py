"""`claimgraph merge` and `claimgraph split`: an analyst's corrections to entity resolution.

Each is stored as a judgement and applied on every later resolution, so it survives
re-ingesting and new documents.
"""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli import render
from claimgraph.cli.options import EXIT_SKIPPED, DbOption, fail, open_store

NoteOption = Annotated[str, typer.Option(help="Why, for the record.")]


def merge(left: Annotated[str, typer.Argument(help="An entity: name, alias or id.")],
          right: Annotated[str, typer.Argument(help="The entity that is the same real-world thing.")],
          db: DbOption = None, note: NoteOption = "") -> None:
    """Record that two entities are one, and re-resolve."""
    from claimgraph.store.corrections import CorrectionError, merge as record_merge

    try:
        judgement = record_merge(open_store(db), left, right, note)
    except CorrectionError as err:
        fail(str(err), EXIT_SKIPPED)
    render.line(f"merged {judgement.left} and {judgement.right}")


def split(entity: Annotated[str, typer.Argument(help="The entity: name, alias or id.")],
          alias: Annotated[str, typer.Argument(help="The alias that names something else.")],
          db: DbOption = None, note: NoteOption = "") -> None:
    """Record that an alias is not this entity (the documents naming it so are split off), and re-resolve."""
    from claimgraph.store.corrections import CorrectionError, split as record_split

    try:
        judgement = record_split(open_store(db), entity, alias, note)
    except CorrectionError as err:
        fail(str(err), EXIT_SKIPPED)
    render.line(f"split {judgement.right!r} off {judgement.left}")


def register(app: typer.Typer) -> None:
    app.command()(merge)
    app.command()(split)
