"""The PLOVER ontology file: sixteen types, consistent modes, one type per trigger word."""
from __future__ import annotations

import pytest

from claimgraph.ontology import PLOVER_TYPES, load_plover


def test_sixteen_types_in_manual_order():
    plover = load_plover()
    assert tuple(plover.types) == PLOVER_TYPES
    assert all(t.definition for t in plover.types.values())


def test_loaded_once():
    assert load_plover() is load_plover()


def test_every_mode_a_word_gives_is_declared_by_its_type():
    plover = load_plover()
    for event_type in plover.types.values():
        for lexicon in (event_type.verbs, event_type.nouns, event_type.phrases):
            for word, mode in lexicon.items():
                assert mode is None or mode in event_type.modes, (event_type.name, word, mode)
    for word, (type_name, mode) in plover.transfer_objects.items():
        assert mode is None or mode in plover.types[type_name].modes, word
    for word, mode in plover.weapons.items():
        assert mode is None or mode in plover.types["ASSAULT"].modes, word


@pytest.mark.parametrize("lemma, modifiers, expected", [
    ("attack", (), ("ASSAULT", None)),
    ("strike", ("air",), ("ASSAULT", "aerial")),
    ("strike", ("hunger",), ("PROTEST", "strike-hun")),
    ("release", ("press",), None),
    ("ceasefire", (), ("AGREE", None)),
    ("arrest", (), ("COERCE", "arrest")),
])
def test_noun_lookup(lemma, modifiers, expected):
    assert load_plover().noun(lemma, modifiers) == expected


@pytest.mark.parametrize("verb, dependent, expected", [
    ("take", "hostage", ("ASSAULT", "abduct")),
    ("call", "for", ("REQUEST", None)),
    ("pull", "out", ("RETREAT", "withdraw")),
    ("take", "book", None),
])
def test_phrase_lookup(verb, dependent, expected):
    assert load_plover().phrase(verb, dependent) == expected


def test_wrapping_and_promise_lists_name_real_types():
    plover = load_plover()
    assert plover.wrapper_types <= set(PLOVER_TYPES) and plover.promise_types <= set(PLOVER_TYPES)
    # a promise is AGREE, so AGREE cannot itself be recoded as one
    assert "AGREE" not in plover.promise_types


@pytest.mark.parametrize("word, actor, partitive", [
    ("police", True, False), ("rebel", True, False), ("villager", True, False),
    ("thousand", False, True), ("group", True, True), ("attack", False, False),
])
def test_actor_and_partitive_nouns(word, actor, partitive):
    plover = load_plover()
    assert (word in plover.actor_nouns, word in plover.partitive_nouns) == (actor, partitive)
