"""Unnamed groups in event roles: which noun phrases become GROUP mentions, and which do not."""
from __future__ import annotations

import pytest

from claimgraph.model import GROUP
from tests.extract.helpers import extract_entities_of


def groups(nlp, text: str) -> list[str]:
    _, entities, mentions = extract_entities_of(nlp, text)
    group_ids = {e.id for e in entities if e.type == GROUP}
    return [m.text for m in mentions if m.entity_id in group_ids]


@pytest.mark.parametrize("text, expected", [
    ("On Monday riot police arrested dozens of students in the capital.", ["riot police", "students"]),
    # counts and determiners are no part of the group; nationality words are
    ("Somali pirates kidnapped two Greek sailors off the coast.", ["Somali pirates", "Greek sailors"]),
    # a partitive head gives way to its "of" object
    ("A group of Kenyan diplomats met the foreign minister in Addis Ababa.",
     ["Kenyan diplomats", "foreign minister"]),
    # a name stands for the group: "PKK militants" are the PKK, "Mali's government" is Mali
    ("PKK militants fired rockets at Turkey.", []),
    ("Mali's government expelled the French ambassador.", ["French ambassador"]),
    # only event roles: a common noun outside any event is no participant
    ("The police station was painted blue last summer.", []),
    # a source cited only by what it is; officials speak for the body they are of
    ("Militants attacked the convoy near Gao, witnesses said.", ["Militants", "witnesses"]),
    ("According to health ministry officials, the air strike killed 40 people.", ["health ministry", "people"]),
    ("State media reported that troops shelled the port.", ["State media", "troops"]),
])
def test_group_mentions(nlp, text, expected):
    assert groups(nlp, text) == expected


def test_group_and_name_with_one_key_are_two_entities(nlp):
    text = "The Government met union leaders. Protesters later attacked the government."
    _, entities, _ = extract_entities_of(nlp, text)
    assert len({e.id for e in entities}) == len(entities)


@pytest.mark.parametrize("text, sources", [
    # the one closing a quotation is a source; an outlet's acronym the model takes for no name is
    # an organisation
    ('"Six fishermen were killed when the shells hit the harbour. We buried them at night," a fisherman\'s '
     'widow told BNA.', [("ORG", "BNA")]),
    ('"Two soldiers were killed in the ambush. The others fled," the spokesman told reporters.',
     [("GROUP", "spokesman")]),
])
def test_sources_of_a_quotation(nlp, text, sources):
    _, entities, mentions = extract_entities_of(nlp, text)
    types = {e.id: e.type for e in entities}
    cited = [(types[m.entity_id], m.text) for m in mentions if m.text in {s for _, s in sources}]
    assert cited == sources
