"""The loaded pipeline: a line break or a wire dateline in a cleaned text always ends a sentence;
lemmas and parses the small model gets wrong are set right."""
from __future__ import annotations

import pytest
import spacy

from claimgraph.nlp.spacy_model import mark_line_breaks, mend_parse
from tests.parses import hand_parse


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
    doc = nlp("Rebels shelled the town on Tuesday, killing at least 15 civilians, the Libyan Observatory "
              "for Human Rights said.")
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Observatory"]


# ---------------------------------------------------- each component alone, on parses built by hand

@pytest.mark.parametrize("text, starts", [
    ("Rebels seize border town\nThe rebels seized it.", ["Rebels", "The"]),
    ("Talks resume\n\nEnvoys met again.", ["Talks", "Envoys"]),
    ("VARNEK, May 3 (AFP) - Rebels shelled the town.", ["VARNEK", "Rebels"]),
    ("Rebels shelled the town, officials said.", ["Rebels"]),
])
def test_line_breaks_and_datelines_start_sentences(text, starts):
    doc = mark_line_breaks(spacy.blank("en")(text))
    assert [t.text for t in doc if t.i == 0 or t.is_sent_start] == starts


def relations_of(doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


# (the parse the model gave, the arcs mend_parse changes as (word, dep, head) in word order; none
# when it leaves the parse as it is)
MENDED_PARSES = [
    # a gerund right after a verb heads the noun it was read as modifying
    ("""0 The DT det 1
        1 rebels NNS nsubj 2
        2 denied VBD ROOT 2 deny
        3 attacking VBG amod 4 attack
        4 civilians NNS dobj 2
        5 . . punct 2""",
     [("attacking", "xcomp", "denied"), ("civilians", "dobj", "attacking")]),
    # ... not a gerund with a word between it and the verb
    ("""0 Troops NNS nsubj 1
        1 shot VBD ROOT 1 shoot
        2 several JJ amod 4
        3 fleeing VBG amod 4 flee
        4 men NNS dobj 1
        5 . . punct 1""",
     []),
    # a closing speech verb takes the apposition hung on the last noun as its subject
    ("""0 Rebels NNS nsubj 1
        1 shelled VBD ccomp 15 shell
        2 the DT det 3
        3 town NN dobj 1
        4 , , punct 1
        5 killing VBG advcl 1 kill
        6 15 CD nummod 7
        7 civilians NNS dobj 5
        8 , , punct 7
        9 the DT det 11
        10 Varnek NNP compound 11
        11 Monitor NNP appos 7
        12 for IN prep 11
        13 Human NNP compound 14
        14 Rights NNPS pobj 12
        15 said VBD ROOT 15 say
        16 . . punct 15""",
     [("Monitor", "nsubj", "said")]),
    # ... not when it has a subject
    ("""0 Rebels NNS nsubj 1
        1 shelled VBD ccomp 5 shell
        2 the DT det 3
        3 town NN dobj 1
        4 , , punct 5
        5 said VBD ROOT 5 say
        6 officials NNS nsubj 5 official
        7 . . punct 5""",
     []),
    # a name as root with a participle after its apposition: the participle is the predicate
    ("""0 Tavo NNP compound 1
        1 Rendi NNP ROOT 1
        2 , , punct 1
        3 the DT det 4
        4 head NN appos 1
        5 of IN prep 4
        6 the DT det 7
        7 Front NNP pobj 5
        8 , , punct 1
        9 called VBN acl 1 call
        10 on IN prep 9
        11 supporters NNS pobj 10 supporter
        12 . . punct 1""",
     [("Rendi", "nsubj", "called"), ("called", "ROOT", "called")]),
    # ... not a participle with its own subject
    ("""0 Tavo NNP compound 1
        1 Rendi NNP ROOT 1
        2 , , punct 1
        3 the DT det 4
        4 head NN appos 1
        5 , , punct 1
        6 arrested VBN acl 1 arrest
        7 police NNS nsubj 6
        8 . . punct 1""",
     []),
]


@pytest.mark.parametrize("table, changed", MENDED_PARSES)
def test_mend_parse(table, changed):
    before = relations_of(hand_parse(table))
    after = relations_of(mend_parse(hand_parse(table)))
    assert [arc for arc in after if arc not in before] == changed
