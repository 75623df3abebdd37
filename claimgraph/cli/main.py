"""The `claimgraph` command. Each command lives in the module of its group; heavy imports wait
inside the commands, so `claimgraph --help` loads neither spaCy nor SQLAlchemy."""
from __future__ import annotations

import typer

from claimgraph.cli import correct, exchange, export, ingest, names, query, resolve, serve, stories, watch

app = typer.Typer(
    name="claimgraph", no_args_is_help=True, rich_markup_mode=None,
    help="Turn conflict reporting into a sourced graph of actors, events and claims.\n\n"
         "Start with `claimgraph ingest FOLDER`, then `claimgraph entities`, `claimgraph events`, "
         "`claimgraph export -o out.json`. The store is ./claimgraph.db unless --db or CLAIMGRAPH_DB says otherwise.",
)
app.command()(ingest.ingest)
app.command()(resolve.resolve)
for command in (query.documents, query.entities, query.entity, query.events, query.event,
                query.contradictions, stories.stories, stories.story, query.stats):
    app.command()(command)
app.command()(export.export)
correct.register(app)
serve.register(app)
app.add_typer(names.names_app, name="names")
app.add_typer(exchange.import_app, name="import")
app.add_typer(exchange.compare_app, name="compare")
app.add_typer(watch.watch_app, name="watch")
app.add_typer(watch.watchlist_app, name="watchlist")
app.command()(watch.alerts)


def command():
    """The app as a click command whose help names each value by its metavar (NAME, PATH) alone:
    Typer would add the Python type after an argument's ("NAME <str>")."""
    group = typer.main.get_command(app)
    for cmd in _commands(group):
        for param in cmd.params:
            if param.param_type_name == "argument" and param.metavar:
                param.display_type_rich = lambda ctx: None
    return group


def _commands(cmd):
    yield cmd
    for sub in getattr(cmd, "commands", {}).values():
        yield from _commands(sub)


def main() -> None:
    command()()
