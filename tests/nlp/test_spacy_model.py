"""The loaded pipeline: a line break in a cleaned text always ends a sentence; lemmas the small
model gets wrong are set right."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sentences", [
    # a headline with no full stop stays apart from the paragraph under it
    ("Rebels seize border town\nThe rebels seized the town on Monday.",
     ["Rebels seize border town", "The rebels seized the town on Monday."]),
    ("Talks resume in Doha\n\nEnvoys met again on Friday. They agreed on a truce.",
     ["Talks resume in Doha", "Envoys met again on Friday.", "They agreed on a truce."]),
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
