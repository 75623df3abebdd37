"""Options shared by every command, and opening the store from them."""
from __future__ import annotations

import importlib
from typing import Annotated

import typer

from claimgraph.errors import ClaimgraphError

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="CLAIMGRAPH_DB", show_envvar=True, metavar="PATH|URL",
    help="Store: an SQLite file path or an SQLAlchemy URL (postgresql://user@host/db). Default ./claimgraph.db.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
EXIT_INTERRUPTED = 130        # the shell's convention for a command ended by Ctrl-C (128 + SIGINT)
# The optional packages a command may need, by the extra of pyproject.toml that installs them.
EXTRA_OF = {"fastapi": "web", "uvicorn": "web", "jinja2": "web", "psycopg": "postgres", "ray": "ray"}


def open_store(db: str | None, create: bool = False):
    from claimgraph.store import Store

    try:
        return Store(db, create=create)
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)
    except ImportError as err:   # the database's driver (psycopg for PostgreSQL) is not installed
        fail(missing_extra(err.name or str(err), "this store"), EXIT_STORE)


def require(what: str, *modules: str) -> None:
    """Stop with the pip command to run when an optional package `what` needs is not installed."""
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            fail(missing_extra(module, what))


def missing_extra(module: str, what: str) -> str:
    extra = EXTRA_OF.get(module.split(".")[0])
    fix = f"pip install 'claimgraph[{extra}]'" if extra else f"pip install {module.split('.')[0]}"
    return f"{what} needs {module.split('.')[0]}, which is not installed: {fix}"


def fail(message: str, code: int = EXIT_USAGE):
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def interrupted(message: str):
    """Ctrl-C: one line saying what was kept, no traceback."""
    typer.echo(message, err=True)
    raise typer.Exit(EXIT_INTERRUPTED)
