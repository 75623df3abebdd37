"""The same article saved another way is the same document: ids hash the normalised content
(line endings, trailing whitespace, Unicode composition), so re-ingesting is a no-op instead of
a second source and false contradictions."""
from __future__ import annotations

import json
import unicodedata

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app
from claimgraph.ids import document_id

ARTICLE = ("Insurgents ambushed a police patrol outside Zawiyat al-Nur on Sunday, killing three officers,\n"
           "the interior ministry said.\n\nA spokesman for the group said the attack avenged a raid in Caf\u00e9 Row.")

SAME = [
    ("CRLF line endings", ARTICLE.replace("\n", "\r\n")),
    ("old Mac line endings", ARTICLE.replace("\n", "\r")),
    ("a trailing newline", ARTICLE + "\n"),
    ("trailing blank lines and spaces", ARTICLE.replace("\n", "  \n") + "\n\n \n"),
    ("decomposed accents (NFD)", unicodedata.normalize("NFD", ARTICLE)),
    ("leading blank lines", "\n\n" + ARTICLE),
]
DIFFERENT = [
    ("another word", ARTICLE.replace("three", "four")),
    ("lines joined", ARTICLE.replace("\n\n", "\n")),
    ("indented paragraph", ARTICLE.replace("\nA spokesman", "\n    A spokesman")),
]


@pytest.mark.parametrize("label, variant", SAME, ids=[label for label, _ in SAME])
def test_the_same_article_saved_another_way_has_the_same_id(label, variant):
    assert document_id(variant) == document_id(ARTICLE)


@pytest.mark.parametrize("label, variant", DIFFERENT, ids=[label for label, _ in DIFFERENT])
def test_a_different_text_has_another_id(label, variant):
    assert document_id(variant) != document_id(ARTICLE)


def test_reingesting_with_other_line_endings_stores_nothing_new(tmp_path):
    folder = tmp_path / "variants"
    folder.mkdir()
    (folder / "a-original.txt").write_bytes(ARTICLE.encode())
    for n, (_, variant) in enumerate(SAME):
        (folder / f"b-variant-{n}.txt").write_bytes(variant.encode())
    result = CliRunner().invoke(app, ["ingest", str(folder), "--json", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert len(summary["added"]) == 1 and len(summary["duplicates"]) == len(SAME)


def test_the_seeds_saved_on_windows_are_already_stored(tmp_path, seeds_dir):
    """The issue's reproduction: the seeds again with CRLF and a trailing newline stored each a second
    time (events with two or more sources went from 3 to 28, all false)."""
    copies = tmp_path / "crlf"
    copies.mkdir()
    for seed in seeds_dir.iterdir():
        text = seed.read_text(encoding="utf-8")
        (copies / seed.name).write_bytes((text.replace("\n", "\r\n") + "\r\n").encode())
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(seeds_dir), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(copies), "--json", "--db", str(db)])
    summary = json.loads(result.stdout)
    assert summary["added"] == [] and len(summary["duplicates"]) == len(list(seeds_dir.iterdir()))
