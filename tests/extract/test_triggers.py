"""Trigger finding: which words report which PLOVER event, one trigger per reported event."""
from __future__ import annotations

import pytest

from claimgraph.extract.triggers import find_triggers
from claimgraph.ontology import load_plover


def triggers(nlp, text):
    sent = next(nlp(text).sents)
    return [(t.token.text, t.type, t.mode) for t in find_triggers(sent, load_plover())]


@pytest.mark.parametrize("text, expected", [
    # one group: the bomb, its explosion and the killing it caused
    ("A car bomb exploded in a crowded market in Kandahar, killing 12 people.",
     [("exploded", "ASSAULT", "explosives")]),
    ("Boko Haram fighters took 30 aid workers hostage near Maiduguri.", [("took", "ASSAULT", "abduct")]),
    # a light verb yields to the noun it carries
    ("Hamas launched an attack on Israeli positions.", [("attack", "ASSAULT", None)]),
    ("Government forces struck a deal with the rebels.", [("deal", "AGREE", None)]),
    # an order is a request; the ordered act its own trigger
    ("General Haftar ordered the Libyan National Army to attack the airport.",
     [("ordered", "REQUEST", None), ("attack", "ASSAULT", None)]),
    # giving verbs by what they give
    ("Russia sent troops to the border.", [("sent", "MOBILIZE", "troops")]),
    ("Iran supplied weapons to the Houthis.", [("supplied", "AID", "military")]),
    ("The prisoners went on hunger strike in Evin prison.", [("went", "PROTEST", "strike-hun")]),
    ("Israeli airstrikes hit Gaza.", [("hit", "ASSAULT", "aerial")]),
    ("The rebels released a statement on Monday.", []),
    ("The rebels released twelve hostages on Monday.", [("released", "RETREAT", "release")]),
    ("Militias backed by Tehran shelled the town.", [("shelled", "ASSAULT", "heavy-weapons")]),
    ("The ministry issued a press release.", []),
])
def test_triggers(nlp, text, expected):
    assert triggers(nlp, text) == expected
