"""The pipeline as a whole: one failing document never stops or half-writes the others."""
from __future__ import annotations

import pytest

from claimgraph import registry
from claimgraph.config import DEFAULT_STAGES, Settings
from claimgraph.model import RawDocument, Skipped
from claimgraph.pipeline import Pipeline
from claimgraph.runners.local import run
from claimgraph.store import Store

ARTICLES = [
    "Rebel fighters attacked an army checkpoint near Idlib on Tuesday, killing five soldiers, the ministry said.",
    "BOOM. This document makes the test extractor fail.",
    "The two sides signed a ceasefire agreement in Geneva on Friday.",
]


def failing_extractor(parsed):
    if parsed.document.text.startswith("BOOM"):
        raise RuntimeError("extractor exploded")
    return ()


@pytest.fixture
def settings(monkeypatch, tmp_path):
    monkeypatch.setitem(registry.BUILTINS["extractors"], "test.failing.v1", f"{__name__}:failing_extractor")
    return Settings(db=str(tmp_path / "p.db"), stages=DEFAULT_STAGES + ("test.failing.v1",))


def test_a_failing_document_is_skipped_and_the_others_are_stored(settings):
    store = Store(settings.db)
    summary = run([RawDocument(f"{i}.txt", text=t) for i, t in enumerate(ARTICLES)], store, settings)
    assert summary.added == ("0.txt", "2.txt")
    assert summary.skipped == (Skipped("1.txt", "extraction failed: RuntimeError: extractor exploded"),)


def test_process_keeps_evidence_offsets_in_the_cleaned_text(settings):
    processed = Pipeline(settings).process(RawDocument("a.txt", text=ARTICLES[0]))
    text = processed.document.text
    assert processed.mentions and all(text[m.start:m.end] == m.text for m in processed.mentions)
    assert processed.reports and all(r.evidence.text in text for r in processed.reports)


def test_an_empty_document_after_cleaning_is_skipped(settings):
    result = Pipeline(settings).process(RawDocument("nav.html", html="<html><nav>Home | News</nav></html>"))
    assert isinstance(result, Skipped) and result.source == "nav.html"


@pytest.mark.parametrize("text, triggers", [
    # a one-sentence brief has no fuller report nearby: its unnamed groups count anywhere
    ("Residents fled after soldiers burned their houses.", ["burned"]),
    # in a longer text an unnamed group outside the main clause is a passing reference
    ("Residents fled after soldiers burned their houses. The village was empty by noon.", []),
])
def test_unnamed_groups_count_anywhere_in_a_one_sentence_document(settings, text, triggers):
    processed = Pipeline(settings).process(RawDocument("brief.txt", text=text))
    assert [r.trigger for r in processed.reports] == triggers


def test_a_wire_dateline_names_a_place_and_stays_out_of_the_story(settings):
    text = "KYIV, Ukraine (AP) — Mark Rutte visited Kyiv on Monday. Rebels shelled Kharkiv."
    processed = Pipeline(settings).process(RawDocument("wire.txt", text=text))
    entities = {e.id: e for e in processed.entities}
    visit = next(r for r in processed.reports if r.trigger == "visited")
    # the model's one "Kyiv" read as a person is outvoted by the dateline's place
    assert (entities[visit.location].name, entities[visit.location].type) == ("Kyiv", "GPE")
    assert [entities[a].name for a in visit.actors] == ["Mark Rutte"]
    assert not any(e.name == "AP" and "Ukraine" in e.aliases for e in entities.values())


@pytest.mark.parametrize("text, trigger, actors", [
    # "the group" is the organisation just named
    ("The Kurdistan Workers' Party claimed the blast. A spokesman said the group had attacked the base "
     "near Kirkuk.", "attacked", ["Kurdistan Workers' Party"]),
    # the subject of "is expected to", "was forced to" does what follows
    ("UN envoy Hans Grundberg is expected to visit Riyadh next week.", "visit", ["Hans Grundberg"]),
])
def test_actors_named_outside_their_clause(settings, text, trigger, actors):
    processed = Pipeline(settings).process(RawDocument("brief.txt", text=text))
    names = {e.id: e.name for e in processed.entities}
    report = next(r for r in processed.reports if r.trigger == trigger)
    assert [names[a] for a in report.actors] == actors
