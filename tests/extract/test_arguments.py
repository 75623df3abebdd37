"""Actors, targets and location of a trigger, from the dependency parse."""
from __future__ import annotations

import pytest

from claimgraph.extract.arguments import find_roles, role_tokens
from claimgraph.extract.triggers import find_triggers, other_event_words
from claimgraph.ontology import load_plover
from tests.extract.helpers import parse_text
from tests.parses import hand_parse


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
    ("PKK and TAK launched an attack on Turkish positions in Hakkari.", "attack",
     ["PKK", "TAK"], ["Turkish"], "Hakkari"),
    ("Russia's attack on Ukraine began in February.", "attack", ["Russia"], ["Ukraine"], "Ukraine"),
    # the convoy is no name: the place of the ambush stands as its target
    ("The convoy was ambushed by PKK militants in Hakkari province.", "ambushed",
     ["PKK"], ["Hakkari"], "Hakkari"),
    # the ordered party and the one who ordered it are both behind a planned attack
    ("General Haftar ordered the Libyan National Army to attack the airport.", "attack",
     ["the Libyan National Army", "Haftar"], [], None),
    ("Prime Minister Abiy Ahmed met with Sudanese leader Abdel Fattah al-Burhan in Khartoum.", "met",
     ["Abiy Ahmed"], ["Abdel Fattah al-Burhan"], "Khartoum"),
    ("The United States shipped rockets to the Syrian Democratic Forces.", "shipped",
     ["The United States"], ["the Syrian Democratic Forces"], None),
    ("The Janjaweed, who attacked Chad in 2006, made new threats.", "attacked",
     ["Janjaweed"], ["Chad"], "Chad"),
    # the most specific place, nearest the verb, wins over a country further off
    ("During the campaign in northern Syria, rebels shelled Camp Hope in Homs province.", "shelled",
     [], ["Camp Hope"], "Camp Hope"),
    # whoever takes part in the act a promise or demand speaks of is its target
    ("The European Union agreed to send aid to Ukraine.", "agreed", ["The European Union"], ["Ukraine"], "Ukraine"),
    ("Germany demanded that Russia withdraw its troops.", "demanded", ["Germany"], ["Russia"], "Russia"),
    # a verb reporting another event lends its subject to no one: Canada did not bomb
    ("Canada condemned the bombing of Kharkiv by Russia.", "bombing", ["Russia"], ["Kharkiv"], "Kharkiv"),
    # a meeting is not aimed at its venue
    ("Emmanuel Macron met Olaf Scholz in Berlin.", "met", ["Emmanuel Macron"], ["Olaf Scholz"], "Berlin"),
    # "the camp" stands for the name before it that holds its word
    ("Aid reached Camp Hope in Homs province before rebels shelled the camp.", "shelled",
     [], ["Camp Hope"], "Camp Hope"),
    # a visit took place where it went, not where the clause around it mentions
    ("His trip to Jordan was reported to aid workers in Camp Hope.", "trip", [], ["Jordan"], "Jordan"),
    # a place on another event word is that event's: the meeting was not in Benghazi
    ("Vladimir Putin met Khalifa Haftar to discuss the attack on rebels in Benghazi.", "met",
     ["Vladimir Putin"], ["Khalifa Haftar"], None),
    # forces sent somewhere go there: the parser's dative "to", or a "to" hung on the forces
    ("Turkey sent 500 troops to Syria on Monday.", "sent", ["Turkey"], ["Syria"], "Syria"),
    ("Russia has sent military advisers as well as special units to Libya and has conducted airstrikes.",
     "sent", ["Russia"], ["Libya"], "Libya"),
    # a role in apposition names no further participant
    ("Hassan Ali, senior Sahel analyst at the International Crisis Group, met Emmanuel Macron.", "met",
     ["Hassan Ali"], ["Emmanuel Macron"], None),
    # whoever receives or needs aid is its recipient; whom it comes from gave it
    ("Ukraine received military aid from Germany.", "aid", ["Germany"], ["Ukraine"], "Ukraine"),
    # whoever faces, suffers or survives an act undergoes it
    ("Mali faced sharp criticism from Ghana over the delay.", "criticism", ["Ghana"], ["Mali"], None),
    ("Ethiopia suffered an attack by Egyptian hackers.", "attack", ["Egyptian"], ["Ethiopia"], "Ethiopia"),
    # "the attack was carried out by X": X did it
    ("Officials said the attack was carried out by the Allied Democratic Forces.", "attack",
     ["Allied Democratic Forces"], [], None),
    # a country named before an attack carried it out; a town is where it happened
    ("Abu Hassan al-Amiri died in a U.S. drone strike near Kandahar on Friday.", "strike", ["U.S."], ["Kandahar"],
     "Kandahar"),
    # the perpetrator a participle ascribes the event to (wire copy), not the one who ascribes it
    ("Twelve people were killed in an attack blamed on Boko Haram.", "killed", ["Boko Haram"], [], None),
    ("The bombing claimed by the Nigerian Ansaru killed nine policemen.", "killed", ["Nigerian Ansaru"],
     [], None),
    ("The raid, blamed by Ankara on the PKK, killed six guards.", "killed", ["PKK"], [],
     None),
    ("The government blamed the bombing on the PKK.", "bombing", ["PKK"], [], None),
    # victims are no actors: "reported killed" says what they suffered
    ("Three journalists were reported wounded in the shelling of Kharkiv.", "wounded", [], ["Kharkiv"],
     "Kharkiv"),
    # whoever prevents a massacre does not commit it
    ("The African Union sent peacekeepers to prevent a massacre in Darfur.", "massacre", [], ["Darfur"], "Darfur"),
    # whose decision or plan it is does the act it is a decision to do
    ("Hezbollah's decision to pause its offensive on Qusayr was welcomed.", "pause", ["Hezbollah"], ["Qusayr"],
     "Qusayr"),
    ("The decision by Hezbollah to pause its drive to capture Qusayr surprised analysts.", "pause", ["Hezbollah"],
     ["Qusayr"], None),
    ("Ethiopia's plan to withdraw troops from Somalia was announced.", "withdraw", ["Ethiopia"], ["Somalia"], "Somalia"),
    # a relative clause hung on the place of an event tells of the event: the place kills no one
    ("The militants claimed the raid near Dori, which killed 12 herders.", "killed", [], [], None),
    ("Rebels mounted a raid on the Wagner Group, which killed three of them.", "killed", ["Wagner Group"],
     [], None),
])
def test_roles(nlp, text, trigger, actors, targets, location):
    found_actors, found_targets, found_location = roles(nlp, text, trigger)
    norm = lambda names: [n.removeprefix("the ").removeprefix("The ") for n in names]
    assert norm(found_actors) == norm(actors)
    assert norm(found_targets) == norm(targets)
    assert found_location == location


@pytest.mark.parametrize("text, trigger, actors, targets", [
    # whoever blames is the actor, whoever is blamed the target, in every voice; a passive
    # naming no accuser has no actor
    ("The Ethiopian army blamed the Oromo Liberation Army for the attack.", "blamed",
     ["Ethiopian"], ["Oromo Liberation Army"]),
    ("The attack was blamed on the Oromo Liberation Army.", "blamed", [], ["Oromo Liberation Army"]),
    ("The Oromo Liberation Army was blamed for the attack.", "blamed", [], ["Oromo Liberation Army"]),
    # the act blamed names its doer: "blamed it on a launch by X" blames X
    ("The Ethiopian army blamed it on a failed mortar launch by the Oromo Liberation Army.", "blamed",
     ["Ethiopian"], ["Oromo Liberation Army"]),
    # "blamed the bombing on X", "on X" hung on the bombing: X is still blamed
    ("The Malian government blamed the ambush on the Macina Liberation Front, a jihadist group active in the centre.",
     "blamed", ["Malian"], ["Macina Liberation Front"]),
    ("The Nigerian army blamed the raid on Boko Haram.", "blamed", ["Nigerian"], ["Boko Haram"]),
    # a copy's dropped object leaves the parser a participle on the noun: still its verb
    ("The Ethiopian army blamed on a failed mortar launch by the Oromo Liberation Army.", "blamed",
     ["Ethiopian"], ["Oromo Liberation Army"]),
    # "X is to blame": X is blamed, by whoever says so
    ("Eritrea says Ethiopia is to blame.", "blame", ["Eritrea"], ["Ethiopia"]),
    ("President William Ruto said that the Mungiki gang was to blame for the raids.", "blame",
     ["William Ruto"], ["Mungiki"]),
    ("The Mungiki gang was to blame for the raids, President William Ruto said.", "blame",
     ["William Ruto"], ["Mungiki"]),
    # whoever denies is the actor, also when the parser reads the denial as a participle
    ("The Ethiopian army denied any role in the ambush.", "denied", ["Ethiopian"], []),
    ("The Ethiopian army denied on Sunday carrying out any air strike in Tigray, sources from the army "
     "confirmed to local radio.", "denied", ["Ethiopian"], []),
    # an account disputed names its target: its source, or whoever it says acted
    ("Sudan's president dismissed claims of a role by the Rapid Support Forces.", "dismissed",
     ["Sudan"], ["Rapid Support Forces"]),
    ("President Yoweri Museveni rejected claims that the Allied Democratic Forces were behind the bombing.",
     "rejected", ["Yoweri Museveni"], ["Allied Democratic Forces"]),
    ("Canada condemned the bombing of Kharkiv by Russia.", "condemned", ["Canada"], ["Kharkiv", "Russia"]),
    # "as X alleged" after another's denial: X accuses whoever the denied clause says acted
    ("A spokesman for President Paul Kagame denied that a massacre was carried out by the Rwanda Defence "
     "Force, as the United Nations alleged.", "alleged", ["United Nations"], ["Rwanda Defence Force"]),
    # a spokesman's body denies with him; a speaker saying an attack did not happen denies it
    ("Colonel Anna Berg, spokeswoman for the European Union Naval Force, denied the report.", "denied",
     ["Anna Berg", "European Union Naval Force"], []),
    ("The navy said its gunboats did not fire on Tuvalu.", "said", ["navy"], ["Tuvalu"]),
    ("Eritrea holds Ethiopia responsible for the attack.", "holds", ["Eritrea"], ["Ethiopia"]),
    ("Eritrea's rejection of the UN account angered donors.", "rejection", ["Eritrea"], ["UN"]),
    # an account called false is rejected by whoever says so, aimed at whoever made it
    ("\"The claims by the Ambazonia Defence Forces are baseless,\" President Paul Biya said.", "baseless",
     ["Paul Biya"], ["Ambazonia Defence Forces"]),
    # a quoted "I" is the one who says the quotation
    ("\"I call on the army to open an inquiry into the shelling,\" Michelle Bachelet said.", "call",
     ["Michelle Bachelet"], []),
    ("\"I condemn the shelling of the market,\" Michelle Bachelet said.", "condemn", ["Michelle Bachelet"], []),
])
def test_statement_roles(nlp, text, trigger, actors, targets):
    found_actors, found_targets, _ = roles(nlp, text, trigger)
    norm = lambda names: [n.removeprefix("the ").removeprefix("The ") for n in names]
    assert norm(found_actors) == norm(actors)
    assert norm(found_targets) == norm(targets)


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


# ------------------------------------------- the rules alone, on parses built by hand

def words(tokens) -> list[str]:
    return [t.text for t in tokens]


# (parse, trigger word, event type, actor phrase heads, target phrase heads)
ROLE_TOKENS = [
    # an active verb: its subject acts on its object
    ("""0 Rebels NNS nsubj 1
        1 shelled VBD ROOT 1 shell
        2 Varnek NNP dobj 1
        3 . . punct 1""", "shelled", "ASSAULT", ["Rebels"], ["Varnek"]),
    # a passive verb: the "by" agent acts on the passive subject
    ("""0 Varnek NNP nsubjpass 2
        1 was VBD auxpass 2 be
        2 shelled VBN ROOT 2 shell
        3 by IN agent 2
        4 rebels NNS pobj 3 rebel
        5 . . punct 2""", "shelled", "ASSAULT", ["rebels"], ["Varnek"]),
    # the ordered party does what it was ordered to do
    ("""0 Rendi NNP nsubj 1
        1 ordered VBD ROOT 1 order
        2 the DT det 3
        3 militia NN dobj 1
        4 to TO aux 5
        5 attack VB xcomp 1
        6 the DT det 7
        7 airport NN dobj 5
        8 . . punct 1""", "attack", "ASSAULT", ["militia"], ["airport"]),
    # the subject of a passive raising verb does what follows it
    ("""0 The DT det 1
        1 army NN nsubjpass 3
        2 is VBZ auxpass 3 be
        3 expected VBN ROOT 3 expect
        4 to TO aux 5
        5 withdraw VB xcomp 3
        6 . . punct 3""", "withdraw", "RETREAT", ["army"], []),
    # coordinated verbs share their subject ...
    ("""0 Rebels NNS nsubj 1
        1 stormed VBD ROOT 1 storm
        2 the DT det 3
        3 base NN dobj 1
        4 and CC cc 1
        5 killed VBD conj 1 kill
        6 two CD nummod 7
        7 guards NNS dobj 5 guard
        8 . . punct 1""", "killed", "ASSAULT", ["Rebels"], ["guards"]),
    # ... but a passive clause with its own subject shares none
    ("""0 Rebels NNS nsubj 1
        1 attacked VBD ROOT 1 attack
        2 and CC cc 1
        3 five CD nsubjpass 5
        4 were VBD auxpass 5 be
        5 injured VBN conj 1 injure
        6 . . punct 1""", "injured", "ASSAULT", [], ["five"]),
    # a pronoun subject stands for the subject of the clause reporting it
    ("""0 The DT det 1
        1 Front NNP nsubj 2
        2 said VBD ROOT 2 say
        3 it PRP nsubj 5
        4 would MD aux 5
        5 withdraw VB ccomp 2
        6 . . punct 2""", "withdraw", "RETREAT", ["Front"], []),
    # a noun trigger: its possessor acts, its "on" object is the target
    ("""0 The DT det 1
        1 militia NN poss 3
        2 's POS case 1
        3 attack NN nsubj 7
        4 on IN prep 3
        5 the DT det 6
        6 base NN pobj 4
        7 failed VBD ROOT 7 fail
        8 . . punct 7""", "attack", "ASSAULT", ["militia"], ["base"]),
    # a light verb's subject does what its object noun says
    ("""0 Rebels NNS nsubj 1
        1 launched VBD ROOT 1 launch
        2 an DT det 3
        3 attack NN dobj 1
        4 on IN prep 3
        5 the DT det 6
        6 base NN pobj 4
        7 . . punct 1""", "attack", "ASSAULT", ["Rebels"], ["base"]),
    # whoever prevents an act is not its actor
    ("""0 Troops NNS nsubj 1
        1 prevented VBD ROOT 1 prevent
        2 an DT det 3
        3 attack NN dobj 1
        4 . . punct 1""", "attack", "ASSAULT", [], []),
    # a giving verb targets the recipient, not the goods
    ("""0 Varnek NNP nsubj 1
        1 sent VBD ROOT 1 send
        2 troops NNS dobj 1 troop
        3 to IN dative 1
        4 Tobrin NNP pobj 3
        5 . . punct 1""", "sent", "AID", ["Varnek"], ["Tobrin"]),
]


@pytest.mark.parametrize("table, trigger, type_name, actors, targets", ROLE_TOKENS)
def test_role_tokens_on_hand_parses(table, trigger, type_name, actors, targets):
    doc = hand_parse(table)
    found = role_tokens([next(t for t in doc if t.text == trigger)], type_name)
    assert (words(found.actors), words(found.targets)) == (actors, targets)
