"""Numbers in words and digits, and the casualty figures a sentence states."""
import pytest

from claimgraph.extract.quantities import find_casualties, parse_number


@pytest.mark.parametrize("text, expected", [
    ("1,000", 1000), ("3,200", 3200), ("forty-four", 44), ("fifty two", 52), ("four", 4),
    ("a dozen", 12), ("more than 50", 50), ("at least 7", 7), ("2 million", 2_000_000),
    ("dozens", None), ("hundreds", None), ("several hundred", None), ("many", None),
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


def test_casualty_text_is_kept(nlp):
    found = find_casualties(next(nlp("More than 60 of them were killed.").sents))
    assert found.killed_text == "More than 60"
