"""Modality: how a sentence presents the event a trigger reports."""
from __future__ import annotations

import pytest

from claimgraph.extract.modality import modality_of
from claimgraph.extract.trace import tracing


def modality(nlp, text, word):
    doc = nlp(text)
    return modality_of(next(t for t in doc if t.text == word))


@pytest.mark.parametrize("text, word, expected", [
    ("Rebels attacked the garrison at dawn.", "attacked", "occurred"),
    # A "whereas" clause states its own facts; the modal above it does not reach them.
    ("The danger can be judged by the weapons, whereas earlier raids on the town used mortars.",
     "raids", "occurred"),
    ("The general ordered the brigade to attack the airport.", "attack", "planned"),
    ("The army will withdraw from the city next month.", "withdraw", "planned"),
    ("The group plans to attack the capital.", "attack", "planned"),
    ("Boko Haram threatened to bomb the hotel.", "bomb", "threatened"),
    ("The commander vowed to attack the port.", "attack", "threatened"),
    ("Analysts warned of an attack on the dam.", "attack", "possible"),
    ("The militia could attack the refinery.", "attack", "possible"),
    ("The ministry denied that its forces attacked the village.", "attacked", "denied"),
    ("The army did not shell the town.", "shell", "denied"),
    ("Officials said no such attack had happened.", "attack", "denied"),
    ("The rebels denied attacking the convoy.", "attacking", "denied"),
    # "X is to blame" says what X is: no plan
    ("Eritrea says Ethiopia is to blame.", "blame", "occurred"),
    ("The minister is to visit the border next week.", "visit", "planned"),
    # a bare infinitive no implicative verb governs is wanted, not done (a headline's grammar)
    ("Junta orders police to clear the square\n", "clear", "planned"),
    ("The rebels managed to capture the bridge.", "capture", "occurred"),
    # a purpose clause is reported as done, unless its verb's object is a word of intention
    ("The envoy flew to Bangui to meet the Seleka leaders.", "meet", "occurred"),
    ("Police uncovered a plot to bomb the embassy.", "bomb", "planned"),
    # a place or time adjunct takes none of its verb's intention
    ("During the talks, the envoy told the militia to leave.", "talks", "occurred"),
    # told of, not told to
    ("A police officer told AFP that gunmen attacked the checkpoint.", "attacked", "occurred"),
    # an event still to come
    ("The next attack on the port will be deadlier.", "attack", "possible"),
    ("The militia is arming itself in anticipation of future strikes.", "strikes", "possible"),
    # someone conveyed somewhere to do it did it
    ("The army took foreign diplomats to visit the camp on Friday.", "visit", "occurred"),
    ("Officials escorted reporters to tour the prison.", "tour", "occurred"),
    # what a negotiation under way works towards is not reached yet; once negotiated, it is
    ("The ELN has been negotiating a ceasefire agreement with the government since 2017.", "agreement", "planned"),
    ("Envoys are discussing a truce in the north.", "truce", "planned"),
    ("Qatar brokered a truce between the two militias last week.", "truce", "occurred"),
    # a relative clause in the past or the perfect states its own fact, whatever the modal above
    ("Sanctions could hurt the junta, which has faced sharp criticism over the crackdown.", "criticism", "occurred"),
    ("The strike could isolate the regime, which attacked the town in March.", "attacked", "occurred"),
    ("The militia could attack towns that lie on the road.", "attack", "possible"),
])
def test_modality(nlp, text, word, expected):
    assert modality(nlp, text, word) == expected


@pytest.mark.parametrize("text, word, rule", [
    ("The army did not shell the town.", "shell", "modality:cue.denied"),
    ("The commander vowed to attack the port.", "attack", "modality:threat_words.vow"),
    ("The militia could attack the refinery.", "attack", "modality:cue.possible"),
    ("Officials said the attack never happened.", "attack", "modality:happening_negated.happen"),
])
def test_the_cue_that_decides_is_recorded(nlp, text, word, rule):
    with tracing("modality") as rules:
        modality(nlp, text, word)
    assert rules == [rule]

