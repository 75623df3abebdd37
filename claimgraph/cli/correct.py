"""`claimgraph merge`, `claimgraph split` and `claimgraph corrections`: an analyst's corrections
to entity resolution.

Each is stored as a judgement and applied on every later resolution, so it survives
re-ingesting and new documents; `corrections` lists them and `corrections undo ID` removes one.
"""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli import render
from claimgraph.cli.options import EXIT_SKIPPED, DbOption, JsonOption, fail, open_store

NoteOption = Annotated[str, typer.Option(metavar="TEXT", help="Why, for the record.")]
EntityHelp = ("An entity: its id, or its name or an alias exactly as `claimgraph entities` shows it "
              "(case aside; a fragment of a name is not enough).")

corrections_app = typer.Typer(no_args_is_help=False, invoke_without_command=True, rich_markup_mode=None,
                              help="List analysts' corrections (merges and splits); `undo ID` removes one.")


def merge(left: Annotated[str, typer.Argument(metavar="ENTITY", help=EntityHelp)],
          right: Annotated[str, typer.Argument(metavar="OTHER", help="The entity that is the same real-world thing (same rules).")],
          db: DbOption = None, note: NoteOption = "",
          force: Annotated[bool, typer.Option(help="Merge entities of different types (a person and a city).")] = False,
          as_json: JsonOption = False) -> None:
    """Record that two entities are one, and re-resolve.

    Exit status: 0 merged; 1 refused (no such entity, a name shared by several entities, already
    one entity, different types without --force), with the reason; 3 the store cannot be opened."""
    from claimgraph.store.corrections import CorrectionError, merge as record_merge

    try:
        judgement = record_merge(open_store(db), left, right, note, force=force)
    except CorrectionError as err:
        fail(str(err), EXIT_SKIPPED)
    if as_json:
        return render.print_json(judgement)
    render.line(f"merged {left} and {right} (correction {judgement.id}; undo: claimgraph corrections undo "
                f"{judgement.id})")


def split(entity: Annotated[str, typer.Argument(metavar="ENTITY", help=EntityHelp)],
          alias: Annotated[str, typer.Argument(metavar="ALIAS", help="The alias that names something else (exactly, case aside).")],
          db: DbOption = None, note: NoteOption = "", as_json: JsonOption = False) -> None:
    """Record that an alias is not this entity (the documents naming it so are split off), and re-resolve.

    Exit status: 0 split; 1 refused with the reason (no such entity or alias, or a split that
    could change nothing); 3 the store cannot be opened."""
    from claimgraph.store.corrections import CorrectionError, split as record_split

    try:
        judgement = record_split(open_store(db), entity, alias, note)
    except CorrectionError as err:
        fail(str(err), EXIT_SKIPPED)
    if as_json:
        return render.print_json(judgement)
    render.line(f"split {alias!r} off {entity} (correction {judgement.id}; undo: claimgraph corrections undo "
                f"{judgement.id})")


@corrections_app.callback()
def corrections(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False) -> None:
    """List analysts' corrections, oldest first: id, kind, what it says, when, note (--json: also
    the entity ids or alias it records)."""
    if ctx.invoked_subcommand is not None:
        return
    from claimgraph.store.corrections import listing

    judgements = listing(open_store(db))
    if as_json:
        return render.print_json(judgements)
    render.table("Corrections", ["id", "kind", "correction", "when", "note"],
                 [[j.id, j.kind, j.described or f"{j.left} / {j.right}", j.created, j.note] for j in judgements],
                 caption=None if judgements else "no corrections: `claimgraph merge` and `claimgraph split` make them")


@corrections_app.command()
def undo(judgement_id: Annotated[str, typer.Argument(metavar="ID", help="The correction's id, as listed.")],
         db: DbOption = None, as_json: JsonOption = False) -> None:
    """Remove one correction and re-resolve.

    Exit status: 0 removed; 1 no correction with that id; 3 the store cannot be opened."""
    from claimgraph.store.corrections import CorrectionError, undo as remove

    try:
        judgement = remove(open_store(db), judgement_id)
    except CorrectionError as err:
        fail(str(err), EXIT_SKIPPED)
    if as_json:
        return render.print_json(judgement)
    render.line(f"undone: the {judgement.kind} {judgement.id} of {judgement.created}; resolved again")


def register(app: typer.Typer) -> None:
    app.command()(merge)
    app.command()(split)
    app.add_typer(corrections_app, name="corrections")
