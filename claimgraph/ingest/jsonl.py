"""JSONL: one document per line, {"text" or "html", optional url, title, published, outlet, author}."""
from __future__ import annotations

import json
from collections.abc import Iterator

from claimgraph.clean.text import normalise_field
from claimgraph.model import RawDocument, Skipped

FIELDS = ("url", "title", "published", "outlet", "author")


def read_jsonl(text: str, source: str) -> Iterator[RawDocument | Skipped]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"not valid JSON ({err.msg}, column {err.colno})")
            continue
        except RecursionError:
            yield Skipped(where, "not readable JSON: nested too deeply")
            continue
        if not isinstance(record, dict):
            yield Skipped(where, "a JSONL line must be an object")
            continue
        body = {k: record[k] for k in ("text", "html") if isinstance(record.get(k), str) and record[k].strip()}
        if not body:
            yield Skipped(where, 'no "text" or "html" field with content')
            continue
        meta = {k: normalise_field(record.get(k)) for k in FIELDS}
        meta = {k: v for k, v in meta.items() if v}
        # A line's own URL names it better than the file and line number.
        yield RawDocument(source=meta.get("url") or where, **body, **meta)
