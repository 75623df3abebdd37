"""The `claimgraph` command. Each command lives in the module of its group; heavy imports wait
inside the commands, so `claimgraph --help` loads neither spaCy nor SQLAlchemy."""
from __future__ import annotations

import importlib

import typer

from claimgraph.cli import export, ingest, query

app = typer.Typer(
    name="claimgraph", no_args_is_help=True, rich_markup_mode=None,
    help="Turn conflict reporting into a sourced graph of actors, events and claims.\n\n"
         "Start with `claimgraph ingest FOLDER`, then `claimgraph entities`, `claimgraph events`, "
         "`claimgraph export -o out.json`. The store is ./claimgraph.db unless --db or CLAIMGRAPH_DB says otherwise.",
)
app.command()(ingest.ingest)
for command in (query.documents, query.entities, query.entity, query.events, query.event,
                query.contradictions, query.stats):
    app.command()(command)
app.command()(export.export)

# Command groups written in their own modules: (module, attribute, how they are added).
OPTIONAL_GROUPS = (
    ("claimgraph.cli.names", "names_app", "names"),
    ("claimgraph.cli.correct", "register", None),
    ("claimgraph.cli.serve", "register", None),
)
for module_name, attribute, group in OPTIONAL_GROUPS:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name != module_name:
            raise
        continue
    if group:
        app.add_typer(getattr(module, attribute), name=group)
    else:
        getattr(module, attribute)(app)


def main() -> None:
    app()
