"""The way back from ACLED: read an ACLED-style CSV into reference events, and compare them with
claimgraph's events.

A reference event and a claimgraph event are the same when ACLED's event_type of both agrees,
their places are one by name (the reference's location against the claimgraph place's name and
aliases, by claimgraph's name matcher), and their dates lie within the reference's time_precision
window (ontology/acled.yaml). Dates apart by up to `date_slack` days more, a different
sub_event_type or a different fatality count make the pair "differs"; a reference with no
claimgraph event is "missed". Each claimgraph event answers one reference at most: pairs are
taken closest first.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from claimgraph.errors import UnreadableInput
from claimgraph.export.acled import acled_rows
from claimgraph.export.csv_export import FORMULA_STARTS
from claimgraph.ids import content_hash
from claimgraph.model import ReferenceEvent
from claimgraph.ontology.acled import Acled, load_acled
from claimgraph.resolve.names import compare as compare_names
from claimgraph.views import ExportData, ReferenceComparison, ReferenceMatch

DATASET = "acled"
REQUIRED = ("event_date", "event_type")
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")
PLACE = "GPE"
FOUND, DIFFERS, MISSED = "found", "differs", "missed"


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of an ACLED-style CSV, as dicts by column name; UnreadableInput when it is none."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise UnreadableInput(f"{path}: cannot read: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise UnreadableInput(f"{path}: not UTF-8 text (byte {err.start}): is it a CSV file?") from err
    if "\x00" in text:
        raise UnreadableInput(f"{path}: binary data, not a CSV file")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
        if missing:
            raise UnreadableInput(f"{path}: not an ACLED-style CSV: no column {', '.join(missing)} "
                                  f"(columns: {', '.join(reader.fieldnames or ()) or 'none'})")
        return [dict(row) for row in reader]
    except csv.Error as err:
        raise UnreadableInput(f"{path}: malformed CSV: {err}") from err


def reference_events(rows: Iterable[dict[str, str]], source: str,
                     progress: Callable[[str], None] | None = None) -> list[ReferenceEvent]:
    """One ReferenceEvent per row; UnreadableInput naming the first bad row (its line in the file)."""
    found = []
    for number, row in enumerate(rows, start=2):
        found.append(_reference(row, number, source))
        if progress:
            progress(source)
    return found


def _reference(row: dict[str, str], line: int, source: str) -> ReferenceEvent:
    cell = lambda column: unneutralise((row.get(column) or "").strip())
    where = f"{source}: line {line}"
    date = _date(cell("event_date"), where)
    if not cell("event_type"):
        raise UnreadableInput(f"{where}: no event_type")
    precision = _integer(cell("time_precision"), "time_precision", where) or 1
    if precision not in (1, 2, 3):
        raise UnreadableInput(f"{where}: time_precision is {precision}; ACLED's are 1, 2 and 3")
    names = lambda first, rest: tuple(n for n in (cell(first), *cell(rest).split(";")) if n.strip())
    fields = dict(dataset=DATASET, reference_id=cell("event_id_cnty") or f"line {line}", date=date,
                  time_precision=precision, event_type=cell("event_type"),
                  sub_event_type=cell("sub_event_type") or None,
                  actors=tuple(n.strip() for n in names("actor1", "assoc_actor_1")),
                  targets=tuple(n.strip() for n in names("actor2", "assoc_actor_2")),
                  location=cell("location") or None, country=cell("country") or None,
                  fatalities=_integer(cell("fatalities"), "fatalities", where),
                  notes=cell("notes") or None, source=cell("source") or None, imported_from=source)
    return ReferenceEvent(id=content_hash("reference", *fields.values()), **fields)


def unneutralise(cell: str) -> str:
    """A cell as written before the export quoted it against formulas."""
    return cell[1:] if cell.startswith("'") and cell[1:2].startswith(FORMULA_STARTS) and cell[1:2] else cell


def _date(text: str, where: str) -> str:
    for layout in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, layout).date().isoformat()
        except ValueError:
            continue
    raise UnreadableInput(f"{where}: event_date {text!r} is no date (write YYYY-MM-DD)")


def _integer(text: str, column: str, where: str) -> int | None:
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise UnreadableInput(f"{where}: {column} {text!r} is no whole number") from None


# ------------------------------------------------------------------- compare

def compare(references: list[ReferenceEvent], graph: ExportData, acled: Acled | None = None) -> ReferenceComparison:
    """Which reference events claimgraph found, missed, or dated or counted differently."""
    acled = acled or load_acled()
    rows = acled_rows(graph, acled)
    entities = {e.id: e for e in graph.entities}
    places = {e.id: (entities[e.location].name, *entities[e.location].aliases) if e.location in entities else ()
              for e in graph.events}
    pairs = []
    for i, ref in enumerate(references):
        for j, row in enumerate(rows):
            if row["event_type"] != ref.event_type:
                continue
            gap = abs((dt.date.fromisoformat(row["event_date"]) - dt.date.fromisoformat(ref.date)).days)
            window = max(acled.window(ref.time_precision), acled.window(row["time_precision"]))
            if gap > window + acled.date_slack or not _same_place(ref.location, places[row["event_id_cnty"]]):
                continue
            differences = _differences(ref, row, gap > window)
            pairs.append((len(differences), gap, i, j, differences))
    matched: dict[int, tuple[int, tuple[str, ...]]] = {}
    taken = set()
    for _, _, i, j, differences in sorted(pairs, key=lambda p: p[:4]):
        if i not in matched and j not in taken:
            matched[i] = (j, differences)
            taken.add(j)
    matches = tuple(_match(ref, rows[matched[i][0]] if i in matched else None, matched.get(i, (0, ()))[1])
                    for i, ref in enumerate(references))
    count = lambda status: sum(m.status == status for m in matches)
    return ReferenceComparison(dataset=DATASET, references=len(references), found=count(FOUND),
                               differs=count(DIFFERS), missed=count(MISSED), matches=matches)


def _same_place(reference: str | None, names: tuple[str, ...]) -> bool:
    if not reference or not names:
        return not reference and not names
    return any(reference.casefold() == n.casefold() or compare_names(reference, n, PLACE).match for n in names)


def _differences(ref: ReferenceEvent, row: dict, dated_apart: bool) -> tuple[str, ...]:
    found = []
    if dated_apart:
        found.append(f"date: {ref.date} in the reference, {row['event_date']} in claimgraph")
    if ref.sub_event_type and ref.sub_event_type != row["sub_event_type"]:
        found.append(f"sub_event_type: {ref.sub_event_type} in the reference, {row['sub_event_type']} in claimgraph")
    if (ref.fatalities or 0) != row["fatalities"]:
        found.append(f"fatalities: {ref.fatalities or 0} in the reference, {row['fatalities']} in claimgraph")
    return tuple(found)


def _match(ref: ReferenceEvent, row: dict | None, differences: tuple[str, ...]) -> ReferenceMatch:
    return ReferenceMatch(
        reference_id=ref.reference_id, date=ref.date, event_type=ref.event_type, location=ref.location,
        fatalities=ref.fatalities, status=MISSED if row is None else DIFFERS if differences else FOUND,
        event=row and row["event_id_cnty"], event_date=row and row["event_date"],
        event_fatalities=row and row["fatalities"], differences=differences)
