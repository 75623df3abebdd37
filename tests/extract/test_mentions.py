"""Name finding: spans, trimming and types on sentences about other conflicts."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_names
from claimgraph.ontology.name_vocabulary import acronym_letters, is_acronym, spells, vocabulary


def names(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {doc[s.start:s.end].text: s.label for s in find_names(doc)}


@pytest.mark.parametrize("text, surface, label", [
    # titles and nationality before a person's name are not part of it
    ("Russian Defence Minister Sergei Shoigu visited the troops.", "Sergei Shoigu", "PERSON"),
    ("Ukrainian Brigadier General Oleksandr Tarnavskyi said the line held.",
     "Oleksandr Tarnavskyi", "PERSON"),
    # styles are: a peer's name, a courtesy title dropped
    ("Lord Ahmad of Wimbledon met Mrs Aung San Suu Kyi in Naypyidaw.",
     "Lord Ahmad of Wimbledon", "PERSON"),
    ("Lord Ahmad of Wimbledon met Mrs Aung San Suu Kyi in Naypyidaw.", "Aung San Suu Kyi", "PERSON"),
    # possessive and leading "the" left out
    ("Putin's spokesman Dmitry Peskov declined to comment.", "Putin", "PERSON"),
    ("Fighters of the Wagner Group entered the town.", "Wagner Group", "ORG"),
    # head nouns decide the type
    ("British troops left Camp Bastion in Helmand province last year.", "Camp Bastion", "FAC"),
    ("British troops left Camp Bastion in Helmand province last year.", "Helmand province", "GPE"),
    ("A spokesman for the Syrian Democratic Forces (SDF) spoke.", "Syrian Democratic Forces", "ORG"),
    # a demonym before a state institution names it; a bare demonym is no entity
    ("The Kenyan government accused Somalia of delays.", "Kenyan government", "ORG"),
    # so does "the <institution> of <country>", in lower case too
    ("Donors urged the government of Kenya to release the detainees.", "government of Kenya", "ORG"),
    # a nationality noun in the plural is a group
    ("Kurds and Arabs fled the city after the attack.", "Kurds", "NORP"),
    # context: "militias such as X, Y and Z" are organisations, "the city of X" a place
    ("Witnesses said militias such as Jaish al-Mahdi, Liwa Abu Fadl and Harakat Nujaba fought.",
     "Harakat Nujaba", "ORG"),
    ("Kurds fled the city of Raqqa after the attack.", "Raqqa", "GPE"),
    # an acronym defined in parentheses, and its expansion
    ("Turkish jets struck the Kurdistan Workers' Party (PKK) in northern Iraq.",
     "Kurdistan Workers' Party", "ORG"),
    ("Turkish jets struck the Kurdistan Workers' Party (PKK) in northern Iraq.", "PKK", "ORG"),
    ("The UNITA-run health ministry said 20 people were killed in Huambo.", "UNITA", "ORG"),
    # people are not where things happen: "in X" makes the model's person a place
    ("Fighting continued in Tigray.", "Tigray", "GPE"),
    ("Rebels shelled army positions near Saraqeb.", "Saraqeb", "GPE"),
    ("Helicopters dropped barrel bombs on the town of Maarat al-Numan.", "Maarat al-Numan", "GPE"),
    # the name an acronym defines is typed by its context like any other
    ("Hayat Tahrir al-Sham (HTS), the dominant rebel group in Homs, said its fighters attacked.",
     "Hayat Tahrir al-Sham", "ORG"),
    # organisation heads, at the start of a sentence too
    ("Human Rights Watch accused the army of abuses.", "Human Rights Watch", "ORG"),
    ("Rebels shelled the town, Amnesty International said.", "Amnesty International", "ORG"),
    # a name opening a noun phrase that a facility head closes names the facility
    ("Fighters shelled the Kakuma refugee camp overnight.", "Kakuma refugee camp", "FAC"),
    # a wire dateline names a place and, in brackets, an agency
    ("BAMAKO, Mali (AFP) — Soldiers patrolled the town.", "BAMAKO", "GPE"),
    ("BAMAKO, Mali (AFP) — Soldiers patrolled the town.", "AFP", "ORG"),
])
def test_name_found_with_type(nlp, text, surface, label):
    assert names(nlp, text).get(surface) == label


@pytest.mark.parametrize("text, surface, label", [
    # armed groups' long names, by their head and the acronym they define
    ("The Front for the Liberation of the Enclave (FLEC) ambushed a patrol near the river.",
     "Front for the Liberation of the Enclave", "ORG"),
    ("Fighters of the Movement for Unity and Jihad in the Sahel withdrew from the town.",
     "Movement for Unity and Jihad in the Sahel", "ORG"),
    ("Gunmen from Ansar Dine wal-Jihad (ADJ) attacked the checkpoint, the army said.",
     "Ansar Dine wal-Jihad", "ORG"),
    # a description by who leads or backs it is one actor
    ("The Nigerian-led coalition denied striking the market.", "Nigerian-led coalition", "ORG"),
    ("A Turkish-backed militia took the village on Sunday.", "Turkish-backed militia", "ORG"),
    ("Officials said US-led coalition planes hit the building.", "US-led coalition", "ORG"),
    # a country's institution written with the country's name, as with its adjective
    ("Residents said the Mali army had left the area.", "Mali army", "ORG"),
    ("The Malian army said it repelled the assault.", "Malian army", "ORG"),
    # a group named by the noun it modifies or the plural group noun before it
    ("The claim was made by Ansar Dine militants on Monday.", "Ansar Dine", "ORG"),
    ("The attack was claimed by Malian militants al-Mourabitoun in a statement.", "al-Mourabitoun", "ORG"),
    ("The spokesman told rebel Almanar television that the talks had failed.", "Almanar", "ORG"),
    ("The Janjaweed did not say whether the minister was present.", "Janjaweed", "ORG"),
    # a place by the lower-case place noun around it or the place it is part of
    ("At least 40 men were killed in Kafr Nabl village, the monitor said.", "Kafr Nabl", "GPE"),
    ("Aid agencies are barred from northern Kachin state.", "Kachin state", "GPE"),
    ("The detainees were taken before a judge in the capital Bujumbura.", "Bujumbura", "GPE"),
    ("Gunfire was heard on the streets of Beni on Saturday.", "Beni", "GPE"),
    ("The town lies 40 km north of Kidal.", "Kidal", "GPE"),
    ("Troops fired near the Gao township as the convoy passed.", "Gao", "GPE"),
    # a place's name before its area word, which the model took for a nationality or missed
    ("A bomb exploded in Punjab province.", "Punjab province", "GPE"),
    ("Fighting continued in Amhara region on Monday.", "Amhara region", "GPE"),
    # "a X city" is a city in X, not one named "X city"
    ("Clashes broke out in a northern Tanzania city on Tuesday.", "Tanzania", "GPE"),
    # the kind of place a name is the place of, and the incident that happened at it
    ("Two groups fought in the township of Kalehe on Friday.", "Kalehe", "GPE"),
    ("Residents of the municipality of Ogossagou buried the dead.", "Ogossagou", "GPE"),
    ("Survivors of the attack at Inates said the camp was overrun.", "Inates", "GPE"),
    ("Witnesses to the massacre at Solhan said gunmen came at night.", "Solhan", "GPE"),
    # a site's name of several proper nouns before its lower-case facility head
    ("Shells hit the Mile Four Kenema hospital at dawn.", "Mile Four Kenema hospital", "FAC"),
    # a capitalised "The" inside a sentence opens a title: a publication, or a place after "into"
    ("The army denied it, The Sahel Star reported.", "Sahel Star", "ORG"),
    ("Troops crossed into The Gambia overnight.", "Gambia", "GPE"),
    # a name written whole in quotation marks, function words and all, closed by its head
    ("His cousin founded a station called “Eyes on the Valley Radio,” which backs the rebels.",
     "Eyes on the Valley Radio", "ORG"),
    # an acronym that says or learns something is an organisation
    ("KUNA learns that four civilians died near the port.", "KUNA", "ORG"),
    # proper nouns in apposition to the kind of organisation they name
    ("The report was carried by the weekly magazine Tlachi on Saturday.", "Tlachi", "ORG"),
    ("The piece ran in the weekly magazine Nuevo Eco on Friday.", "Nuevo Eco", "ORG"),
    # a road junction is a location, not a building
    ("Police said the blast hit the Bakara Intersection at noon.", "Bakara Intersection", "LOC"),
    # media and facility heads
    ("The toll was the worst in the country's history, Hiiraan Online reports.", "Hiiraan Online", "ORG"),
    ("The blast destroyed shops and Sahafi hotel.", "Sahafi hotel", "FAC"),
    # a name the model began too late takes its given names; a title phrase is no name
    ("The hospitals are full, Sumy Mayor Oleksandr Lysenko reported.", "Oleksandr Lysenko",
     "PERSON"),
    # a repeat written without the accents of the name found
    ("Clashes in Culiacán left 5 dead. Culiacan, Sinaloa, is tense.", "Culiacan", "GPE"),
    # in a headline, a country the model ran on into the words after it
    ("EU, UK Step Up Pressure on Belarus Over Detained Reporter\nThe EU said.", "UK", "GPE"),
    ("U.K. Military Admits Drone Strike Killed Civilians\nThe ministry said.", "U.K. Military", "ORG"),
    # a name modifying an incident noun is where it happened, whatever the model says
    ("Local leaders were blamed for the Kilwa attacks, the governor said.", "Kilwa", "GPE"),
    ("The Srebrenica massacre was the worst in Europe since 1945.", "Srebrenica", "GPE"),
    # a title with its portfolio before the holder's name: the portfolio is the title's
    ("Minister of Foreign Affairs Retno Marsudi met the envoy in Jakarta.", "Retno Marsudi", "PERSON"),
    ("“We call for restraint,” High Commissioner for Refugees Filippo Grandi said in Geneva.",
     "Filippo Grandi", "PERSON"),
    ("The Minister for Peace and Reconciliation Jean Bosco Ntibazonkiza spoke in Bujumbura.",
     "Jean Bosco Ntibazonkiza", "PERSON"),
    # the small model's "product" that the words around it show to be a place
    ("Moscow's claims that a missile hit Sloviansk are untrue; no strike took place in Sloviansk.",
     "Sloviansk", "GPE"),
    # capitalised prepositions are an organisation's name, never a person's
    ("A surgeon from International Medical Corps was operating at the time.", "International Medical Corps", "ORG"),
    ("Reporters Without Borders said the journalist was detained.", "Reporters Without Borders", "ORG"),
])
def test_wire_names_found_with_type(nlp, text, surface, label):
    assert names(nlp, text).get(surface) == label


@pytest.mark.parametrize("text, absent", [
    ("GAO, Mali (Wire) — Soldiers patrolled the town on Monday.", "Wire"),
    ("KANDAHAR, Afghanistan (Staff) — Police sealed off the road.", "Staff"),
])
def test_a_datelines_generic_credit_is_no_name(nlp, text, absent):
    assert absent not in names(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Iranian officials denied the report.", "Iranian"),
    ("Russian Defence Minister Sergei Shoigu visited the troops.", "Russian Defence Minister Sergei Shoigu"),
    ("Putin's spokesman Dmitry Peskov declined to comment.", "Putin's"),
    ("The UNITA-run health ministry said 20 people were killed.", "health ministry"),
    # a bare institution word, or one owned by no country, names nothing
    ("The government of the day resigned.", "government of the day"),
    # a headline's words after a country are not an organisation's name
    ("EU, UK Step Up Pressure on Belarus Over Detained Reporter\nThe EU said.", "UK Step Up Pressure"),
    ("France Airstrike behind Gao Market Blast\nThe army said.", "France Airstrike"),
    # "a X city" is some city in X; nationality words before a facility describe it
    ("Clashes broke out in a northern Tanzania city on Tuesday.", "Tanzania city"),
    ("Militants attacked an Afghan Shia mosque on Friday.", "Afghan Shia mosque"),
])
def test_not_a_name(nlp, text, absent):
    assert absent not in names(nlp, text)


def test_a_repeat_the_model_missed_is_found(nlp):
    text = ("Defence Minister Sergei Shoigu arrived in Kharkiv. Later Shoigu, tired, left. "
            "Reporters asked about Shoigu.")
    doc = nlp(text)
    found = [doc[s.start:s.end].text for s in find_names(doc)]
    assert found.count("Shoigu") == text.count("Shoigu") - 1


def test_spans_are_sorted_and_do_not_overlap(nlp):
    doc = nlp("The Kurdistan Workers' Party (PKK) fought the Turkish Army near Cizre. "
              "The PKK said Ankara lied.")
    spans = find_names(doc)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("acronym, name, expected", [
    ("PKK", "Kurdistan Workers Party", False),    # Kurdish initials: found by "(PKK)" instead
    ("NATO", "North Atlantic Treaty Organization", True),
    ("SDF", "Syrian Democratic Forces", True),
    ("MoD", "Ministry of Defence", True),
    ("SPLA", "Sudan People's Liberation Army", True),
    ("ANC", "African National Congress", True),
    ("UN", "Ukrainian Navy", True),
    ("UN", "Syrian Army", False),
    ("KR", "Kenya", False),            # one word never spells an acronym
])
def test_spells(acronym, name, expected):
    assert spells(acronym_letters(acronym), name, vocabulary()) is expected


@pytest.mark.parametrize("text, expected", [
    ("PKK", True), ("U.N.", True), ("MoD", True), ("Ankara", False), ("McCain", False),
    ("A", False), ("HAMASX", True), ("ABCDEFG", False),
])
def test_is_acronym(text, expected):
    assert is_acronym(text) is expected


def test_an_acronym_near_a_role_word_stays_an_organisation(nlp):
    doc = nlp("A spokesman for the Syrian Democratic Forces (SDF) said the SDF had taken the village.")
    labels = {s.label for s in find_names(doc) if doc[s.start:s.end].text == "SDF"}
    assert labels == {"ORG"}
