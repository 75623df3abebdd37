"""One document's failure costs only that document: over-long texts are refused with a clear
reason, and a failure inside spaCy's nlp.pipe makes the batch parse one text at a time, so the
others are still stored. (A 10 MB one-line file used to raise spaCy's E088 for the whole batch: a
traceback naming no file, the rest of the batch lost, exit 1. It is in the full hostile corpus.)
"""
from __future__ import annotations

import pytest

from claimgraph.errors import InputError, TooLarge
from claimgraph.model import ProcessedDocument, RawDocument, Skipped
from claimgraph.nlp.parsing import parse_batch
from claimgraph.pipeline import Pipeline

TEXTS = ["Rebels attacked an army base near the northern border on Monday, the army said.",
         "BREAKS THE MODEL: police arrested two protesters in the capital.",
         "Government forces shelled a village in the hills on Tuesday, residents said."]


class BrittleModel:
    """The real model, except that any text with BREAKS THE MODEL makes it raise, mid-batch too."""

    def __init__(self, nlp, max_length: int | None = None):
        self.nlp, self.max_length = nlp, max_length or nlp.max_length

    def __call__(self, text):
        if "BREAKS THE MODEL" in text:
            raise ValueError("a component failed")
        return self.nlp(text)

    def pipe(self, texts, batch_size=32):
        for text in texts:
            yield self(text)


def test_a_failure_inside_the_batch_costs_only_its_text(nlp):
    parsed = parse_batch(BrittleModel(nlp), TEXTS, batch_size=8)
    assert [type(p).__name__ for p in parsed] == ["Doc", "InputError", "Doc"]
    assert "ValueError: a component failed" in str(parsed[1])
    assert parsed[2].text == TEXTS[2]


def test_an_over_long_text_is_refused_before_parsing(nlp):
    parsed = parse_batch(BrittleModel(nlp, max_length=100), [TEXTS[0], "word " * 50], batch_size=8)
    assert parsed[0].text == TEXTS[0]
    assert isinstance(parsed[1], TooLarge) and "250 characters, over the 100" in str(parsed[1])


@pytest.mark.parametrize("max_length, outcome", [(None, ["stored", "skipped", "stored"]),
                                                 (78, ["skipped", "skipped", "stored"])])
def test_the_pipeline_skips_only_the_failing_documents(nlp, max_length, outcome):
    pipeline = Pipeline()
    pipeline._nlp = BrittleModel(nlp, max_length)
    raws = [RawDocument(source=f"doc{i}.txt", text=text) for i, text in enumerate(TEXTS)]
    results = list(pipeline.process_many(raws))
    assert [("stored" if isinstance(r, ProcessedDocument) else "skipped") for r in results] == outcome
    assert [r.source if isinstance(r, Skipped) else r.document.source for r in results] == \
           [raw.source for raw in raws]
    assert all(r.reason for r in results if isinstance(r, Skipped))


def test_a_cleaning_crash_is_a_skip_line(monkeypatch):
    import claimgraph.pipeline as pipeline_module

    def crash(raw):
        raise RecursionError("maximum recursion depth exceeded")
    monkeypatch.setattr(pipeline_module, "clean_document", crash)
    skipped = Pipeline().prepare(RawDocument(source="page.html", html="<p>x</p>"))
    assert isinstance(skipped, Skipped) and "RecursionError" in skipped.reason
    assert not isinstance(skipped, InputError)
