"""Terminal output: the only module that imports rich. Tables for people, JSON for scripts."""
from __future__ import annotations

import json
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence], caption: str | None = None) -> None:
    t = Table(title=title, caption=caption, show_lines=False, header_style="bold")
    for column in columns:
        t.add_column(column, overflow="fold")
    for row in rows:
        t.add_row(*["" if v is None else escape(str(v)) for v in row])
    console.print(t)


def line(text: str, style: str | None = None, err: bool = False) -> None:
    (errors if err else console).print(escape(text), style=style, soft_wrap=True)


def heading(text: str) -> None:
    console.print(f"\n[bold]{escape(text)}[/bold]")


def progress(total: int, description: str):
    """A progress bar with a callback advancing it; shown on runs of more than a few documents."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=errors, transient=True)
    task = bar.add_task(description, total=total)
    return bar, lambda _source: bar.advance(task)
