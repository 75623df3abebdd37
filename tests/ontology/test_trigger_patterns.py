"""Every declared special case of trigger matching (trigger_patterns.yaml, and plover.yaml's
reversals) fires on its own example sentence: the trigger word gets the reading it declares."""
from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from claimgraph.extract.triggers import find_triggers
from claimgraph.ontology import load_plover

PLOVER = load_plover()
REVERSALS = yaml.safe_load(files("claimgraph.ontology").joinpath("plover.yaml").read_text("utf-8"))["reversals"]
EXAMPLES = [(p.id, p.example, p.expect) for p in PLOVER.patterns.values()] + [
    (r["id"], r["example"], (r["expect"][0], tuple(r["expect"][1].split(" ", 1)) if " " in r["expect"][1]
                             else (r["expect"][1], None))) for r in REVERSALS]


def readings(nlp, text):
    """Each word that is a trigger (or one of a trigger group's members) -> (type, mode)."""
    found = {}
    for sent in nlp(text).sents:
        for trigger in find_triggers(sent, PLOVER):
            for token in (trigger.token, *trigger.members):
                found.setdefault(token.text, (trigger.type, trigger.mode))
    return found


@pytest.mark.parametrize("rule_id, example, expect", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_pattern_fires_on_its_example(nlp, rule_id, example, expect):
    word, reading = expect
    assert word in example.split(" ") or any(w.strip(".,") == word for w in example.split()), \
        f"{rule_id}: the expected word is not in the example"
    found = readings(nlp, example).get(word)
    if reading is None:
        assert found is None, f"{rule_id}: {word!r} should be no trigger in {example!r}"
    else:
        assert found is not None and found[0] == reading[0] and reading[1] in (None, found[1]), \
            f"{rule_id}: {word!r} read as {found} in {example!r}, expected {reading}"


def test_rule_ids_are_unique():
    ids = [e[0] for e in EXAMPLES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule_id, reading, recodes", [
    ("expel.individuals", ("SANCTION", "expel"), True),
    ("expel.individuals", ("SANCTION", "embargo"), False),
    ("alliance.participle", ("AID", "military"), True),     # a type alone: every mode
    ("alliance.participle", ("ASSAULT", None), False),
    ("publication.object", ("AGREE", None), True),          # no applies_to: any reading
    ("publication.object", None, False),
])
def test_recodes(rule_id, reading, recodes):
    assert PLOVER.pattern(rule_id).recodes(reading) is recodes
