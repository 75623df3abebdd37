"""Relations read from titles, appositions, copulas, affiliations and places, on sentences written for these tests."""
from __future__ import annotations

import pytest

from claimgraph.extract.relations import STAGE, extract_relations
from tests.extract.helpers import parse_document, parse_text


def relations_by_name(nlp, text: str, parse=parse_text) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name or role value) for every relation found in text."""
    parsed = parse(nlp, text)
    names = {e.id: e.name for e in parsed.entities}
    return {(names[r.subject], r.predicate, names[r.object] if r.object else r.value)
            for r in extract_relations(parsed)}


FOUND = [
    # a line of capitalised titles with a full stop in it is no headline
    ("Maria Lenz is a Senior Fellow of the Baltic Security Centre, and Co-Chairman of the Riga "
     "Peace Campaign (RPC). She is @mlenz on Twitter", "Maria Lenz", "member_of", "Baltic Security Centre"),
    # a title before the name
    ("UNITA Secretary-General Paulo Lukamba spoke on Tuesday.",
     "Paulo Lukamba", "leader_of", "UNITA"),
    ("UNITA Secretary-General Paulo Lukamba spoke on Tuesday.",
     "Paulo Lukamba", "role", "Secretary-General"),
    ("Kremlin spokesman Dmitry Peskov denied the report.", "Dmitry Peskov", "member_of", "Kremlin"),
    ("Israeli Prime Minister Naftali Bennett flew home to Israel on Sunday.",
     "Naftali Bennett", "role", "Prime Minister of Israel"),
    ("The new Defence Minister Oleksii Reznikov arrived in Brussels.",
     "Oleksii Reznikov", "role", "Defence Minister"),
    ('"The aid is blocked," Under-Secretary-General Martin Griffiths said.',
     "Martin Griffiths", "role", "Under-Secretary-General"),
    ("Colonel Oleksandr Petrenko of the Azov Regiment was wounded.",
     "Oleksandr Petrenko", "member_of", "Azov Regiment"),
    # apposition after the name, copula, relative clause, parenthesis
    ("Viktor Bout, the Kremlin's ambassador to Bamako, arrived yesterday.",
     "Viktor Bout", "role", "ambassador to Bamako"),
    ("Yevgeny Prigozhin, the head of the Wagner Group, was killed in August.",
     "Yevgeny Prigozhin", "leader_of", "Wagner Group"),
    ("Ahmed Ghanem, who is also a PKK commander, was arrested.", "Ahmed Ghanem", "leader_of", "PKK"),
    ("Fiona Hill is a Senior Fellow of the Brookings Institution.",
     "Fiona Hill", "member_of", "Brookings Institution"),
    ("George Robertson was the Secretary General of NATO until 2003.", "George Robertson", "role", "Secretary General of NATO"),
    ("George Robertson was the Secretary General of NATO until 2003.", "George Robertson", "leader_of", "NATO"),
    ("Isaias Samakuva, the UNITA movement's chief negotiator, said talks failed.",
     "Isaias Samakuva", "member_of", "UNITA"),
    # apposition before the name
    ("The talks were led by the leader of the LTTE, Velupillai Prabhakaran, in Jaffna.",
     "Velupillai Prabhakaran", "leader_of", "LTTE"),
    # ... when the title is too long to walk back over, its clause left out
    ("The coordinator of a relief network founded after the floods, Maria Lopez, said ten people died.",
     "Maria Lopez", "role", "coordinator of a relief network"),
    # organisations
    ("Fighters from the Kremlin-backed Wagner Group attacked the town.", "Wagner Group", "affiliated_with", "Kremlin"),
    ("The Kremlin affiliated news agency RIA Novosti reported the strike.", "RIA Novosti", "affiliated_with", "Kremlin"),
    ("Harakat al-Nujaba, an Iranian proxy, fired rockets; Iran denied it.", "Harakat al-Nujaba", "affiliated_with", "Iran"),
    ("Russia, an ally of Syria, sent more jets.", "Russia", "allied_with", "Syria"),
    ("Officials at the Pentagon's Defense Intelligence Agency disagreed.", "Defense Intelligence Agency", "part_of", "Pentagon"),
    # places
    ("British troops left Camp Bastion in Helmand Province in 2014.",
     "Camp Bastion", "located_in", "Helmand Province"),
    ("Mariupol (a Ukrainian port) fell, Ukraine said.", "Mariupol", "located_in", "Ukraine"),
    ("The strike hit Kharkiv, a city in Ukraine, at dawn.", "Kharkiv", "located_in", "Ukraine"),
    ("Troops entered Kandahar in southern Afghanistan.", "Kandahar", "located_in", "Afghanistan"),
    ("Russian troops entered the Ukrainian city of Bakhmut, Ukraine said.", "Bakhmut", "located_in", "Ukraine"),
    # wire style: "X, a spokeswoman for Y", "Y spokesman X", "Y's military spokesman, X"
    ('"We will not withdraw," said Jane Okello, a spokeswoman for the Red Cross.',
     "Jane Okello", "member_of", "Red Cross"),
    ("Red Crescent spokesman Omar Haddad said 12 people were wounded.", "Omar Haddad", "member_of", "Red Crescent"),
    ("PKK's military spokesman, Ali Karaki, told Reuters the group had fired.",
     "Ali Karaki", "member_of", "PKK"),
    # the post's own words before the name, and posts written in lower case
    ("Kharkiv regional administration head Oleh Synehubov said two people died.",
     "Oleh Synehubov", "role", "regional administration head"),
    ("The province's police chief, Ahmad Zia, said the attackers fled.", "Ahmad Zia", "role", "police chief"),
    ("The strike was reported by journalist Maria Lopez on Saturday.", "Maria Lopez", "role", "journalist"),
    ("Goma Mayor Jean Kabeya reported that the hospital was full.", "Jean Kabeya", "role", "Mayor"),
    ("The mission, whose former chief, Anna Berg, left in May, was closed.", "Anna Berg", "role", "chief"),
    # the head of a part of Y is a member of Y
    ("The head of the UN's human rights office in Juba, Fiona Frazer, condemned the killings.",
     "Fiona Frazer", "member_of", "UN"),
    ("John Smith, executive director of UNICEF's emergency programme, said the aid was blocked.",
     "John Smith", "member_of", "UNICEF"),
    ("Doctor Sami Nasser from the Red Cross was at the clinic.", "Sami Nasser", "member_of", "Red Cross"),
    # a title with its own prepositional phrase before the name
    ("The UN Special Envoy for Libya Ghassan Salame visited the camp.",
     "Ghassan Salame", "role", "Special Envoy for Libya"),
    ("The UN Special Envoy for Libya Ghassan Salame visited the camp.", "Ghassan Salame", "member_of", "UN"),
    ('"We will hold the line," Minister for Defence Richard Marles said in Canberra.',
     "Richard Marles", "role", "Minister for Defence"),
    ('"The aid is blocked," Under-Secretary-General for Humanitarian Affairs Martin Griffiths said.',
     "Martin Griffiths", "role", "Under-Secretary-General for Humanitarian Affairs"),
    # ... and so is the head of a part that is named in its own right
    ("Anna Novak, director of UNICEF's Child Protection Section, said the aid was blocked.",
     "Anna Novak", "member_of", "UNICEF"),
    # "part of Y" after a comma, a copula or between dashes
    ("The Rapid Support Forces, part of Sudan's Sovereign Council, armed the militia.",
     "Rapid Support Forces", "part_of", "Sovereign Council"),
    ("Shelling hit Tiraspol, which is part of Moldova, overnight.", "Tiraspol", "part_of", "Moldova"),
    ("Rebels from the Shan State Army - part of the Northern Alliance - attacked the post.",
     "Shan State Army", "part_of", "Northern Alliance"),
    ("The rebels seized Abyei - part of Sudan's oil-rich Kordofan region - on Sunday.", "Abyei", "part_of", "Kordofan"),
    ("The raid was claimed by Jund al-Aqsa – an offshoot of the Nusra Front – on Sunday.",
     "Jund al-Aqsa", "part_of", "Nusra Front"),
    # verbs of leading and belonging
    ("Yevgeny Prigozhin, who heads the Wagner Group, denied the report.",
     "Yevgeny Prigozhin", "leader_of", "Wagner Group"),
    ("The Free Syrian Army, led by Riad al-Asaad, held the town.", "Riad al-Asaad", "leader_of", "Free Syrian Army"),
    ("The Wagner Group, founded by Dmitry Utkin, recruited prisoners.", "Dmitry Utkin", "leader_of", "Wagner Group"),
    ("Ahmed Rashid joined the PKK in 1995.", "Ahmed Rashid", "member_of", "PKK"),
    ("Maria Lopez, who works for the Red Cross, was wounded.", "Maria Lopez", "member_of", "Red Cross"),
    # a unit of an organisation
    ("Fighters of the Sultan Murad Brigade of the Syrian National Army withdrew.", "Sultan Murad Brigade",
     "part_of", "Syrian National Army"),
    # places: "in X, Y", "Y's X", "in the middle of Y"
    ("Gunmen stormed a clinic in Beni, North Kivu, on Sunday.", "Beni", "located_in", "North Kivu"),
    ("Rockets fell on Kenya's Mombasa on Friday.", "Mombasa", "located_in", "Kenya"),
    ("Clashes erupted in Douma in the middle of Damascus on Friday.", "Douma", "located_in", "Damascus"),
]


@pytest.mark.parametrize("text,subject,predicate,expected", FOUND)
def test_relation_is_found(nlp, text, subject, predicate, expected):
    found = relations_by_name(nlp, text)
    assert any(s == subject and p == predicate and expected in o for s, p, o in found), found


NOT_FOUND = [
    ("Protesters in Juba met John Smith on Friday.", "John Smith"),
    ("John Smith said the minister had resigned.", "John Smith"),
    ("The report by Amnesty International named Ali Hassan.", "Ali Hassan"),
    # a list of places is no place within another
    ("Fighting was reported in Benghazi, Sirte and Tripoli.", "Benghazi"),
    ("Fighting was reported in Benghazi, Sirte, and Tripoli.", "Benghazi"),
    # another name in brackets describes nothing; nor do a headline's capitalised words
    ("Troops fought the leader of the Ejército de Liberación Nacional (National Liberation Army) "
     "in the hills.", "Ejército de Liberación Nacional"),
    ("EU, UK Step Up Pressure on Belarus Over Detained Reporter\nThe EU said.", "EU"),
]


NOT_READ = [
    # a title already named before the name is its own: X is the President, not a spokesman
    ("A spokesman for Ghanaian President John Mahama denied the report.", "John Mahama", "role", "spokesman"),
    # "part of Y" before a name heads no title of it
    ("While not all the fighters are part of the PKK, Ankara said the group shelters them.",
     "Ankara", "part_of", "PKK"),
    # quotation marks in a headline are no possessives
    ("Rebels Reject 'Hostile' Interpol Plan for Mariupol", "Interpol Plan", "part_of", "Rebels Reject"),
    # running for a party is no leading of it
    ("Senator Jane Doe ran for the Labour Party in 2019.", "Jane Doe", "leader_of", "Labour Party"),
    # a date under a post is no office
    ("The post was shared by Maria Lopez (@mlopez) March 3, 2021.", "Maria Lopez", "role", "March"),
]


@pytest.mark.parametrize("text,subject,predicate,unexpected", NOT_READ)
def test_a_phrase_that_states_no_such_relation(nlp, text, subject, predicate, unexpected):
    """On the entities the pipeline's own entity stage finds, which name more than spaCy's."""
    found = relations_by_name(nlp, text, parse=parse_document)
    assert not [o for s, p, o in found if s == subject and p == predicate and unexpected in o], found


@pytest.mark.parametrize("text,subject", NOT_FOUND)
def test_no_relation_without_a_stated_one(nlp, text, subject):
    assert not [r for r in relations_by_name(nlp, text) if r[0] == subject]


def test_relations_are_deduplicated_with_first_evidence(nlp):
    text = ("Kremlin spokesman Dmitry Peskov denied the report. "
            "Later, Kremlin spokesman Dmitry Peskov repeated the denial.")
    parsed = parse_text(nlp, text)
    members = [r for r in extract_relations(parsed) if r.predicate == "member_of"]
    assert len(members) == 1
    relation = members[0]
    assert relation.stage == STAGE
    assert relation.evidence.text.startswith("Kremlin spokesman Dmitry Peskov denied")
    assert text[relation.evidence.start:relation.evidence.end] == "Kremlin spokesman Dmitry Peskov"


@pytest.mark.parametrize("text, predicate, rule", [
    ("UNITA Secretary-General Paulo Lukamba spoke on Tuesday.", "leader_of", "relation:descriptor.leader"),
    ("UNITA Secretary-General Paulo Lukamba spoke on Tuesday.", "role", "relation:descriptor.office"),
    ("Troops entered Kandahar in southern Afghanistan.", "located_in",
     "relation:located_by_preposition"),
])
def test_a_relation_keeps_the_id_of_the_rule_that_read_it(nlp, text, predicate, rule):
    found = [r for r in extract_relations(parse_text(nlp, text)) if r.predicate == predicate]
    assert found and all(r.rules == (rule,) for r in found), [r.rules for r in found]


def test_a_possessive_pronoun_is_no_word_of_a_title(nlp):
    found = relations_by_name(nlp, "The mission, whose former chief, Anna Berg, left in May, was closed.")
    assert {o for s, p, o in found if s == "Anna Berg" and p == "role"} == {"chief"}
