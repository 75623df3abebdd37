"""Trigger finding: which words report which PLOVER event, one trigger per reported event."""
from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from claimgraph.extract.triggers import find_triggers
from claimgraph.ontology import load_plover


def triggers(nlp, text):
    sent = next(nlp(text).sents)
    return [(t.token.text, t.type, t.mode) for t in find_triggers(sent, load_plover())]


@pytest.mark.parametrize("text, expected", [
    # one group: the bomb, its explosion and the killing it caused
    ("A car bomb exploded in a crowded market in Kandahar, killing 12 people.",
     [("exploded", "ASSAULT", "explosives")]),
    ("Boko Haram fighters took 30 aid workers hostage near Maiduguri.", [("took", "ASSAULT", "abduct")]),
    # a light verb yields to the noun it carries
    ("JNIM launched an attack on Malian positions.", [("attack", "ASSAULT", None)]),
    # protesters clashing with the police riot; rebels clashing with troops fight
    ("Protesters clashed with police in central Kampala.", [("clashed", "PROTEST", "riot")]),
    ("Rebels clashed with government troops near Goma.", [("clashed", "ASSAULT", None)]),
    # expelling diplomats or organisations cuts relations; expelling anyone else is repression
    ("France expelled the Russian ambassador.", [("expelled", "SANCTION", "expel")]),
    ("The regime expelled two foreign correspondents.", [("expelled", "COERCE", "deport")]),
    # weapons moved are readied, weapons sent are given
    ("The army moved tanks to the border.", [("moved", "MOBILIZE", "weapons")]),
    ("Germany sent tanks to Ukraine.", [("sent", "AID", "military")]),
    ("The United States provided Ukraine with air defence systems.", [("provided", "AID", "military")]),
    # "pressed its offensive" goes on with it: no demand
    ("The army pressed its offensive in the east.", [("offensive", "ASSAULT", None)]),
    ("Government forces struck a deal with the rebels.", [("deal", "AGREE", None)]),
    # an order yields to the act it orders; with no act of a type under it, it is a request
    ("General Haftar ordered the Libyan National Army to attack the airport.", [("attack", "ASSAULT", None)]),
    ("The governor ordered a review of the budget.", [("ordered", "REQUEST", None)]),
    # giving verbs by what they give
    ("Russia sent troops to the border.", [("sent", "MOBILIZE", "troops")]),
    ("Sudan supplied weapons to the Janjaweed.", [("supplied", "AID", "military")]),
    ("The prisoners went on hunger strike in Evin prison.", [("went", "PROTEST", "strike-hun")]),
    ("Russian airstrikes hit Kharkiv.", [("hit", "ASSAULT", "aerial")]),
    ("The rebels released a statement on Monday.", []),
    ("The rebels released twelve hostages on Monday.", [("released", "RETREAT", "release")]),
    ("Militias backed by Damascus shelled the town.", [("shelled", "ASSAULT", "heavy-weapons")]),
    ("The ministry issued a press release.", []),
    # nature and accidents attack no one, unless someone is named doing it
    ("A magnitude 6.4 earthquake struck eastern Turkey on Monday, killing 30 people.", []),
    ("The quake that hit the province destroyed hundreds of homes.", []),
    ("Flash floods killed 12 people in Kerala.", []),
    ("Nine pilgrims were killed in a bus crash near Karbala.", []),
    ("Militants struck a police post near Peshawar.", [("struck", "ASSAULT", None)]),
    # a source's anonymity is no request
    ("The official, who asked not to be identified, said the figures were accurate.", []),
    # what a relative clause says its noun does as a rule is a habit, not an event
    ("Sahel Watch, an agency that documents killings in Mali, published the figures.", []),
    ("The group, which carries out bombings in the capital, denied any role.", [("denied", "REJECT", None)]),
    ("The Lord's Resistance Army, a militia which abducts children, crossed the border.", []),
    ("The militia, which abducted two children on Monday, crossed the border.", [("abducted", "ASSAULT", "abduct")]),
])
def test_triggers(nlp, text, expected):
    assert triggers(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a promise, threat, refusal or appeal speaks of an act: one report, the wrapper's
    ("The rebels threatened to storm the airport.", ["THREATEN"]),
    ("The junta agreed to release the journalists.", ["AGREE"]),
    ("The opposition refused to join the negotiations.", ["REJECT"]),
    ("Aid groups called for talks with the rebels.", ["REQUEST"]),
    # a negotiation under way speaks of what it works towards
    ("The ELN has been negotiating a ceasefire agreement with the government since 2017.", ["CONSULT"]),
    ("Mediators are negotiating the release of the hostages.", ["CONSULT"]),
    # an order is reported as the act it orders; a denial disputes a reported act
    ("The colonel ordered his men to burn the village.", ["ASSAULT"]),
    ("The ministry denied that soldiers shot the farmers.", ["REJECT", "ASSAULT"]),
    # a cooperative act said in the future is a promise; negated, a refusal
    ("Norway will send medical aid to Yemen.", ["AGREE"]),
    # assurances that an act will happen are a promise of it: one AGREE
    ("The ministers gave assurances that the border crossings will be closed.", ["AGREE"]),
    ("The army will not withdraw from the border town.", ["REJECT"]),   # a refusal to yield
    ("Kenya is willing to hold talks with Somalia.", ["AGREE"]),
    # a speaker's stance recodes an act
    ("Chile said it would not accept the new border plan.", ["REJECT"]),
    ("The junta will impose a curfew on the capital.", ["THREATEN"]),
    ("Ghana will pull its troops out of Mali unless the junta calls elections.", ["THREATEN"]),
    ("The envoy said that the militia must release the hostages.", ["REQUEST"]),
    ("The generals are prepared to impose martial law.", ["THREATEN"]),
    # a verb of ending, accepting or preventing with an act as its object
    ("The governor lifted the curfew in the northern province.", ["CONCEDE"]),
    ("The cabinet accepted the demands of the striking doctors.", ["CONCEDE"]),
    ("Norway halted its aid to the regime.", ["SANCTION"]),
    ("Riot police broke up the rally outside parliament.", ["COERCE"]),
    # strikes and blockades by working people are protests; a formal protest is disapproval
    ("Thousands of dock workers went on strike over pay.", ["PROTEST"]),
    ("Angry farmers blocked the motorway with tractors.", ["PROTEST"]),
    # an undertaking named by its compound; a transfer of relief supplies
    ("The bishop launched a mediation initiative between the two clans.", ["CONSULT"]),
    ("Volunteers handed over blankets and medication to the flood victims.", ["AID"]),
    # approving or releasing aid gives it; dropping a demand concedes it
    ("The World Bank approved a $500 million loan for Kenya.", ["AID"]),
    ("The government dropped its demand for early elections.", ["CONCEDE"]),
    # a sum of money given is aid, whatever the currency
    ("Saudi Arabia deposited $2 billion in Yemen's central bank.", ["AID"]),
    # letting observers in, and armed forces leaving a place, are the manual's yielding
    ("The army allowed UN inspectors into the facility.", ["RETREAT"]),
    ("Russian forces left the city of Kherson after months of occupation.", ["RETREAT"]),
    ("Both sides have largely respected the truce since midnight.", ["RETREAT"]),
    ("Kidnappers set free a French engineer on Saturday.", ["RETREAT"]),
    # declaring a ceasefire is a verbal concession; a "head of object" noun
    ("The rebels declared a unilateral ceasefire for the holidays.", ["CONCEDE"]),
    ("The regime imposed a state of emergency in three provinces.", ["COERCE"]),
    ("The navy dispatched two frigates to the Gulf of Aden.", ["MOBILIZE"]),
    # defending a right or a decision is verbal support; a hyphenated noun the tokenizer split
    ("The minister defended the decision to close the border.", ["SUPPORT"]),
    ("Students staged a sit-in outside the ministry.", ["PROTEST"]),
    # mustering support is canvassing, not a military move: only the support noun remains
    ("The president tried to muster support for the reform.", ["SUPPORT"]),
    # disputing an account of an event is a rejection: denying, objecting to, brushing off,
    # calling it false or overstated (an account denied is no publication)
    ("The junta rejected the report by the monitoring mission.", ["REJECT"]),
    ("The cabinet issued a statement flatly denying reports of the abuses.", ["REJECT"]),
    ("The interior ministry firmly objects to the allegations.", ["REJECT"]),
    ("The prefect brushed off a report of another massacre in the valley.", ["REJECT"]),
    ("The police chief called the allegations baseless.", ["REJECT"]),
    ("The governor described the toll of 80 dead as an exaggeration.", ["REJECT"]),
    ("The army dismissed the casualty figures as inflated.", ["REJECT"]),
    ("\"These accusations are unacceptable,\" the minister told the radio.", ["REJECT"]),
    ("\"The reports are a fabrication and are absolutely untrue,\" the ministry said.", ["REJECT"]),
    ("The army suspended its offensive on the northern districts.", ["CONCEDE"]),
    # an act that is the subject of the clause a demand governs is what is demanded, also in a
    # headline's grammar
    ("The opposition demanded that an independent inquiry be opened into the shootings.", ["REQUEST"]),
    ("EU envoy demands Serbia probe reported killings of villagers", ["REQUEST"]),
    # objecting to a plan, not to an account, is disapproval
    ("The opposition objected to the new electoral law.", ["ACCUSE"]),
    # "insisted that" a fact asserts it; insisting on an act, or that it be done, demands it
    ("The mayor insisted that the inspectors saw no damage at the camp.", []),
    ("The minister insists that the detainees are treated well.", []),
    ("The opposition insisted on an independent inquiry.", ["REQUEST"]),
    ("The envoy insisted that the militia withdraw from the port.", ["REQUEST"]),
    # a speaker saying a hostile act was not done denies it, and the act is still reported
    ("The navy said its gunboats did not fire on the fishing village.", ["REJECT", "ASSAULT"]),
    ("The air force says that its jets did not target the clinic.", ["REJECT", "ASSAULT"]),
    ("Officials did not say whether the army shelled the town.", ["ASSAULT"]),
    # a cessation of hostilities concedes; lifting it takes the concession back
    ("The rebels announced a pause in the shelling of the port.", ["CONCEDE"]),
    ("The president lifted the suspension of bombing raids against guerrilla bases.", ["SANCTION"]),
    ("The government called off the pause in the shelling of the port.", ["SANCTION"]),
    # an armed undertaking reports the hostile act its infinitive names: pausing it is a cessation
    ("The militia began a drive to retake the port.", ["ASSAULT"]),
    ("The army suspended its drive to retake the northern districts.", ["CONCEDE"]),
    ("The junta suspended its operation to capture the border town.", ["CONCEDE"]),
    ("The ministry launched a campaign to register voters.", []),
])
def test_wrappers_stances_reversals_and_readings(nlp, text, expected):
    assert [type_name for _, type_name, _ in triggers(nlp, text)] == expected


REVERSALS = yaml.safe_load(files("claimgraph.ontology").joinpath("plover.yaml").read_text("utf-8"))["reversals"]
FIRING = [pytest.param(rule_id, example, word, id=rule_id) for rule_id, example, word in
          [(p.id, p.example, p.expect[0]) for p in load_plover().patterns.values() if p.yields]
          + [(r["id"], r["example"], r["expect"][0]) for r in REVERSALS]]


@pytest.mark.parametrize("rule_id, example, word", FIRING)
def test_a_pattern_that_reads_a_trigger_is_among_its_rules(nlp, rule_id, example, word):
    """The rule ids a report keeps are the pattern ids of ontology/, checked on their own examples."""
    doc = nlp(example)
    found = [t for sent in doc.sents for t in find_triggers(sent, load_plover())
             if word in (t.token.text, *(m.text for m in t.members))]
    assert found and f"trigger:{rule_id}" in found[0].rules, [t.rules for t in found]
