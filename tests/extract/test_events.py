"""Event reports end to end on sentences parsed with the real model."""
from __future__ import annotations

from dataclasses import replace

import pytest

from claimgraph.extract.events import STAGE
from claimgraph.extract.stages import extract_reports
from tests.extract.helpers import parse_document, parse_text


def reports(nlp, text, published="2021-05-10"):
    parsed = parse_text(nlp, text)
    parsed = parsed.with_document(replace(parsed.document, published=published))
    names = {e.id: e.name for e in parsed.entities}
    return parsed, names, extract_reports(parsed)


def only(found, type_name):
    matching = [r for r in found if r.type == type_name]
    assert len(matching) == 1, [(r.type, r.trigger) for r in found]
    return matching[0]


def test_car_bomb_in_a_market(nlp):
    text = "A car bomb exploded in a market in Kandahar on Tuesday, killing 12 people and wounding 30."
    parsed, names, found = reports(nlp, text)
    report = only(found, "ASSAULT")
    assert (report.mode, report.killed, report.injured) == ("explosives", 12, 30)
    assert report.weapons == ("car bomb",)
    assert names[report.location] == "Kandahar"
    assert (report.date, report.date_precision, report.date_text) == ("2021-05-04", "day", "Tuesday")
    assert report.modality == "occurred" and report.stage == STAGE
    assert text[report.evidence.start:report.evidence.end] == report.trigger == "exploded"
    assert report.evidence.text == text


def test_hostage_taking(nlp):
    _, names, found = reports(nlp, "Boko Haram fighters took 30 aid workers hostage near Maiduguri last week.")
    report = only(found, "ASSAULT")
    assert report.mode == "abduct"
    assert [names[a] for a in report.actors] == ["Boko Haram"]
    assert names[report.location] == "Maiduguri"


def test_denial_by_a_ministry(nlp):
    _, names, found = reports(nlp, "The Ministry of Defence denied that its troops had attacked the village of Tarkan.")
    assault = only(found, "ASSAULT")
    assert assault.modality == "denied"
    assert names.get(assault.attributed_to) == "Ministry of Defence"
    assert [names[t] for t in assault.targets] == ["Tarkan"]
    assert only(found, "REJECT").modality == "occurred"


def test_threat_through_a_spokesman(nlp):
    _, names, found = reports(nlp, "JNIM threatened to strike Mali, a spokesman for the group said.")
    threat = only(found, "THREATEN")
    assert [names[a] for a in threat.actors] == ["JNIM"]
    assert [names[t] for t in threat.targets] == ["Mali"]   # the threatened strike's target
    assert "spokesman" in threat.source_text
    assert [r.type for r in found] == ["THREATEN"]              # the strike is the threat's, not a report


@pytest.mark.parametrize("text, type_name, actors, targets", [
    ("The Tigray People's Liberation Front and the Ethiopian government signed a ceasefire agreement in Pretoria.",
     "AGREE", ["Tigray People's Liberation Front", "Ethiopian"], []),
    ("The European Union imposed sanctions on Belarus over the crackdown.", "SANCTION", ["European Union"], ["Belarus"]),
    ("Sudan supplied weapons to the Janjaweed.", "AID", ["Sudan"], ["Janjaweed"]),
    # a withdrawal aimed at no one named is aimed at the place left
    ("Ethiopian troops withdrew from Mekelle in June.", "RETREAT", ["Ethiopian"], ["Mekelle"]),
    ("Thousands of students protested in Dhaka against the quota system.", "PROTEST", [], []),
    ("Prime Minister Abiy Ahmed met Sudanese leader Abdel Fattah al-Burhan in Khartoum.", "CONSULT",
     ["Abiy Ahmed"], ["Abdel Fattah al-Burhan"]),
    ("Ugandan police arrested the opposition leader Kizza Besigye in Kampala.", "COERCE", ["Ugandan"], ["Kizza Besigye"]),
])
def test_types_and_participants(nlp, text, type_name, actors, targets):
    _, names, found = reports(nlp, text)
    report = only(found, type_name)
    strip = lambda ids: [names[i].removeprefix("the ") for i in ids]
    assert strip(report.actors) == actors
    assert strip(report.targets) == targets


def test_order_to_attack_is_one_planned_assault_by_both(nlp):
    _, names, found = reports(nlp, "General Haftar ordered the Libyan National Army to attack Tripoli airport in April.")
    assert [r.type for r in found] == ["ASSAULT"]
    attack = found[0]
    assert attack.modality == "planned"
    assert [names[a].removeprefix("the ") for a in attack.actors] == ["Libyan National Army", "Haftar"]
    assert attack.date == "2021-04-01" and attack.date_precision == "month"


def test_a_word_with_no_participant_is_no_report(nlp):
    _, _, found = reports(nlp, "There is always the threat of war.")
    assert found == ()


def test_a_refusal_is_made_not_denied(nlp):
    _, names, found = reports(nlp, "The junta in Niamey said it will not release President Mohamed Bazoum.")
    refusal = only(found, "REJECT")
    assert refusal.modality == "occurred"


@pytest.mark.parametrize("text, killed, actors, source", [
    # counted bodies found are the killing they are evidence of; the finder did not kill them
    ("The Red Crescent said its team found 17 bodies in a mass grave near Sirte.", 17, [], "Red Crescent"),
    ("The Interior Ministry said 40 corpses were recovered from the river.", 40, [], "Interior Ministry"),
])
def test_bodies_found_report_a_killing(nlp, text, killed, actors, source):
    _, names, found = reports(nlp, text)
    [report] = found
    assert (report.type, report.killed) == ("ASSAULT", killed)
    assert [names[a] for a in report.actors] == actors
    assert (names.get(report.attributed_to) if report.attributed_to else None) == source


def test_a_denial_of_a_known_event_is_kept_though_it_names_no_one(nlp):
    _, _, found = reports(nlp, "The defence ministry insisted that no such raid had taken place.")
    [report] = found
    assert (report.type, report.modality, report.refers_back) == ("ASSAULT", "denied", True)


def test_the_event_noun_of_a_trigger_group_may_be_the_definite_description(nlp):
    _, _, found = reports(nlp, "Jets bombed Kandahar on Monday. Officials said the strikes killed 90 fighters.")
    killing = next(r for r in found if r.killed == 90)
    assert killing.refers_back


def test_this_is_the_nth_attack_names_the_event_just_told(nlp):
    _, _, found = reports(nlp, "Gunmen attacked a convoy near Kano on Monday. "
                               "It was the third raid on the market in Kano this year.")
    third = next(r for r in found if "third" in r.evidence.text)
    assert third.refers_back and (third.actors, third.targets, third.date) == ((), (), None)


@pytest.mark.parametrize("text, type_name, actor, source", [
    # "he" is the one person just named, through a chain of "he"s
    ("The EU sanctioned militia commander Ali Osman Warsame. He rejected the sanctions.",
     "REJECT", "Ali Osman Warsame", None),
    ("The EU sanctioned militia commander Ali Osman Warsame. He rejected the sanctions. "
     "Later he said his men would attack Bamako.", "THREATEN", None, "Ali Osman Warsame"),
    # two people named: "he" is left unresolved
    ("Ali Osman Warsame met Hassan Sheikh Mohamud. He rejected the proposal.", "REJECT", None, None),
])
def test_a_pronoun_stands_for_the_one_person_just_named(nlp, text, type_name, actor, source):
    _, names, found = reports(nlp, text)
    report = only(found, type_name)
    assert [names[a] for a in report.actors if names[a] == actor] == ([actor] if actor else [])
    assert (names.get(report.attributed_to) if report.attributed_to else None) == source


@pytest.mark.parametrize("text, type_name, actors", [
    # whoever is accused of an act, or kept from it, is the one who would do it
    ("The army accused UNITA of attacking Kuito.", "ASSAULT", ["UNITA"]),
    ("UNITA was charged with attacking Kuito.", "ASSAULT", ["UNITA"]),
])
def test_the_object_of_an_accusation_does_the_act_it_names(nlp, text, type_name, actors):
    _, names, found = reports(nlp, text)
    assert [names[a] for a in only(found, type_name).actors] == actors


@pytest.mark.parametrize("text, trigger, denier, claimant", [
    ("The Ministry of Defence said reports by Amnesty International that soldiers had burned the village "
     "of Kaya were false.", "burned", "Ministry of Defence", "Amnesty International"),
    ("A spokesman for President Pierre Nkurunziza said the allegation by Human Rights Watch that troops had "
     "shelled the camp at Mabanda was unacceptable.", "shelled", "Pierre Nkurunziza", "Human Rights Watch"),
])
def test_a_claim_another_source_denies_is_a_report_of_its_own(nlp, text, trigger, denier, claimant):
    _, names, found = reports(nlp, text)
    told = [(names.get(r.attributed_to), r.modality) for r in found if r.trigger == trigger]
    assert told == [(denier, "denied"), (claimant, "occurred")]
    assert len({r.id for r in found}) == len(found)


def test_denying_allegations_disputes_what_they_say_not_that_they_were_made(nlp):
    _, _, found = reports(nlp, "The Ugandan government has denied the allegations.")
    assert all(r.modality != "denied" for r in found)


def test_a_passive_clause_joined_to_another_keeps_no_actor_of_it(nlp):
    _, names, found = reports(nlp, "The African Union condemned the attack near Goma on Monday, in which "
                                   "three drivers were killed and five staff members were injured.")
    assert all("African Union" not in [names[a] for a in r.actors] for r in found if r.type == "ASSAULT")


@pytest.mark.parametrize("text, trigger, rules", [
    # the trigger's lexicon entry, the passive's agent, a weekday before publication, "according to"
    ("The convoy was ambushed by ADF fighters near Beni on Friday, according to provincial officials.",
     "ambushed", ["trigger:ASSAULT.ambush", "argument:passive_by_agent", "argument:passive_subject",
                  "date:in_own_clause", "date:weekday_before_publication", "attribution:according_to",
                  "report:names_participant_or_place"]),
    # a verb-and-dependent phrase, a speech verb as the source
    ("Witnesses said soldiers opened fire on protesters in Khartoum on Monday.",
     "opened", ["trigger:ASSAULT.open_fire", "argument:subject", "argument:target_preposition",
                "attribution:speech_verbs.say"]),
    # a denial by the source makes the act denied
    ("Seleka denied that its fighters attacked the French patrol.",
     "attacked", ["trigger:ASSAULT.attack", "attribution:speech_verbs.deny", "modality:source_denies"]),
    # two triggers of one event grouped; the shared subject of the second
    ("Al-Mourabitoun militants stormed a hotel in Bamako on Sunday, killing 9 people.",
     "stormed", ["trigger:ASSAULT.storm", "trigger:ASSAULT.kill", "trigger:same_type_group"]),
])
def test_a_report_keeps_the_ids_of_the_rules_that_made_it(nlp, text, trigger, rules):
    _, _, found = reports(nlp, text)
    report = next(r for r in found if r.trigger == trigger)
    assert [r for r in report.rules if r in rules] == rules, report.rules

@pytest.mark.parametrize("text, killed, injured, source", [
    # a toll told apart from any assault word counts the assault told before it, with its source
    ("Gunmen attacked a wedding party in the village of Kabra on Sunday.\n\n"
     "Local officials said around 30 people had died.", 30, None, "Local officials"),
    ("Rebels shelled the market in Homs on Friday.\n\n"
     "\"The toll is very high: more than 40 dead and 70 wounded,\" a surgeon told Reuters.", 40, 70, "surgeon"),
])
def test_a_toll_told_apart_refers_back_to_the_assault(nlp, text, killed, injured, source):
    parsed = parse_document(nlp, text)
    names = {e.id: e.name for e in parsed.entities}
    toll = [r for r in extract_reports(parsed) if r.evidence.sentence_index == 1]
    assert [(r.type, r.killed, r.injured, r.refers_back, r.actors, names.get(r.attributed_to)) for r in toll] == [
        ("ASSAULT", killed, injured, True, (), source)]


@pytest.mark.parametrize("text", [
    # no assault told before it: a toll alone is no report
    "Local officials said around 30 people had died.",
    # nor is the toll of a natural disaster
    "Rebels shelled the market on Friday.\n\nThe toll from the earthquake rose to 300.",
])
def test_a_toll_with_no_assault_before_it_is_no_report(nlp, text):
    parsed = parse_document(nlp, text)
    sentences = len(parsed.sentences)
    assert [r for r in extract_reports(parsed) if r.evidence.sentence_index == sentences - 1] == []


@pytest.mark.parametrize("text, refers_back", [
    # victims named only by what they are tell more of the assault just told
    ("Soldiers opened fire on protesters in Mandalay on Saturday.\n\nA family of four was also killed.", True),
    # unless the sentence says it is another event
    ("Soldiers opened fire on protesters in Mandalay on Saturday.\n\n"
     "Five villagers were killed in a separate attack.", False),
])
def test_unnamed_victims_refer_back_unless_another_event(nlp, text, refers_back):
    parsed = parse_document(nlp, text)
    later = [r for r in extract_reports(parsed) if r.evidence.sentence_index == 1 and r.type == "ASSAULT"]
    assert [r.refers_back for r in later] == [refers_back]


@pytest.mark.parametrize("text, says_another", [
    ("At least 12 people were killed in a fresh attack on a market in Goma, police said.", True),
    ("Gunmen killed nine villagers in a third raid on the district.", True),
    ("Rebels burned huts in a third day of raids along the lake shore.", True),
    ("Rebels killed farmers and burned huts in a second night of raids on the valley.", True),
    ("Four soldiers died in a renewed wave of shelling near Lviv.", True),
    ("Gunmen killed nine villagers in a raid on the district.", False),
    # a new place is not another event
    ("Gunmen killed nine villagers in a new market in the district.", False),
    # another attack thwarted is no other capture
    ("The navy captured 23 pirates who threatened a tanker and a Dutch helicopter thwarted another attack.", False),
])
def test_an_event_said_to_be_another_is_marked(nlp, text, says_another):
    _, _, found = reports(nlp, text)
    assert found and all(("report:says_another" in r.rules) == says_another for r in found if r.type == "ASSAULT")


@pytest.mark.parametrize("lead, later, describes_no_participant", [
    # whoever the verb carrying the description names is outside its words
    ("Gunmen stormed a hotel in Bamenda on Friday, killing six guests.",
     "The Defence Ministry, in a communique, confirmed the 3 a.m. raid.", True),
    ("Insurgents attacked the town of Palma in Cabo Delgado province on Wednesday.",
     "The Mozambican army confirmed the dawn assault on Thursday.", True),
    ("Gunmen stormed a hotel in Bamenda on Friday, killing six guests.",
     "The Ambazonia Defence Forces planned the raid for weeks, the governor said.", True),
    # a place in its own words is compared by the place hierarchy, not taken as a participant
    ("Gunmen stormed a hotel in Bamenda on Friday, killing six guests.",
     "The raid in the North-West region left the market in ruins, the governor said.", True),
    ("Insurgents attacked the town of Palma in Cabo Delgado province on Wednesday.",
     "The assault in Cabo Delgado province left dozens dead, the governor said.", True),
    # an actor in its own words: compared as any participant is
    ("Gunmen stormed a hotel in Bamenda on Friday, killing six guests.",
     "The Ambazonia Defence Forces raid was condemned by the bishop.", False),
    # a plural summing up several incidents
    ("Gunmen stormed a hotel in Bamenda on Friday, killing six guests.",
     "The raids on Bamenda and on the river port killed 20 people.", False),
    ("Insurgents attacked the town of Palma in Cabo Delgado province on Wednesday.",
     "The assaults on Palma and on the nearby airfield killed 30 people.", False),
    # a place the sentence states of it, outside its words
    ("Gunmen stormed a hotel in Bamenda on Friday, killing six guests.",
     "The explosion took place in Kumba, police said.", False),
])
def test_a_definite_description_naming_only_places_in_its_own_words(nlp, lead, later, describes_no_participant):
    _, _, found = reports(nlp, f"{lead} {later}")
    [report] = [r for r in found if r.evidence.sentence_index == 1 and r.type == "ASSAULT"]
    assert report.refers_back
    assert ("report:describes_no_participant" in report.rules) == describes_no_participant
