"""`claimgraph serve`: the web app over a store, read-only unless started with a write token."""
from __future__ import annotations

from typing import Annotated

import typer

from claimgraph.cli.options import EXIT_STORE, DbOption, fail

LOOPBACK = ("127.0.0.1", "localhost", "::1")
# Addresses that mean "every interface": no host name of their own to answer to.
ANY_ADDRESS = ("0.0.0.0", "::", "")


def serve(db: DbOption = None,
          host: Annotated[str, typer.Option(help="Address to listen on; the default keeps the app on this machine.")]
          = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
          write_token: Annotated[str | None, typer.Option(
              "--write-token", envvar="CLAIMGRAPH_WRITE_TOKEN", show_envvar=True,
              help="Allow merges and splits to requests carrying this token; without it the app is read-only.")]
          = None,
          allowed_host: Annotated[list[str] | None, typer.Option(
              "--allowed-host", help="Also answer requests for this host name (repeatable; '*' for any). "
                                     "By default only localhost and the --host address are answered.")]
          = None) -> None:
    """Browse the graph in a web browser, and serve it as JSON under /api/ (OpenAPI at /openapi.json)."""
    import uvicorn

    from claimgraph.errors import ClaimgraphError
    from claimgraph.web.app import create_app
    from claimgraph.web.settings import WebSettings

    try:
        app = create_app(WebSettings(db=db, write_token=write_token or None,
                                     allowed_hosts=allowed_hosts(host, allowed_host or [])))
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)
    if host not in LOOPBACK:
        typer.echo(f"warning: listening on {host}: anyone who can reach this address can read the store", err=True)
    if host in ANY_ADDRESS and not allowed_host:
        typer.echo("note: only requests addressed to localhost are answered; add --allowed-host NAME for "
                   "the name or address other machines use", err=True)
    mode = "corrections allowed with the token" if write_token else "read-only"
    typer.echo(f"claimgraph: serving {app.state.store.describe()} ({mode}) at http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def allowed_hosts(host: str, extra: list[str]) -> tuple[str, ...]:
    """localhost by its names, the address listened on, and the names given, as Host headers write them."""
    bound = () if host in ANY_ADDRESS else (f"[{host}]" if ":" in host else host,)
    return tuple(dict.fromkeys(("localhost", "127.0.0.1", "[::1]", *bound, *(h.lower() for h in extra))))


def register(app: typer.Typer) -> None:
    app.command()(serve)
