"""How a title phrase reads: what its head says of the holder, whether it is an office worth
keeping as a role, how it is written as one, and which place a nationality adjective names."""
from __future__ import annotations

import pytest

from claimgraph.extract.roles import is_office, is_title_word, place_for_demonym, role_value, title_kind


@pytest.mark.parametrize("words, kind", [
    (["commander"], "leader"), (["Secretary-General"], "leader"), (["deputy", "leader"], "member"),
    (["vice", "president"], "member"), (["spokesman"], "member"), (["ally"], "ally"), (["proxy"], "proxy"),
    (["armed", "wing"], "part"), (["part"], "share"), (["city"], "place"), (["Prime", "Minister"], "leader"),
    (["former", "commander"], "leader"),     # a dropped modifier says nothing of the office
    (["weather"], None), ([], None),
])
def test_title_kind(words, kind):
    assert title_kind(words) == kind


@pytest.mark.parametrize("word, expected", [
    ("Minister", True), ("deputy", True), ("former", True), ("Lieutenant-General", True),
    ("spokesman", True), ("river", False), ("Tuesday", False),
    ("part", False),                            # "part of Y" describes what it follows, never a name after it
])
def test_is_title_word(word, expected):
    assert is_title_word(word) is expected


@pytest.mark.parametrize("words, has_org, expected", [
    (["Defence", "Minister"], True, True),      # an office
    (["Colonel"], False, True),                 # a rank
    (["former", "ambassador"], False, True),
    (["Supreme", "Leader"], False, True),       # capitalised, and no organisation to lead
    (["Supreme", "Leader"], True, False),       # ... the leadership already says it
    (["spokesman"], True, True),
    (["fighter"], True, False),                 # membership, no office
    (["SDF"], False, False),                    # a short form names, it is no title
    (["GoS"], False, False),
    (["SPLM/A"], False, False),
    (["former"], False, False),
    (["Maoist", "Armed", "Group"], False, False),  # says what a group is; it holds no office
])
def test_is_office(words, has_org, expected):
    assert is_office(words, has_org) is expected


@pytest.mark.parametrize("words, tail, value", [
    (["Supreme", "leader"], "of Iran", "Supreme Leader of Iran"),
    (["former", "Foreign", "Minister"], "", "Foreign Minister"),
    (["ambassador"], "to Bamako", "ambassador to Bamako"),
    (["Secretary", "-", "General"], "", "Secretary-General"),
    (["Minister", "of", "the", "interior"], "", "Minister of the Interior"),
])
def test_role_value(words, tail, value):
    assert role_value(words, tail) == value


PLACES = {"iraq": "iq", "syria": "sy", "ukraine": "ua", "lebanon": "lb", "iran": "ir", "sudan": "sd"}


@pytest.mark.parametrize("adjective, expected", [
    ("Iraqi", "iq"), ("Syrian", "sy"), ("Ukrainian", "ua"), ("Lebanese", "lb"), ("Sudanese", "sd"),
    ("Iran", "ir"),                 # the place's own name
    ("Iraq's", "iq"),               # a possessive
    ("Afghan", None),               # no such place in the document
    ("Irish", None),                # too short a stem to guess from
])
def test_place_for_demonym(adjective, expected):
    assert place_for_demonym(adjective, PLACES) == expected
