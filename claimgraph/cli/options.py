"""Options shared by every command, and opening the store from them."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.errors import ClaimgraphError

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="CLAIMGRAPH_DB", show_envvar=True,
    help="Store: an SQLite file path or an SQLAlchemy URL (postgresql://user@host/db). Default ./claimgraph.db.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
EXIT_INTERRUPTED = 130        # the shell's convention for a command ended by Ctrl-C (128 + SIGINT)


def open_store(db: str | None, create: bool = False):
    from claimgraph.store import Store

    try:
        return Store(db, create=create)
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)


def fail(message: str, code: int = EXIT_USAGE):
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def interrupted(message: str):
    """Ctrl-C: one line saying what was kept, no traceback."""
    typer.echo(message, err=True)
    raise typer.Exit(EXIT_INTERRUPTED)
