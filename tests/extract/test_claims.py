"""Who a sentence attributes an event to, and denials."""
import pytest

from claimgraph.extract.claims import find_attribution, is_denied
from tests.extract.helpers import parse_text


def attribution_of(nlp, sentence: str, trigger: str):
    parsed = parse_text(nlp, sentence)
    sent = next(parsed.doc.sents)
    token = next(t for t in sent if t.text == trigger)
    return find_attribution(parsed, sent, token), is_denied(sent, token)


@pytest.mark.parametrize("sentence, trigger, entity, text, denial", [
    ("According to local officials, militants attacked the convoy near the town.", "attacked",
     None, "According to local officials", False),
    # the speaker after the reported clause, which the model hangs on its last noun
    ("Rebels shelled the town on Tuesday, killing at least 15 civilians, the Syrian Observatory "
     "for Human Rights said.", "shelled", "Syrian Observatory for Human Rights",
     "the Syrian Observatory for Human Rights said", False),
    ("The Defence Ministry denied that its troops had shelled the hospital.", "shelled",
     "Defence Ministry", "The Defence Ministry denied", True),
    ("A spokesman for the Taliban said the group would attack the base.", "attack",
     "Taliban", "A spokesman for the Taliban said", False),
    ("The Times reported that rebels had ambushed the patrol, according to U.S. officials.", "ambushed",
     "U.S.", "according to U.S. officials", False),
    ("A UN report said that government forces had killed 40 civilians in Darfur.", "killed",
     "UN", "A UN report said", False),
    ("The Kenya Red Cross issued a statement after its team's visit stating, \"Inside the clinic, "
     "the team witnessed 17 bodies.\"", "bodies", "Kenya Red Cross", "The Kenya Red Cross issued", False),
    ("Witnesses said the militia burned the village.", "burned", None, "Witnesses said", False),
    ("The army did not attack the village, the ministry said.", "attack", None, "the ministry said", True),
    ("State television has been issuing reports claiming that no such raid has happened.", "raid",
     None, "State television", True),
])
def test_find_attribution(nlp, sentence, trigger, entity, text, denial):
    found, denied = attribution_of(nlp, sentence, trigger)
    assert (found.entity_id.split("-")[1] if found.entity_id else None, found.text, found.denial) == (entity, text, denial)
    assert denied == denial


def test_own_voice_is_none(nlp):
    assert attribution_of(nlp, "Rebels ambushed the patrol on Monday.", "ambushed") == (None, False)


def test_an_issuers_dateline_claims_the_anonymous_report_under_it(nlp):
    parsed = parse_text(nlp, "Militia told to storm the base\n\nAmnesty International – According to reports "
                             "from the region, the militia stormed the base on Monday.")
    token = next(t for t in parsed.doc if t.text == "stormed")
    found = find_attribution(parsed, token.sent, token)
    assert found.entity_id.split("-")[1] == "Amnesty International"
