"""The name matcher's features one by one: each applies to the pairs its docstring names, gives
its value and detail, and stays out (None) of pairs it says nothing about."""
from __future__ import annotations

import pytest

from claimgraph.resolve import features
from claimgraph.resolve.normalize import parse_name


def feature(name: str, a: str, b: str, type: str | None):
    left, right = parse_name(a, type), parse_name(b, type)
    return getattr(features, name)(left, right, features.align(left, right))


# (feature, name a, name b, type, value or None when the feature does not apply)
CASES = [
    ("identical", "Tavo Rendi", "TAVO RENDI", "PERSON", 1.0),
    ("identical", "Tavo Rendi", "Tavo Rendo", "PERSON", None),
    ("name_parts", "Tavo Rendi", "Tavo Rendi", "PERSON", 1.0),
    ("name_parts", "Tavo Rendi", "Mira Solanke", "PERSON", 0.0),
    ("acronym", "VLF", "Varnek Liberation Front", "ORG", 0.92),
    ("acronym", "VLF", "Varnek Front", "ORG", None),                    # not its initials
    ("acronym", "VLF", "Varnek Liberation Front", "PERSON", None),      # persons have no acronyms
    ("extra_parts", "Tavo Rendi", "Tavo Amir Rendi", "PERSON", 0.93),   # a middle name
    ("extra_parts", "Liberation Front", "Northern Liberation Front", "ORG", 0.75),   # a branch's qualifier
    ("extra_parts", "Varnek Liberation Front", "Varnek Liberation Popular Front", "ORG", 0.85),
    ("extra_parts", "Tavo Rendi", "Tavo Rendi", "PERSON", None),
    ("conflicting_parts", "Tavo Rendi", "Tavo Rendi", "PERSON", None),
    ("numbers", "5th Brigade", "7th Brigade", "ORG", 0.3),
    ("numbers", "Brigade 5", "Brigade", "ORG", 0.7),
    ("numbers", "Brigade 5", "Brigade five", "ORG", None),             # a number word is the number
    ("legal_form", "Varnek Oil Ltd", "Varnek Oil Limited", "ORG", 1.0),
    ("legal_form", "Varnek Oil Ltd", "Varnek Oil Inc", "ORG", 0.9),
    ("legal_form", "Varnek Oil", "Varnek Oil Inc", "ORG", None),
    ("patronymic_order", "Salman bin Tariq", "Tariq bin Salman", "PERSON", 0.6),   # son and father
    ("patronymic_order", "Salman bin Tariq", "Salman bin Tariq", "PERSON", None),
    ("compound_head", "Abdul Karim Rendi", "Dost Karim Rendi", "PERSON", 0.6),
    ("compound_head", "Abdul Karim", "Karim", "PERSON", None),
    ("partial_name", "Karimi", "Ahmed Karimi", "PERSON", features.PARTIAL_SURNAME),
    ("partial_name", "Ahmed", "Ahmed Karimi", "PERSON", features.PARTIAL_OTHER),
    ("partial_name", "Karimi", "Ahmed Karimi", "ORG", None),
    ("partial_name", "Ahmed Karimi", "Ahmed Karimi", "PERSON", None),
    ("single_short_part", "Tovar", "Tovars", "ORG", 0.78),               # a slip in a short word
    ("single_short_part", "Ostrava", "Ostrova", "GPE", None),           # a spelling of a long one
    ("single_short_part", "Tovar", "Tovar", "ORG", None),
    ("initials_only", "A. K.", "Ahmed Karimi", "PERSON", 0.7),
    ("initials_only", "Ahmed K.", "Ahmed Karimi", "PERSON", None),
    ("written_syllables", "金正恩", "金正日", None, 0.7),
    ("written_syllables", "金正恩", "金正恩", None, None),
]


@pytest.mark.parametrize("name, a, b, type, value", CASES)
def test_feature(name, a, b, type, value):
    found = feature(name, a, b, type)
    assert (found.value if found else None) == value
    if found:
        assert found.name == name and found.detail


@pytest.mark.parametrize("a, b", [("Tavo Rendi", "Tavo Amir Rendi"), ("VLF", "Varnek Liberation Front")])
def test_features_are_symmetric(a, b):
    for name in ("identical", "name_parts", "acronym", "extra_parts", "partial_name"):
        there, back = feature(name, a, b, "ORG"), feature(name, b, a, "ORG")
        assert (there and there.value) == (back and back.value)


def test_conflicting_parts_rank_near_misses_above_strangers_below_a_match():
    near = feature("conflicting_parts", "Tavo Brody", "Tavo Brady", "PERSON").value
    far = feature("conflicting_parts", "Ahmed Karimi", "Mahmoud Karimi", "PERSON").value
    stranger = feature("conflicting_parts", "Mira Karimi", "Tovo Karimi", "PERSON").value
    assert 0.45 <= stranger < far < near <= 0.75


@pytest.mark.parametrize("a, b, joined", [
    ("Abu Bakr", "Abubakr", ("abubakr",)),              # written as one word by the other
    ("United Nations Council", "UN Council", ("un", "council")),   # abbreviated, for organisations
])
def test_merge_joined(a, b, joined):
    left, right = parse_name(a, "ORG"), parse_name(b, "ORG")
    assert tuple(t.text for t in features.merge_joined(left.tokens, right.tokens, acronyms=True)) == joined


def test_align_pairs_each_part_once_best_first():
    al = features.align(parse_name("Tavo Amir Rendi", "PERSON"), parse_name("Rendi Tavo", "PERSON"))
    assert [(p.a.text, p.b.text) for p in al.pairs] == [("tavo", "tavo"), ("rendi", "rendi")]
    assert [t.text for t in al.extra_a] == ["amir"] and al.extra_b == ()
