"""The hostile-input corpus through `claimgraph ingest`, as a user runs it, into a store that already
holds the seeds: every case gives one line naming its file (a skip with its reason) or is stored,
the exit status is the documented 1 (some inputs skipped), and the seed documents' facts are
byte-identical before and after.

The quick run leaves out the three cases that cost seconds (200,000-deep HTML, a 10 MB line, a
56 MB file); `-m slow` (and .ci/run) runs them all.
"""
from __future__ import annotations

import codecs
import json

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app
from claimgraph.cli.options import EXIT_SKIPPED
from claimgraph.errors import InputError
from claimgraph.ingest.files import decode_bytes
from claimgraph.store import Store, queries
from tests.reliability.hostile_corpus import ARTICLE, CASES, write_corpus

runner = CliRunner()


def cli(*args, db):
    return runner.invoke(app, [*args, "--db", str(db)])


def _own_facts(document: dict) -> dict:
    """A document's facts, less a publication date inferred across documents: like events, that is
    resolved over the whole store (the date of the events it shares with dated articles), and
    stories weigh words by their rarity in the whole store, so new documents may move it."""
    if document["published_origin"] in (None, "inferred"):     # not printed: none, or inferred
        return {k: v for k, v in document.items() if not k.startswith("published")}
    return document


def seed_facts(db, seed_sources: set[str]) -> str:
    """What the seed documents say, as JSON: the documents, the mentions and reports found in them,
    and the relations they are evidence for. Events and entities are left out on purpose: they are
    resolved across the whole store, so a new document may rightly join them."""
    result = cli("export", "--format", "json", db=db)
    assert result.exit_code == 0, result.output
    graph = json.loads(result.stdout)
    documents = sorted((_own_facts(d) for d in graph["documents"] if d["source"] in seed_sources),
                       key=lambda d: d["id"])
    ids = {d["id"] for d in documents}
    mentions = sorted((m["doc"], m["start"], m["end"], m["text"], e["type"])
                      for e in graph["entities"] for m in e["mentions"] if m["doc"] in ids)
    reports = sorted((r for ev in graph["events"] for r in ev["reports"] if r["doc"] in ids), key=lambda r: r["id"])
    relations = sorted((r["predicate"], str(r.get("value")), ev) for r in graph["relations"]
                       for ev in map(json.dumps, r["evidence"]) if json.loads(ev)["doc"] in ids)
    return json.dumps({"documents": documents, "mentions": mentions, "reports": reports, "relations": relations},
                      sort_keys=True)


def skip_lines(output: str) -> dict[str, list[str]]:
    """`skipped: SOURCE: reason` lines by source."""
    lines = {}
    for line in output.splitlines():
        if line.startswith("skipped: "):
            source, _, reason = line.removeprefix("skipped: ").partition(": ")
            lines.setdefault(source, []).append(reason)
    return lines


def ingest_corpus(tmp_path, seeds_dir, cases):
    db = tmp_path / "store.db"
    seeded = cli("ingest", str(seeds_dir), db=db)
    assert seeded.exit_code == 0, seeded.output
    sources = {str(p) for p in seeds_dir.iterdir()}
    before = seed_facts(db, sources)
    written = write_corpus(tmp_path / "hostile", cases)
    result = cli("ingest", str(tmp_path / "hostile"), db=db)
    for case in written.values():               # the 56 MB case is sparse; still, keep nothing big
        if case.slow:
            (tmp_path / "hostile" / case.name).unlink()
    return db, written, result, before, seed_facts(db, sources)


def check_corpus(db, written, result, before, after):
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "Traceback" not in result.output
    skipped = skip_lines(result.output)
    stored = {d["source"] for d in json.loads(cli("documents", "--json", "--limit", "1000", db=db).stdout)}
    outcomes = {}
    for path, case in written.items():
        if isinstance(case.expect, tuple):
            outcomes.update({f"{path}:{n}": expect for n, expect in enumerate(case.expect, start=1)})
        else:
            outcomes[path] = case.expect
    for source, expect in outcomes.items():
        lines = skipped.get(source, [])
        if expect == "stored":
            assert source in stored and not lines, (source, lines)
        else:
            assert len(lines) == 1 and expect in lines[0], (source, lines)
            assert source not in stored
    assert set(skipped) <= set(outcomes), set(skipped) - set(outcomes)     # every skip line names a case
    assert after == before                                          # the seeds' facts are untouched


def test_hostile_corpus_quick(tmp_path, seeds_dir):
    check_corpus(*ingest_corpus(tmp_path, seeds_dir, [c for c in CASES if not c.slow]))


@pytest.mark.slow
def test_hostile_corpus_full(tmp_path, seeds_dir):
    db, written, result, before, after = ingest_corpus(tmp_path, seeds_dir, CASES)
    check_corpus(db, written, result, before, after)
    store = Store(str(db))
    deep = [d for d in queries.documents(store) if d.source.endswith("deep.html")]
    assert ARTICLE in queries.document(store, deep[0].id).text        # the text under 200,000 levels
    store.close()


TEXT = "Troops crossed the river at dawn, the ministry said."


@pytest.mark.parametrize("data, outcome", [
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "read"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "read"),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "read"),
    (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "read"),
    (TEXT.encode("utf-16-le"), "no byte-order mark: read as UTF-16-LE"),
    (TEXT.encode("utf-16-be"), "no byte-order mark: read as UTF-16-BE"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")[:-1], "UnreadableInput"),      # odd length
    (b"\x00" * 200, "BinaryInput"),
    (TEXT.encode()[:10] + b"\x00" + TEXT.encode()[10:], "BinaryInput"),
])
def test_decoding_marked_and_unmarked_unicode(data, outcome):
    try:
        text, warnings = decode_bytes(data)
    except InputError as err:
        assert type(err).__name__ == outcome
        return
    assert text == TEXT and (warnings == () if outcome == "read" else warnings == (outcome,))
