"""Actors, targets and location of a trigger, from the dependency parse."""
from __future__ import annotations

import pytest

from claimgraph.extract.arguments import find_roles
from claimgraph.extract.triggers import find_triggers, other_event_words
from claimgraph.ontology import load_plover
from tests.extract.helpers import parse_text


def roles(nlp, text, trigger_word):
    parsed = parse_text(nlp, text)
    names = {e.id: e.name for e in parsed.entities}
    sent = next(s for s in parsed.doc.sents if trigger_word in [t.text for t in s])
    triggers = find_triggers(sent, load_plover())
    trigger = next(t for t in triggers if t.token.text == trigger_word)
    found = find_roles(parsed, sent, trigger.token, trigger.members, trigger.type, trigger.wrapped,
                       orderers=trigger.orderers, other_events=other_event_words(trigger, triggers))
    return [names[i] for i in found.actors], [names[i] for i in found.targets], names.get(found.location)


@pytest.mark.parametrize("text, trigger, actors, targets, location", [
    ("Hamas and Islamic Jihad launched an attack on Israeli positions in Gaza.", "attack",
     ["Hamas", "Islamic Jihad"], ["Israeli"], "Gaza"),
    ("Russia's attack on Ukraine began in February.", "attack", ["Russia"], ["Ukraine"], "Ukraine"),
    # the convoy is no name: the place of the ambush stands as its target
    ("The convoy was ambushed by Taliban militants in Helmand province.", "ambushed",
     ["Taliban"], ["Helmand"], "Helmand"),
    # the ordered party and the one who ordered it are both behind a planned attack
    ("General Haftar ordered the Libyan National Army to attack the airport.", "attack",
     ["the Libyan National Army", "Haftar"], [], None),
    ("Prime Minister Abiy Ahmed met with Sudanese leader Abdel Fattah al-Burhan in Khartoum.", "met",
     ["Abiy Ahmed"], ["Abdel Fattah al-Burhan"], "Khartoum"),
    ("The United States shipped rockets to the Syrian Democratic Forces.", "shipped",
     ["The United States"], ["the Syrian Democratic Forces"], None),
    ("The Houthis, who attacked Saudi Arabia in 2019, made new threats.", "attacked",
     ["Houthis"], ["Saudi Arabia"], "Saudi Arabia"),
    # the most specific place, nearest the verb, wins over a country further off
    ("During the campaign in northern Syria, rebels shelled Camp Hope in Idlib province.", "shelled",
     [], ["Camp Hope"], "Camp Hope"),
    # whoever takes part in the act a promise or demand speaks of is its target
    ("The European Union agreed to send aid to Ukraine.", "agreed", ["The European Union"], ["Ukraine"], "Ukraine"),
    ("Germany demanded that Russia withdraw its troops.", "demanded", ["Germany"], ["Russia"], "Russia"),
    # a verb reporting another event lends its subject to no one: Canada did not bomb
    ("Canada condemned the bombing of Kharkiv by Russia.", "bombing", ["Russia"], ["Kharkiv"], "Kharkiv"),
    # a meeting is not aimed at its venue
    ("Emmanuel Macron met Olaf Scholz in Berlin.", "met", ["Emmanuel Macron"], ["Olaf Scholz"], "Berlin"),
    # "the camp" stands for the name before it that holds its word
    ("Aid reached Camp Hope in Idlib province before rebels shelled the camp.", "shelled",
     [], ["Camp Hope"], "Camp Hope"),
    # a visit took place where it went, not where the clause around it mentions
    ("His trip to Jordan was reported to aid workers in Camp Hope.", "trip", [], ["Jordan"], "Jordan"),
    # a place on another event word is that event's: the meeting was not in Aleppo
    ("Vladimir Putin met Bashar al-Assad to discuss the attack on rebels in Aleppo.", "met",
     ["Vladimir Putin"], ["Bashar al-Assad"], None),
    # forces sent somewhere go there: the parser's dative "to", or a "to" hung on the forces
    ("Turkey sent 500 troops to Syria on Monday.", "sent", ["Turkey"], ["Syria"], "Syria"),
    ("Russia has sent military advisers as well as special units to Libya and has conducted airstrikes.",
     "sent", ["Russia"], ["Libya"], "Libya"),
    # a role in apposition names no further participant
    ("Hassan Ali, senior Sahel analyst at the International Crisis Group, met Emmanuel Macron.", "met",
     ["Hassan Ali"], ["Emmanuel Macron"], None),
    # whoever receives or needs aid is its recipient; whom it comes from gave it
    ("Ukraine received military aid from Germany.", "aid", ["Germany"], ["Ukraine"], "Ukraine"),
    # a country named before an attack carried it out; a town is where it happened
    ("Abu Hassan al-Amiri died in a U.S. drone strike near Kandahar on Friday.", "strike", ["U.S."], ["Kandahar"],
     "Kandahar"),
    # whoever prevents a massacre does not commit it
    ("The African Union sent peacekeepers to prevent a massacre in Darfur.", "massacre", [], ["Darfur"], "Darfur"),
])
def test_roles(nlp, text, trigger, actors, targets, location):
    found_actors, found_targets, found_location = roles(nlp, text, trigger)
    norm = lambda names: [n.removeprefix("the ").removeprefix("The ") for n in names]
    assert norm(found_actors) == norm(actors)
    assert norm(found_targets) == norm(targets)
    assert found_location == location


@pytest.mark.parametrize("text, trigger, actors, targets", [
    # a threat targets whoever the act it speaks of is aimed at
    ("Kenya threatened to cut off electricity to Uganda.", "threatened", ["Kenya"], ["Uganda"]),
    # a pronoun subject stands for the subject of the clause reporting it
    ("Chile announced that it will not accept the plan.", "accept", ["Chile"], []),
    # a visit targets the place visited, its host
    ("The Japanese prime minister arrived in Hanoi on a visit.", "visit", [], ["Hanoi"]),
])
def test_wrapped_pronoun_and_visit_roles(nlp, text, trigger, actors, targets):
    found_actors, found_targets, _ = roles(nlp, text, trigger)
    assert found_actors == actors
    assert found_targets == targets
