"""The `claimgraph` command. Each command lives in the module of its group; heavy imports wait
inside the commands, so `claimgraph --help` loads neither spaCy nor SQLAlchemy."""
from __future__ import annotations

import typer

from claimgraph.cli import correct, exchange, export, ingest, names, query, resolve, serve, stories

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


def main() -> None:
    app()
