"""The `claimgraph` command. Each command lives in the module of its group; heavy imports wait
inside the commands, so `claimgraph --help` loads neither spaCy nor SQLAlchemy."""
from __future__ import annotations

import contextlib

import typer
from typer._click import exceptions as click_errors   # Typer vendors click: its errors are these classes
from typer.core import TyperGroup

from claimgraph.cli import correct, exchange, export, ingest, names, query, resolve, serve, stories, watch


class UsageLine(click_errors.UsageError):
    """A usage error (a missing argument, an unknown option, a value of the wrong kind) as one
    line, like every other error: what is wrong and where the help is, not click's usage block."""

    def show(self, file=None) -> None:
        message = " ".join(self.format_message().split()).rstrip(".")
        where = f" (see `{self.ctx.command_path} --help`)" if self.ctx else ""
        typer.echo(f"error: {message[:1].lower()}{message[1:]}{where}", file=file, err=True)


class Claimgraph(TyperGroup):
    """The root command: every command's usage errors reach it, and leave it as one line."""

    def make_context(self, *args, **kwargs):
        with _one_line():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx):
        with _one_line():
            return super().invoke(ctx)


@contextlib.contextmanager
def _one_line():
    """Re-raise a usage error as a UsageLine; a group run without a command still shows its help."""
    try:
        yield
    except (UsageLine, click_errors.NoArgsIsHelpError):
        raise
    except click_errors.UsageError as err:
        raise UsageLine(err.format_message(), err.ctx) from err


app = typer.Typer(
    name="claimgraph", cls=Claimgraph, no_args_is_help=True, rich_markup_mode=None,
    help="Turn conflict reporting into a sourced graph of actors, events and claims.\n\n"
         "Start with `claimgraph ingest FOLDER`, then `claimgraph entities`, `claimgraph events`, "
         "`claimgraph export -o out.json`. The store is ./claimgraph.db unless --db or CLAIMGRAPH_DB says otherwise.",
)
app.command()(ingest.ingest)
app.command()(resolve.resolve)
for command_function in (query.documents, query.entities, query.entity, query.events, query.event,
                         query.contradictions, stories.stories, stories.story, query.stats):
    app.command()(command_function)
app.command()(export.export)
correct.register(app)
serve.register(app)
app.add_typer(names.names_app, name="names")
app.add_typer(exchange.import_app, name="import")
app.add_typer(exchange.compare_app, name="compare")
app.add_typer(watch.watch_app, name="watch")
app.add_typer(watch.watchlist_app, name="watchlist")
app.command()(watch.alerts)


def command() -> TyperGroup:
    """The app as a click command whose help names each argument by its metavar as click writes it
    (NAME, [NAME], PATH...): Typer would add the Python type ("NAME <str>") and brace a required
    one in the usage line ("{NAME}")."""
    group = typer.main.get_command(app)
    for _, cmd in every_command(group):
        for param in cmd.params:
            if param.param_type_name == "argument" and param.metavar:
                param.display_type_rich = lambda ctx: None
                param.get_usage_pieces = lambda ctx, param=param: [usage_name(param)]
    return group


def usage_name(argument) -> str:
    name = argument.metavar if argument.required else f"[{argument.metavar}]"
    return name + ("..." if argument.nargs != 1 else "")


def every_command(cmd, words: tuple[str, ...] = ()):
    """(words, command) for the command and, through every group, each command under it."""
    yield words, cmd
    for name, sub in getattr(cmd, "commands", {}).items():
        yield from every_command(sub, (*words, name))


def main() -> None:
    command()()
