"""Numbers in words and digits, and the casualty figures a sentence states."""
import pytest

from claimgraph.extract.quantities import find_casualties, parse_number
from claimgraph.extract.triggers import find_triggers, other_event_words
from claimgraph.ontology import load_plover


@pytest.mark.parametrize("text, expected", [
    ("1,000", 1000), ("3,200", 3200), ("forty-four", 44), ("fifty two", 52), ("four", 4),
    ("a dozen", 12), ("more than 50", 50), ("at least 7", 7), ("2 million", 2_000_000),
    ("dozens", 12), ("hundreds", 100), ("several hundred", None), ("many", None),
    ("between 40", 40), ("as many as 200", 200), ("99999999999999999999999", None),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("sentence, killed, injured", [
    ("The army stormed the village, killing forty-four and wounding many more.", 44, None),
    ("Militants killed 12 people in the market.", 12, None),
    ("12 people were killed in the blast.", 12, None),
    ("The raid left 31 of the 80 villagers dead.", 31, None),
    ("Inside the hospital, the monitors saw 17 bodies.", 17, None),
    ("The death toll rose to 30 on Tuesday.", 30, None),
    ("The bombing injured 15 and killed three.", 3, 15),
    ("Gunmen assassinated four tribal elders in Kandahar.", 4, None),
    ("More than 60 of them were killed, the agency said.", 60, None),
    ("Five soldiers died when the convoy was ambushed.", 5, None),
    ("The clashes left 9 people dead and 20 injured.", 9, 20),
    ("The fighting has claimed the lives of several hundred people.", None, None),
    ("Nearly 1,000 military advisers were sent to Mali in 2014.", None, None),
    ("Rebels fired 122mm rockets and $5 million was spent.", None, None),
    ("A suicide bomber killed 30 people in 2015.", 30, None),
])
def test_find_casualties(nlp, sentence, killed, injured):
    found = find_casualties(next(nlp(sentence).sents))
    assert (found.killed, found.injured) == (killed, injured)


@pytest.mark.parametrize("sentence, killed, injured", [
    # participles after the clause (Reuters / AP)
    ("Gunmen opened fire on a bus in Kaduna state, killing 14 passengers and wounding at least 20.", 14, 20),
    # tolls that rise, climb or are revised
    ("The death toll from Friday's suicide bombing climbed to 63, hospital officials said.", 63, None),
    ("The number of people killed in the market bombing has risen to 71.", 71, None),
    ("Officials revised the death toll up to 41 on Sunday.", 41, None),
    ("The toll from the three blasts rose to 90.", 90, None),   # the blasts are not the dead
    ("The ministry gave a toll of 33 dead and 120 injured.", 33, 120),
    ("\"The toll is very high: more than 40 dead and 70 wounded,\" a surgeon said.", 40, 70),
    ("A total of 84 people were killed in the fighting.", 84, None),
    # bare headline tolls
    ("At least 17 dead after car bomb hits checkpoint", 17, None),
    ("5 die in clashes near Tripoli", 5, None),
    ("Eleven people lost their lives in the attack.", 11, None),
    # ranges and hedges at their lower bound; vague plurals at the coders' lower bound
    ("Between 30 and 50 villagers were killed in the raid.", 30, None),
    ("As many as 200 civilians may have died in the shelling.", 200, None),
    ("Dozens of people were killed in the air raid.", 12, None),
    ("Nearly a third of the 600 residents were killed.", None, None),
    # groups joined by "and" are summed
    ("Three soldiers and nine attackers were killed in the assault on the base.", 12, None),
    ("A sergeant and four other policemen died in the ambush.", 5, None),
    # the attackers are counted, not the dead
    ("Two suicide bombers killed 23 people at a bus station.", 23, None),
    ("Some 45 people were hospitalised after the gas attack.", None, 45),
])
def test_wire_tolls(nlp, sentence, killed, injured):
    found = find_casualties(next(nlp(sentence).sents))
    assert (found.killed, found.injured) == (killed, injured)


def test_summed_groups_keep_their_parts_in_the_text(nlp):
    found = find_casualties(next(nlp("Three soldiers and nine attackers were killed in the assault.").sents))
    assert found.killed_text == "Three soldiers and nine attackers"


def test_casualty_text_is_kept(nlp):
    found = find_casualties(next(nlp("More than 60 of them were killed.").sents))
    assert found.killed_text == "More than 60"


@pytest.mark.parametrize("sentence, trigger, killed", [
    # what a relative clause says a participant did before is that event's toll, not this one's
    ("A medic said fighters from the militia that executed 40 villagers in Kidal raided a market on Monday "
     "and left 12 dead.", "raided", 12),
    ("A medic said fighters from the militia that executed 40 villagers in Kidal raided a market on Monday "
     "and left 12 dead.", "executed", 40),
    # an event of the same clause shares the sentence's figures
    ("As the shelling eased on Friday, a medic said that 19 soldiers had been wounded.",
     "shelling", None),
    # an event noun joined to the counted group counts no one
    ("The rebels claimed the raid near Dori, which killed about 40 herders and an ambush by the river.",
     "raid", 40),
])
def test_figures_of_another_event_told_in_the_sentence(nlp, sentence, trigger, killed):
    sent = next(nlp(sentence).sents)
    triggers = find_triggers(sent, load_plover())
    found = next(t for t in triggers if trigger in (t.token.text, *(m.text for m in t.members)))
    assert find_casualties(sent, found.token, other_event_words(found, triggers)).killed == killed
