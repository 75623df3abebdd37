"""Cross-document entity resolution: spellings, surnames, acronyms, near-misses, corrections."""
from __future__ import annotations

import itertools

import pytest

from claimgraph.model import Entity, Judgement
from claimgraph.resolve.entities import decide, resolve_entities


def entity(doc, name, type_="PERSON", *aliases):
    return Entity(f"{doc}:{name}", doc, name, type_, tuple(aliases))


def clusters(entities, judgements=()):
    links, _ = resolve_entities(entities, judgements)
    groups = {}
    for link in links:
        groups.setdefault(link.canonical_id, []).append(link.entity_id)
    return sorted(sorted(g) for g in groups.values())


@pytest.mark.parametrize("entities, together", [
    # transliteration variants of one person
    ([entity("a", "Muqtada al-Sadr"), entity("b", "Moqtada Sadr")], True),
    ([entity("a", "Hassan Nasrallah"), entity("b", "Hasan Nasrallah")], True),
    # a surname alone joins the only full name ending with it
    ([entity("a", "Hassan Nasrallah"), entity("b", "Nasrallah")], True),
    # ... but not when two people share the surname
    ([entity("a", "Ahmed Karimi"), entity("b", "Mahmoud Karimi"), entity("c", "Karimi")], False),
    # an acronym defined in one document names the organisation in another
    ([entity("a", "Kurdistan Workers' Party", "ORG", "PKK"), entity("b", "PKK", "ORG")], True),
    # apostrophe and hyphen variants of an organisation
    ([entity("a", "Jaish al-Mahdi", "ORG"), entity("b", "Jaysh al Mahdi", "ORG")], True),
    # a person and an organisation never merge
    ([entity("a", "Seleka", "ORG"), entity("b", "Seleka", "PERSON")], False),
    # qualified organisations that differ are different organisations
    ([entity("a", "Syrian Democratic Forces", "ORG"), entity("b", "Syrian Arab Army", "ORG")], False),
    # unnamed groups: the police of one report are not the police of another
    ([entity("a", "police", "GROUP"), entity("b", "police", "GROUP")], False),
    ([entity("a", "Afghan rebels", "GROUP"), entity("b", "Afghan rebel", "GROUP")], False),
])
def test_which_entities_are_one(entities, together):
    result = clusters(entities)
    if together:
        assert any(len(g) == 2 and {e.id for e in entities[:2]} == set(g) for g in result) or len(result) == 1
    else:
        assert all(len(g) == 1 for g in result)


def test_links_say_why():
    links, canonicals = resolve_entities([entity("a", "Hassan Nasrallah"), entity("b", "Nasrallah")])
    assert {l.rule for l in links} == {"surname"}
    assert all("Nasrallah" in l.detail for l in links)
    [canonical] = canonicals
    assert canonical.name == "Hassan Nasrallah" and canonical.aliases == ("Nasrallah",)


@pytest.mark.parametrize("names, canonical_name", [
    # the one written as a name, whatever the order of documents
    (["government of Kenya", "Government of Kenya"], "Government of Kenya"),
    (["Government of Kenya", "government of Kenya"], "Government of Kenya"),
    (["government of Kenya", "government of Kenya", "Government of Kenya", "Government of Kenya"],
     "Government of Kenya"),
])
def test_canonical_name(names, canonical_name):
    _, canonicals = resolve_entities([entity(str(i), n, "ORG") for i, n in enumerate(names)])
    assert [c.name for c in canonicals] == [canonical_name]


def test_resolution_does_not_depend_on_order():
    entities = [entity("a", "Muqtada al-Sadr"), entity("b", "Moqtada Sadr"), entity("c", "Sadr"),
                entity("d", "Kurdistan Workers' Party", "ORG", "PKK"), entity("e", "PKK", "ORG")]
    expected = resolve_entities(entities)
    for order in itertools.islice(itertools.permutations(entities), 0, 120, 7):
        assert resolve_entities(list(order)) == expected


def test_analyst_merge_and_split_judgements():
    entities = [entity("a", "Abu Ali", "PERSON"), entity("b", "Ali Hassan", "PERSON"),
                entity("c", "Hassan Nasrallah"), entity("d", "Hasan Nasrallah")]
    merged = clusters(entities, [Judgement("j1", "merge", "Abu Ali", "Ali Hassan")])
    assert ["a:Abu Ali", "b:Ali Hassan"] in merged
    split = clusters(entities, [Judgement("j2", "split", "Hassan Nasrallah", "Hasan Nasrallah")])
    assert ["c:Hassan Nasrallah"] in split and ["d:Hasan Nasrallah"] in split


def test_a_split_holds_between_clusters_of_many_documents():
    """Cannot-links are kept per cluster: they still hold once each side has merged with others."""
    entities = ([entity(doc, "Hassan Nasrallah") for doc in "abc"] +
                [entity(doc, "Hasan Nasrallah") for doc in "de"])
    split = clusters(entities, [Judgement("j1", "split", "Hassan Nasrallah", "Hasan Nasrallah")])
    assert split == [["a:Hassan Nasrallah", "b:Hassan Nasrallah", "c:Hassan Nasrallah"],
                     ["d:Hasan Nasrallah", "e:Hasan Nasrallah"]]


def test_a_failing_name_comparison_is_logged_and_no_link(caplog):
    def failing(a, b, type_):
        raise ValueError("matcher bug")
    left, right = entity("a", "Northern Water Board", "ORG"), entity("b", "North Water Board", "ORG")
    assert decide(left, right, failing) is None
    assert "'Northern Water Board' ~ 'North Water Board'" in caplog.text and "matcher bug" in caplog.text
