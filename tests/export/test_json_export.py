"""The JSON export: the evaluation format (shared/eval/README.md), keys in their order, text as
written (no ASCII escapes), one field per line at an indent of one."""
from __future__ import annotations

import io
import json

import pytest

from claimgraph.export.json_export import JsonExporter
from tests.export.graphs import GRAPH


@pytest.fixture(scope="module")
def written() -> str:
    stream = io.StringIO()
    JsonExporter().write(GRAPH, stream)
    return stream.getvalue()


@pytest.mark.parametrize("path, expected", [
    ((), ["documents", "entities", "events", "relations", "contradictions"]),
    (("documents", 0), ["id", "source", "title", "url", "outlet", "author", "published", "published_origin",
                        "published_inferred"]),
    (("entities", 0), ["id", "name", "type", "aliases", "mentions"]),
    (("entities", 0, "mentions", 0), ["doc", "start", "end", "text"]),
    (("events", 0), ["id", "type", "mode", "date", "date_precision", "date_end", "location", "actors", "targets",
                     "killed", "injured", "modality", "sources", "reports", "killed_range", "injured_range",
                     "disputed"]),
    (("events", 0, "reports", 0), ["id", "doc", "start", "end", "text", "trigger", "killed", "injured", "modality",
                                   "date", "attributed_to", "source_text", "rules", "also_attributed_to"]),
    (("relations", 0), ["id", "subject", "predicate", "object", "value", "evidence"]),
    (("relations", 0, "evidence", 0), ["doc", "start", "end", "text", "rules"]),
    (("contradictions", 0, "values", 0), ["value", "doc", "report", "attributed_to"]),
])
def test_keys_in_the_format_order(written, path, expected):
    node = json.loads(written)
    for step in path:
        node = node[step]
    assert list(node) == expected


@pytest.mark.parametrize("path, value", [
    (("documents", 1, "published_inferred"), True),
    (("entities", 1, "aliases"), ["Varnék"]),
    (("events", 0, "actors"), ["e-front"]),
    (("events", 0, "killed_range"), "12\u201315"),         # the tolls the reports give, en dash
    (("events", 0, "disputed"), ["killed"]),
    (("events", 0, "reports", 1, "attributed_to"), None),
    (("relations", 1, "object"), None),
    (("relations", 1, "value"), "Governor"),
    (("contradictions", 0, "values", 1, "value"), "15"),
    (("events", 0, "reports", 0, "rules"), ["trigger:ASSAULT.shell"]),
])
def test_values(written, path, value):
    node = json.loads(written)
    for step in path:
        node = node[step]
    assert node == value


def test_text_as_written_indented_by_one_ending_in_a_newline(written):
    assert '"Varnék"' in written and "\\u" not in written
    assert written.startswith('{\n "documents": [\n  {\n   "id": "d1",') and written.endswith("}\n")
