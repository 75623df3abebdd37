"""`claimgraph names compare`: compare two names, or every pair in a CSV file, with the matcher."""
from __future__ import annotations

import csv
import sys
from typing import Annotated, Optional

import typer

from claimgraph.filters import FilterError, check_entity_type
from claimgraph.model import ENTITY_TYPES
from claimgraph.resolve.names import NameMatch, compare as compare_names

EXIT_USAGE = 2

names_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)


@names_app.callback()
def names() -> None:
    """Compare names as the entity resolver does: score, decision and the features behind them."""
    # A callback keeps `compare` a subcommand even when names_app runs on its own (tests, scripts).


def why(result: NameMatch) -> str:
    return "; ".join(f"{s.name}={s.value:.2f} ({s.detail})" for s in result.features)


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def checked_type(value: str | None, where: str = "--type") -> str | None:
    try:
        return check_entity_type(value) if value is not None else None
    except FilterError as err:
        fail(f"{where}: {err}")


def read_pairs(path: str) -> list[tuple[str, str, str | None]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = {"name1", "name2"} - set(reader.fieldnames or ())
            if missing:
                fail(f"{path}: missing column(s) {', '.join(sorted(missing))}; "
                     "expected a header row name1,name2[,type]")
            return [(row["name1"] or "", row["name2"] or "",
                     checked_type((row.get("type") or "").strip() or None, f"{path} line {reader.line_num}"))
                    for row in reader]
    except OSError as err:
        fail(f"cannot read {path}: {err.strerror or err}")


@names_app.command()
def compare(
    name1: Annotated[Optional[str], typer.Argument(metavar="NAME1", help="First name.")] = None,
    name2: Annotated[Optional[str], typer.Argument(metavar="NAME2", help="Second name.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", metavar="TYPE", help=", ".join(ENTITY_TYPES) + ".")] = None,
    pairs: Annotated[Optional[str], typer.Option(
        "--pairs", metavar="FILE", help="CSV file with a header row name1,name2[,type]: prints name1,name2,score,match.")] = None,
    explain: Annotated[bool, typer.Option("--why", help="Show every feature behind the score.")] = False,
) -> None:
    """Compare NAME1 with NAME2, or every pair of a --pairs CSV file (printed as CSV, in order)."""
    type = checked_type(type)
    if pairs:
        if name1 or name2:
            fail("give either two names or --pairs FILE, not both")
        rows = read_pairs(pairs)
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["name1", "name2", "score", "match"] + (["why"] if explain else []))
        for a, b, pair_type in rows:
            result = compare_names(a, b, pair_type or type)
            writer.writerow([a, b, f"{result.score:.4f}", str(result.match).lower()]
                            + ([why(result)] if explain else []))
        return
    if name1 is None or name2 is None:
        fail("give two names, or --pairs FILE")
    result = compare_names(name1, name2, type)
    typer.echo(f"score {result.score:.4f}  {'match' if result.match else 'no match'}")
    if explain:
        for s in result.features:
            typer.echo(f"  {s.name:20s} {s.value:.2f}  {s.detail}")
