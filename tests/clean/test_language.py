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
])
def test_language_warning(text, expected):
    assert language_warning(text) == expected
