"""The loaded pipeline: a line break in a cleaned text always ends a sentence."""
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
