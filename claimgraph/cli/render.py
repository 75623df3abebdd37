"""Terminal output: the only module that imports rich. Tables for people, JSON for scripts."""
from __future__ import annotations

import json
import os
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimgraph.views import plain

# Piped into a file or a pager, tables get room to stay readable (rich assumes 80 columns).
PIPED_WIDTH = 160
# Columns whose values are all this short (ids, dates, types, counts) are never folded.
UNFOLDED_WIDTH = 18
# ... as long as the other columns keep this much room each.
MIN_FOLDED_WIDTH = 14

console = Console(highlight=False)
if not console.is_terminal and "COLUMNS" not in os.environ:
    console = Console(highlight=False, width=PIPED_WIDTH)
errors = Console(stderr=True, highlight=False)


def print_json(data) -> None:
    """A view, a list of views, or plain data, as indented JSON."""
    print(json.dumps(plain(data), ensure_ascii=False, indent=1, default=str))


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence], caption: str | None = None) -> None:
    t = Table(title=title, caption=caption, show_lines=False, header_style="bold")
    # one line per value: a sentence's line breaks would print as empty rows
    cells = [["" if v is None else " ".join(str(v).split()) for v in row] for row in rows]
    widths = [max([len(column)] + [len(row[i]) for row in cells]) for i, column in enumerate(columns)]
    short = [w <= UNFOLDED_WIDTH for w in widths]
    left = console.width - sum(w + 3 for w, s in zip(widths, short) if s)
    keep_short = left >= MIN_FOLDED_WIDTH * short.count(False)   # else every column folds
    for column, is_short in zip(columns, short):
        if is_short and keep_short:
            t.add_column(column, no_wrap=True)
        else:
            t.add_column(column, overflow="fold", ratio=1)
    for row in cells:
        t.add_row(*map(escape, row))
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
