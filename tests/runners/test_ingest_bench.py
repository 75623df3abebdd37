"""The benchmark runs end to end on a tiny corpus and reports every figure (no timing asserted)."""
from __future__ import annotations

import pytest

pytest.importorskip("psutil", reason="psutil (the benchmark's memory probe) is not installed: "
                                     "pip install 'claimgraph[test]'")

from benchmarks import ingest_bench  # noqa: E402  (after the skip above)
from benchmarks.corpus import copy_of, synthetic_articles  # noqa: E402
from claimgraph.model import Evidence, Report  # noqa: E402


def test_quick_benchmark_prints_every_figure(articles_dir, tmp_path, capsys):
    out = tmp_path / "latest.md"
    ingest_bench.main(["--quick", "--seeds", str(articles_dir), "--out", str(out)])
    printed = capsys.readouterr().out
    for figure in ("full pipeline", "raw spaCy nlp.pipe", "documents/s", "words/s", "peak memory (MB)", "(no resolution) / raw spaCy",
                   "ms per document", "12 documents", "40 documents", "ms per 1,000 words", "/ raw spaCy parse",
                   "| parse |", "| claimgraph.arguments.v1 |"):
        assert figure in printed
    assert "| 2 |" in out.read_text()


def test_only_resolution_times_resolution_alone(articles_dir, tmp_path, capsys):
    out = tmp_path / "resolution.md"
    ingest_bench.main(["--quick", "--only", "resolution", "--workers", "1", "--seeds", str(articles_dir),
                       "--out", str(out)])
    printed = capsys.readouterr().out
    assert "ms per document" in printed and "40 documents" in printed
    assert "raw spaCy" not in printed
    assert "--only resolution" in out.read_text()


def test_only_stages_times_each_step_beside_raw_spacy(articles_dir, tmp_path, capsys):
    out = tmp_path / "stages.md"
    ingest_bench.main(["--quick", "--only", "stages", "--seeds", str(articles_dir), "--out", str(out)])
    printed = capsys.readouterr().out
    steps = [line.split("|")[1].strip() for line in printed.splitlines() if line.startswith("| ")][1:]
    assert steps[:3] == ["clean", "parse", "claimgraph.mentions.v1"] and steps[-1] == "all steps"
    assert "raw spaCy nlp.pipe:" in printed and "ms per document" not in printed
    assert "--only stages" in out.read_text()


def test_synthetic_articles_are_distinct_and_made_of_the_given_paragraphs():
    texts = ["First paragraph here.\nSecond one follows.", "Third paragraph.\nFourth and last."]
    articles = synthetic_articles(texts, 20)
    assert len({a.text for a in articles}) == 20
    paragraphs = {p for t in texts for p in t.splitlines()}
    for article in articles:
        assert set(article.text.split("\n\n")[:-1]) <= paragraphs


@pytest.mark.parametrize("copy, expected_id, expected_date", [
    (0, "r1", "2019-02-28"),
    (1, "r1~1", "2020-02-28"),
    (3, "r1~3", "2022-02-28"),
])
def test_copies_get_new_ids_and_later_dates(copy, expected_id, expected_date):
    report = Report("r1", "d1", "ASSAULT", Evidence("d1", 0, 4, "Text."), actors=("e1",), date="2019-02-28")
    copied = copy_of(report, copy)
    assert (copied.id, copied.date) == (expected_id, expected_date)
    assert copied.evidence.doc_id == ("d1" if copy == 0 else f"d1~{copy}")
    assert copied.actors == (("e1",) if copy == 0 else (f"e1~{copy}",))
