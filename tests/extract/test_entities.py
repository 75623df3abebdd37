"""Document-level entities: grouping a document's mentions, their type and name."""
from __future__ import annotations

import pytest

from claimgraph.extract.entities import ENTITIES_STAGE, MENTIONS_STAGE
from claimgraph.ids import record_id
from tests.extract.helpers import extract_entities_of


def extract(nlp, text: str, doc_id: str = "d1"):
    return extract_entities_of(nlp, text, doc_id)


def entity_of(entities, mentions, surface):
    """The entity of the first mention written `surface`."""
    by_id = {e.id: e for e in entities}
    return next(by_id[m.entity_id] for m in mentions if m.text == surface)


@pytest.mark.parametrize("text, short, full", [
    # a surname names the one person whose full name ends with it
    ("Russian Defence Minister Sergei Shoigu visited the front. Shoigu said the offensive "
     "would continue.", "Shoigu", "Sergei Shoigu"),
    ("Sudanese General Abdel Fattah al-Burhan spoke in Khartoum. Burhan blamed the rebels.",
     "Burhan", "Abdel Fattah al-Burhan"),
    # an acronym defined in parentheses, used later
    ("Turkish jets struck the Kurdistan Workers' Party (PKK) in northern Iraq. The PKK denied "
     "any losses.", "PKK", "Kurdistan Workers' Party"),
    # an acronym spelling the one name it can stand for, with no definition
    ("The North Atlantic Treaty Organization met in Brussels. NATO members agreed.",
     "NATO", "North Atlantic Treaty Organization"),
    # a facility without its head
    ("Rockets hit Camp Bastion overnight. Troops at Bastion took cover.", "Bastion", "Camp Bastion"),
    # a demonym form of an institution
    ("The Government of Kenya denied it. The Kenyan government had earlier agreed.",
     "Kenyan government", "Government of Kenya"),
    # another name the text says the person goes by
    ("Sanctions hit militia commander Mohamed Ali Hassan, known as Abu Leila. Hassan denied it.",
     "Abu Leila", "Mohamed Ali Hassan"),
    ("Abu Ahmed al-Kurdi (also known as Ahmed Sharif) spoke.", "Ahmed Sharif", "Abu Ahmed al-Kurdi"),
    # another name in another language, stated for the name or for a description of it
    ("Aid came from the Red Crescent Society, also known by its Arabic name, Al Hilal al Ahmar. "
     "The Red Crescent Society sent trucks.", "Al Hilal al Ahmar", "Red Crescent Society"),
    ("Two journalists were arrested in Bamenda, Reporters Without Borders said on Monday. The press "
     "freedom group, also known by its French name, Reporters Sans Frontières, said they were held "
     "without charge.", "Reporters Sans Frontières", "Reporters Without Borders"),
    # an armed group's long name and the acronym it defines
    ("The Group for the Defence of the Valley (GDV) claimed the ambush. GDV fighters withdrew.",
     "GDV", "Group for the Defence of the Valley"),
    # a defined short form longer than an acronym, and one introduced by ", or"
    ("US Africa Command (AFRICOM) said the strike hit a camp. AFRICOM denied civilian deaths.",
     "AFRICOM", "US Africa Command"),
    ("The attack was blamed on the Allied Democratic Forces, or ADF, the army said. ADF fighters withdrew.",
     "ADF", "Allied Democratic Forces"),
    # an organisation's name in another language, in brackets after it
    ("Soldiers clashed with the Ejército de Liberación Nacional (National Liberation Army) near "
     "the border. The National Liberation Army denied it.", "Ejército de Liberación Nacional",
     "National Liberation Army"),
    # a place and its landform
    ("Militants fled into the Sinai Peninsula on Monday. Troops in Sinai gave chase.", "Sinai",
     "Sinai Peninsula"),
    # a group's name and its plural
    ("The Yazidi community fled the town. Thousands of Yazidis reached the mountain.", "Yazidi", "Yazidis"),
    # a country's institution by its adjective and by its noun
    ("The Malian army said it repelled the attack. Residents said the Mali army had left.",
     "Mali army", "Malian army"),
])
def test_short_forms_join_the_full_name(nlp, text, short, full):
    sentences, entities, mentions = extract(nlp, text)
    entity = entity_of(entities, mentions, short)
    assert entity.name == full
    assert short in entity.aliases


@pytest.mark.parametrize("text, a, b", [
    # ", or" after a place offers another place, it defines no acronym
    ("Soldiers were ambushed by the Movement for Democracy in Chad, or MDC, the army said.", "MDC", "Chad"),
    # a surname shared by two full names is ambiguous: joined to neither
    ("Raul Castro met Fidel Castro in Santiago. Castro later spoke.", "Castro", "Raul Castro"),
    # a city is not its province
    ("Government troops retook Homs. Rebels still hold much of Homs Province.", "Homs",
     "Homs Province"),
    # a country is not a short form of an organisation named after it
    ("The Government of Kenya met. Kenya later agreed.", "Kenya", "Government of Kenya"),
    # a short name written as a place's own is that place's, not a longer name ending in it
    ("The Free Kurdistan Front attacked the base. Turkey's Kurdistan Front denied it.",
     "Kurdistan Front", "Free Kurdistan Front"),
    # a description stands for the organisation named just before it, not for a person
    ("Commander Ali Musa Daqduq spoke in Zubair. The militia, also known as Kataib Hamza, denied "
     "it.", "Kataib Hamza", "Ali Musa Daqduq"),
    # a wire agency in brackets after a dateline's place defines no acronym
    ("NAIROBI, Kenya (AP) — Police fired tear gas.", "AP", "Kenya"),
])
def test_different_things_stay_apart(nlp, text, a, b):
    sentences, entities, mentions = extract(nlp, text)
    assert entity_of(entities, mentions, a).id != entity_of(entities, mentions, b).id


@pytest.mark.parametrize("text, surface, label", [
    # one militia: whatever the model says of each mention, the head noun decides
    ("The Azov Regiment held the plant. Azov Regiment fighters surrendered later. "
     "Commanders of the Azov Regiment were taken away.", "Azov Regiment", "ORG"),
    ("Qasim Harb, the militia's leader, met Western diplomats. Reporters said Harb was "
     "defiant.", "Harb", "PERSON"),
    ("British troops left Camp Bastion in Helmand province last year.", "Helmand province", "GPE"),
    # an alias is whatever the name it stands for is
    ("Sanctions hit militia commander Mohamed Ali Hassan, known as Abu Leila.", "Abu Leila", "PERSON"),
    # a repeat the model missed is typed by its own words ("X rebels") and outvotes the model
    ("The Seleka rebels claimed the raid. Seleka's spokesman, Eric Dabo, said the town was taken.",
     "Seleka", "ORG"),
])
def test_entity_type_by_all_mentions(nlp, text, surface, label):
    sentences, entities, mentions = extract(nlp, text)
    assert entity_of(entities, mentions, surface).type == label


def test_records_point_into_the_text(nlp):
    text = ("Putin's spokesman Dmitry Peskov declined to comment. The Kremlin said Peskov "
            "was travelling.\nThe UNITA-run health ministry said 20 people were killed.")
    sentences, entities, mentions = extract(nlp, text, doc_id="d7")
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start:m.end] == m.text
        sentence = sentences[m.sentence_index]
        assert sentence.start <= m.start < sentence.end
        assert m.id == record_id("mention", "d7", m.start, m.end)
        assert m.stage == MENTIONS_STAGE
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert {m.entity_id for m in mentions} == {e.id for e in entities}
    assert all(e.stage == ENTITIES_STAGE and e.doc_id == "d7" for e in entities)
    assert "Putin" in {m.text for m in mentions}


def test_same_input_same_ids(nlp):
    text = "Kurdish fighters of the YPG entered Kobani. The YPG said Kobani was held."
    assert extract(nlp, text) == extract(nlp, text)


def test_empty_document(nlp):
    assert extract(nlp, "") == ((), (), ())


@pytest.mark.parametrize("text, surface, alias", [
    ("The Chadian army said the convoy was ambushed.", "Chadian army", "Chad army"),
    ("The U.S. military said it was reviewing the strike.", "U.S. military", "United States military"),
    ("Ukrainian police said the blast hit a depot.", "Ukrainian police", "Ukraine police"),
])
def test_a_countrys_institution_carries_the_countrys_name(nlp, text, surface, alias):
    sentences, entities, mentions = extract(nlp, text)
    assert alias in entity_of(entities, mentions, surface).aliases
