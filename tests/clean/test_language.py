"""The English check on paragraphs written for the tests."""
import pytest

from claimgraph.clean.language import language_warning
from tests.clean import pages


@pytest.mark.parametrize("text, expected", [
    (pages.ENGLISH, None),
    (pages.FRENCH, "not English (looks like French)"),
    (pages.SPANISH, "not English (looks like Spanish)"),
    (pages.GERMAN, "not English (looks like German)"),
    (pages.ARABIC, "not English (looks like Arabic script)"),
    ("Rebels take airport", None),          # too short to judge
    # terse English: names and figures, few function words, but more English ones than any other
    ("Moldovan President Maia Sandu, NATO Secretary General Jens Stoltenberg and "
     "Polish Defence Minister Mariusz Blaszczak discussed new air defence systems, artillery "
     "shells, tanks and training programmes in Warsaw on Tuesday.", None),
    # a Latin-script language no list covers still warns
    ("Hujumchilar shahar markazidagi bozorga hujum qilib ko'plab odamlarni yaraladi va "
     "politsiya ularni qidirmoqda hamda tergov davom etmoqda deb xabar berdi mahalliy "
     "rasmiylar bugun ertalab", "not English (looks like another language)"),
])
def test_language_warning(text, expected):
    assert language_warning(text) == expected
