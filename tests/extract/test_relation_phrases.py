"""The phrases describing a mention, each rule on a parse built by hand: a title before the name,
an apposition, a copula, a relative clause "who is ...", a parenthesis, "the town of X"; and how
a phrase splits into title words, organisation, country and tail."""
from __future__ import annotations

from dataclasses import replace

import pytest

from claimgraph.extract.relation_phrases import Reading
from tests.extract.helpers import parsed_of
from tests.parses import hand_parse


def descriptors(table: str, name: str) -> set[tuple]:
    """(title words, tail, organisation, country, place id's name) of each phrase describing `name`."""
    parsed = parsed_of(hand_parse(table))
    names = {e.id: e.name for e in parsed.entities}
    mention = next(m for m in parsed.mentions if m.text == name)
    span = parsed.doc.char_span(mention.start, mention.end)
    return {(d.words, d.tail, names.get(d.org), d.country, names.get(d.country_id))
            for d in Reading(parsed).descriptors_of(span)}


CASES = [
    ("a title before the name, with its organisation",
     """0 Varnek NNP compound 1 B-ORG
        1 Front NNP compound 2 I-ORG
        2 spokesman NN compound 4
        3 Tavo NNP compound 4 B-PERSON
        4 Rendi NNP nsubj 5 I-PERSON
        5 denied VBD ROOT 5 deny
        6 the DT det 7
        7 report NN dobj 5
        8 . . punct 5""",
     "Tavo Rendi", {(("spokesman",), "", "Varnek Front", "Varnek Front", None)}),
    ("a nationality adjective names the country of a title",
     """0 The DT det 5
        1 Ostravan JJ amod 3
        2 Prime NNP compound 3
        3 Minister NNP compound 5
        4 Tavo NNP compound 5 B-PERSON
        5 Rendi NNP nsubj 6 I-PERSON
        6 arrived VBD ROOT 6 arrive
        7 in IN prep 6
        8 Ostrava NNP pobj 7 B-GPE
        9 . . punct 6""",
     "Tavo Rendi", {(("Prime", "Minister"), "", None, "Ostrava", "Ostrava")}),
    ("an apposition after the name",
     """0 Tavo NNP compound 1 B-PERSON
        1 Rendi NNP nsubjpass 11 I-PERSON
        2 , , punct 1
        3 the DT det 4
        4 head NN appos 1
        5 of IN prep 4
        6 the DT det 8
        7 Varnek NNP compound 8 B-ORG
        8 Front NNP pobj 5 I-ORG
        9 , , punct 1
        10 was VBD auxpass 11 be
        11 arrested VBN ROOT 11 arrest
        12 . . punct 11""",
     "Tavo Rendi", {(("head",), "of the Varnek Front", "Varnek Front", None, None)}),
    ("the complement of a copula, with a place after 'of'",
     """0 Tavo NNP compound 1 B-PERSON
        1 Rendi NNP nsubj 2 I-PERSON
        2 is VBZ ROOT 2 be
        3 the DT det 4
        4 ambassador NN attr 2
        5 of IN prep 4
        6 Ostrava NNP pobj 5 B-GPE
        7 to IN prep 4
        8 Brel NNP pobj 7 B-GPE
        9 . . punct 2""",
     "Tavo Rendi", {(("ambassador",), "of Ostrava to Brel", None, None, "Ostrava")}),
    ("the complement of a relative clause 'who is ...'",
     """0 Mira NNP compound 1 B-PERSON
        1 Solanke NNP nsubjpass 13 I-PERSON
        2 , , punct 1
        3 who WP nsubj 4
        4 is VBZ relcl 1 be
        5 a DT det 6
        6 commander NN attr 4
        7 of IN prep 6
        8 the DT det 10
        9 Varnek NNP compound 10 B-ORG
        10 Front NNP pobj 7 I-ORG
        11 , , punct 1
        12 was VBD auxpass 13 be
        13 killed VBN ROOT 13 kill
        14 . . punct 13""",
     "Mira Solanke", {(("commander",), "of the Varnek Front", "Varnek Front", None, None)}),
    ("a parenthesis after the name",
     """0 Tavo NNP compound 1 B-PERSON
        1 Rendi NNP nsubj 7 I-PERSON
        2 ( -LRB- punct 3
        3 Minister NNP appos 1
        4 of IN prep 3
        5 Defence NNP pobj 4
        6 ) -RRB- punct 3
        7 spoke VBD ROOT 7 speak
        8 . . punct 7""",
     "Tavo Rendi", {(("Minister",), "of Defence", None, None, None)}),
    ("a place noun whose 'of' names the place",
     """0 Soldiers NNS nsubj 1
        1 entered VBD ROOT 1 enter
        2 the DT det 3
        3 town NN dobj 1
        4 of IN prep 3
        5 Varnek NNP pobj 4 B-GPE
        6 . . punct 1""",
     "Varnek", {(("town",), "", None, None, None)}),
    ("a title with its own prepositional phrase before the name",
     """0 Deputy NNP compound 1
        1 Governor NNP nsubj 7
        2 of IN prep 1
        3 Varnek NNP compound 4 B-GPE
        4 Province NNP compound 6 I-GPE
        5 Tavo NNP compound 6 B-PERSON
        6 Rendi NNP pobj 2 I-PERSON
        7 spoke VBD ROOT 7 speak
        8 . . punct 7""",
     "Tavo Rendi", {(("Deputy", "Governor"), "of Varnek Province", None, None, "Varnek Province")}),
    ("a phrase set off by spaced hyphens, which the parser took for a compound",
     """0 Varnek NNP compound 1 B-GPE
        1 Republic NNP compound 3 I-GPE
        2 - HYPH punct 3
        3 part NN nsubj 9
        4 of IN prep 3
        5 the DT det 7
        6 Ostrava NNP compound 7 B-GPE
        7 region NN pobj 4 I-GPE
        8 - : punct 3
        9 fell VBD ROOT 9 fall
        10 . . punct 9""",
     "Varnek Republic", {(("part",), "of the Ostrava region", None, None, "Ostrava region")}),
    ("a name with nothing describing it",
     """0 Tavo NNP compound 1 B-PERSON
        1 Rendi NNP nsubj 2 I-PERSON
        2 spoke VBD ROOT 2 speak
        3 . . punct 2""",
     "Tavo Rendi", set()),
]


@pytest.mark.parametrize("rule, table, name, expected", CASES, ids=[c[0] for c in CASES])
def test_descriptors_of(rule, table, name, expected):
    assert descriptors(table, name) == expected


def test_another_name_in_brackets_describes_nothing():
    """"Rivas Hermanos (Red Brothers)": the parser reads the bracketed name as an apposition; it
    is the same entity (claimgraph.extract.entities joins a name in another language)."""
    parsed = parsed_of(hand_parse("""0 Rivas NNP compound 1 B-ORG
        1 Hermanos NNP nsubj 7 I-ORG
        2 ( -LRB- punct 4
        3 Red NNP compound 4 B-ORG
        4 Brothers NNP appos 1 I-ORG
        5 ) -RRB- punct 4
        6 later RB advmod 7
        7 attacked VBD ROOT 7 attack
        8 . . punct 7"""))
    name, other = parsed.mentions
    parsed = replace(parsed, entities=parsed.entities[:1],
                     mentions=(name, replace(other, entity_id=name.entity_id)))
    span = parsed.doc.char_span(name.start, name.end)
    assert Reading(parsed).descriptors_of(span) == []


LOOKUPS = """0 The DT det 2
             1 Varnek NNP compound 2 B-PERSON
             2 Brigades NNPS nsubj 3 I-PERSON
             3 entered VBD ROOT 3 enter
             4 Ostrava NNP dobj 3 B-GPE
             5 with IN prep 3
             6 Ostravan JJ amod 7 B-NORP
             7 troops NNS pobj 5 troop
             8 . . punct 3"""


@pytest.mark.parametrize("name, organisation, place", [
    ("Varnek Brigades", True, "Varnek Brigades"),   # headed by an organisation's noun, whatever its label
    ("Ostrava", False, "Ostrava"),
    ("Ostravan", False, "Ostrava"),                 # a nationality is the place it names
])
def test_entity_lookups(name, organisation, place):
    parsed = parsed_of(hand_parse(LOOKUPS))
    reading = Reading(parsed)
    ids = {e.name: e.id for e in parsed.entities}
    assert reading.is_organisation(ids[name]) is organisation
    assert reading.as_place(ids[name]) == ids[place]
