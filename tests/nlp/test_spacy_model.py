"""The loaded pipeline: a line break or a wire dateline in a cleaned text always ends a sentence;
lemmas and parses the small model gets wrong are set right."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sentences", [
    # a headline with no full stop stays apart from the paragraph under it
    ("Rebels seize border town\nThe rebels seized the town on Monday.",
     ["Rebels seize border town", "The rebels seized the town on Monday."]),
    ("Talks resume in Doha\n\nEnvoys met again on Friday. They agreed on a truce.",
     ["Talks resume in Doha", "Envoys met again on Friday.", "They agreed on a truce."]),
    # a wire dateline is no part of the story's first sentence
    ("GOMA, May 3 (AFP) - Rebels shelled the town.", ["GOMA, May 3 (AFP) -", "Rebels shelled the town."]),
    ("NAIROBI, Kenya (AP) — Police fired tear gas.", ["NAIROBI, Kenya (AP) —", "Police fired tear gas."]),
    # an issuer speaking is no dateline
    ("ACME – According to reports, rebels shelled the town.",
     ["ACME – According to reports, rebels shelled the town."]),
])
def test_line_breaks_end_sentences(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


@pytest.mark.parametrize("text, word, lemma", [
    ("Police said 40 corpses were recovered.", "corpses", "corpse"),
    ("Students staged a sit-in.", "staged", "stage"),
    ("The Marine corps attacked.", "corps", "corps"),
])
def test_lemmas_the_small_model_gets_wrong(nlp, text, word, lemma):
    assert next(t.lemma_ for t in nlp(text) if t.text == word) == lemma


@pytest.mark.parametrize("text, gerund, obj", [
    ("The rebels denied attacking civilians.", "attacking", "civilians"),
    ("The army denied shelling the market.", "shelling", "market"),
])
def test_a_gerund_after_a_verb_heads_its_object(nlp, text, gerund, obj):
    doc = nlp(text)
    token = next(t for t in doc if t.text == obj)
    assert (token.head.text, token.dep_) == (gerund, "dobj")


def test_a_name_with_a_participle_after_its_apposition_is_the_subject(nlp):
    doc = nlp("Ahmed Haroun, the head of the Sudan Liberation Army, called on supporters to join the march.")
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "ROOT"
    assert [c.text for c in called.children if c.dep_ == "nsubj"] == ["Haroun"]


def test_a_closing_speech_verb_takes_the_phrase_before_it_as_subject(nlp):
    doc = nlp("Rebels shelled the town on Tuesday, killing at least 15 civilians, the Syrian Observatory "
              "for Human Rights said.")
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Observatory"]
