"""`claimgraph serve`: the web app over a store, read-only unless started with a write token."""
from __future__ import annotations

import os
import socket
from typing import Annotated

import typer

from claimgraph.cli.options import EXIT_STORE, EXIT_USAGE, DbOption, fail, require

LOOPBACK = ("127.0.0.1", "localhost", "::1")
# Addresses that mean "every interface": no host name of their own to answer to.
ANY_ADDRESS = ("0.0.0.0", "::", "")


def serve(db: DbOption = None,
          host: Annotated[str, typer.Option(metavar="ADDRESS",
                                            help="Address to listen on; the default keeps the app on this machine.")]
          = "127.0.0.1",
          port: Annotated[int, typer.Option(metavar="PORT", help="Port to listen on, 1 to 65535.")] = 8000,
          write_token: Annotated[str | None, typer.Option(
              "--write-token", envvar="CLAIMGRAPH_WRITE_TOKEN", show_envvar=True, metavar="TOKEN",
              help="Allow merges and splits to requests carrying this token; without it the app is read-only.")]
          = None,
          allowed_host: Annotated[list[str] | None, typer.Option(
              "--allowed-host", metavar="HOST", help="Also answer requests for this host name (repeatable; '*' for any). "
                                     "By default only localhost and the --host address are answered.")]
          = None) -> None:
    """Browse the graph in a web browser, and serve it as JSON under /api/ (OpenAPI at /openapi.json)."""
    require("claimgraph serve", "fastapi", "uvicorn", "jinja2")
    if not 1 <= port <= 65535:
        fail(f"invalid --port {port}: a port from 1 to 65535")
    import uvicorn

    from claimgraph.errors import ClaimgraphError
    from claimgraph.web.app import create_app
    from claimgraph.web.settings import WebSettings

    try:
        app = create_app(WebSettings(db=db, write_token=write_token or None,
                                     allowed_hosts=allowed_hosts(host, allowed_host or [])))
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)
    listening = listen(host, port)   # before anything is announced: a busy port is an error, not a banner
    if host not in LOOPBACK:
        typer.echo(f"warning: listening on {host}: anyone who can reach this address can read the store", err=True)
    if host in ANY_ADDRESS and not allowed_host:
        typer.echo("note: only requests addressed to localhost are answered; add --allowed-host NAME for "
                   "the name or address other machines use", err=True)
    mode = "corrections allowed with the token" if write_token else "read-only"
    typer.echo(f"claimgraph: serving {app.state.store.describe()} ({mode}) at http://{host}:{port}/", err=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listening])


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port, or a one-line error: the port is taken, the address is not this
    machine's, the name does not resolve."""
    try:
        family = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except OSError as err:
        # create_server adds the address to strerror; a name lookup failure has a negative errno
        reason = os.strerror(err.errno) if (err.errno or 0) > 0 else err.strerror or str(err)
        fail(f"cannot listen on {host}:{port}: {reason}; choose another --port or --host", EXIT_USAGE)


def allowed_hosts(host: str, extra: list[str]) -> tuple[str, ...]:
    """localhost by its names, the address listened on, and the names given, as Host headers write them."""
    bound = () if host in ANY_ADDRESS else (f"[{host}]" if ":" in host else host,)
    return tuple(dict.fromkeys(("localhost", "127.0.0.1", "[::1]", *bound, *(h.lower() for h in extra))))


def register(app: typer.Typer) -> None:
    app.command()(serve)
