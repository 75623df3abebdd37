"""Terminal output: the only module that imports rich. Tables for people, JSON for scripts."""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

# date_label is shared with the web pages, so both show a date alike
from claimgraph.views import date_label, plain  # noqa: F401

# Piped into a file or a pager, tables get room to stay readable (rich assumes 80 columns).
PIPED_WIDTH = 160
# Columns whose values are all this short (ids, dates, types, counts) are never folded.
UNFOLDED_WIDTH = 18
# ... as long as the other columns keep this much room each; else each row is a block of lines.
MIN_FOLDED_WIDTH = 14
UNKNOWN = "-"

console = Console(highlight=False)
if not console.is_terminal and "COLUMNS" not in os.environ:
    console = Console(highlight=False, width=PIPED_WIDTH)
errors = Console(stderr=True, highlight=False)


def print_json(data) -> None:
    """A view, a list of views, or plain data, as indented JSON."""
    print(json.dumps(plain(data), ensure_ascii=False, indent=1, default=str))


def cell(value) -> str:
    """A value as one line of a table: unknown as "-", a sentence's line breaks as spaces."""
    return UNKNOWN if value is None or value == "" else " ".join(str(value).split())


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence], caption: str | None = None,
          keep: Sequence[str] = (), wrap: Sequence[str] = ()) -> None:
    """Rows as a table that fits the terminal. Columns named in `keep` (ids, dates, file names) and
    columns of short values are never broken; those in `wrap` (sentences, lists of file names) wrap
    at spaces; any other is cut with an ellipsis (`--json` has every value whole). When the unbroken
    columns leave the others no room, each row is printed as a block of lines instead, nothing cut."""
    caption = caption or (None if rows else "none")   # an empty table says so, not just its header
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(column)] + [len(row[i]) for row in cells]) for i, column in enumerate(columns)]
    kept = [column in keep or width <= UNFOLDED_WIDTH for column, width in zip(columns, widths)]
    if _room(widths, kept) < MIN_FOLDED_WIDTH * kept.count(False):   # short columns may be cut too
        kept = [column in keep for column in columns]
    # a wrapped column is never narrower than its longest word, so a file name in a list stays whole
    least = [max((len(word) for row in cells for word in row[i].split()), default=1) if column in wrap
             else min(width, MIN_FOLDED_WIDTH) for i, (column, width) in enumerate(zip(columns, widths))]
    if _room(widths, kept) < sum(n for n, k in zip(least, kept) if not k):
        return _blocks(title, columns, cells, [column in keep for column in columns], caption)
    shares = _shares([w for w, k in zip(widths, kept) if not k], [n for n, k in zip(least, kept) if not k],
                     _room(widths, kept))
    t = Table(title=title, caption=caption, show_lines=False, header_style="bold")
    for column, width, is_kept in zip(columns, widths, kept):
        if is_kept:
            t.add_column(column, no_wrap=True, min_width=width)
        else:
            t.add_column(column, width=shares.pop(0), **({"overflow": "fold"} if column in wrap
                                                          else {"overflow": "ellipsis", "no_wrap": True}))
    for row in cells:
        t.add_row(*map(escape, row))
    console.print(t)


def _shares(wanted: list[int], least: list[int], room: int) -> list[int]:
    """Widths for the columns that may be cut: what each needs when all fit, else the room shared
    out a character at a time to the columns still short of their need, from each one's least."""
    if sum(wanted) <= room:
        return wanted
    shares = list(least)
    while sum(shares) < room and any(s < w for s, w in zip(shares, wanted)):
        for i, (share, want) in enumerate(zip(shares, wanted)):
            if share < want and sum(shares) < room:
                shares[i] += 1
    return shares


def _room(widths: list[int], kept: list[bool]) -> int:
    """The width left to the columns that may be cut, after the borders and the unbroken columns."""
    return console.width - 1 - 3 * len(widths) - sum(w for w, k in zip(widths, kept) if k)


def _blocks(title: str, columns: Sequence[str], cells: list[list[str]], kept: list[bool],
            caption: str | None = None) -> None:
    """The compact layout: per row, the unbroken columns on one line (one too long to join them,
    a long URL, on a line of its own), then the others labelled and packed into lines wrapped at
    spaces; a word longer than a line (a URL) is cut in its middle with an ellipsis, never split."""
    heading(title)
    for row in cells:
        unbroken = [(column, value) for column, value, is_kept in zip(columns, row, kept) if is_kept]
        on_first = _fitting([value for _, value in unbroken], console.width)
        first = [value for i, (_, value) in enumerate(unbroken) if i in on_first]
        rest = [f"{column}: {value}" for i, (column, value) in enumerate(unbroken) if i not in on_first]
        rest += [f"{column}: {value}" for column, value, is_kept in zip(columns, row, kept)
                 if not is_kept and value != UNKNOWN]
        console.print(escape(_cut("  ".join(first), console.width)), style="bold", no_wrap=True, overflow="ignore")
        for text in _packed(rest, console.width - 2):
            console.print("  " + escape(text), no_wrap=True, overflow="ignore")
    if caption:
        line(caption)


def _fitting(values: list[str], width: int) -> set[int]:
    """Which values share the first line: the first (the id) always, then the shortest that fit."""
    chosen, used = {0}, len(values[0]) if values else 0
    for i in sorted(range(1, len(values)), key=lambda i: len(values[i])):
        if used + 2 + len(values[i]) <= width:
            chosen.add(i)
            used += 2 + len(values[i])
    return chosen


def _packed(items: list[str], room: int) -> list[str]:
    """Labelled values joined by "; " into lines of at most `room` characters, wrapped at spaces;
    a word too long for what is left of its line goes to the next, unless it follows its label."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + 2 + len(item) <= room:
            lines[-1] += "; " + item
            continue
        label, *words = item.split(" ")
        lines.append(label)
        for n, word in enumerate(words):
            left = room - len(lines[-1]) - 1
            if len(word) > left and (n > 0 or left < MIN_FOLDED_WIDTH):
                lines.append(_cut(word, room))
            else:
                lines[-1] += " " + _cut(word, left)
    return lines


def _cut(text: str, width: int) -> str:
    """Text as it is when it fits, else its start and end around an ellipsis: a URL keeps its site
    and the last part of its path."""
    if len(text) <= width:
        return text
    head = (width - 1) // 2
    return text[:head] + "…" + text[len(text) - (width - 1 - head):]


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


def status(text: str, shown: bool = True):
    """A spinner with what is being done, for a step with no count to show (one transaction)."""
    return errors.status(text) if shown else contextlib.nullcontext()
