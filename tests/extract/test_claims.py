"""Who a sentence attributes an event to, and denials."""
import pytest

from claimgraph.extract.claims import find_attribution, find_attributions, is_denied
from tests.extract.helpers import parse_document, parse_text


def attribution_of(nlp, sentence: str, trigger: str):
    parsed = parse_text(nlp, sentence)
    sent = next(parsed.doc.sents)
    token = next(t for t in sent if t.text == trigger)
    return find_attribution(parsed, sent, token), is_denied(sent, token)


@pytest.mark.parametrize("sentence, trigger, entity, text, denial", [
    ("According to local officials, militants attacked the convoy near the town.", "attacked",
     None, "According to local officials", False),
    # the speaker after the reported clause, which the model hangs on its last noun
    ("Rebels shelled the town on Tuesday, killing at least 15 civilians, the Libyan Observatory "
     "for Human Rights said.", "shelled", "Libyan Observatory for Human Rights",
     "the Libyan Observatory for Human Rights said", False),
    ("The Defence Ministry denied that its troops had shelled the hospital.", "shelled",
     "Defence Ministry", "The Defence Ministry denied", True),
    ("A spokesman for the Seleka said the group would attack the base.", "attack",
     "Seleka", "A spokesman for the Seleka said", False),
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


def sources_of(nlp, text: str, trigger: str):
    """The names of every source cited for the trigger, the main one first, and the denial."""
    parsed = parse_document(nlp, text)
    names = {e.id: e.name for e in parsed.entities}
    token = next(t for t in parsed.doc if t.text == trigger)
    found = find_attributions(parsed, token.sent, token)
    return [names.get(a.entity_id) for a in found], any(a.denial for a in found[:1])


@pytest.mark.parametrize("text, trigger, sources", [
    # trailing speakers, each recorded (AFP / Reuters style)
    ("Militants stormed a school in Borno state, killing 20 students, local officials and a hospital "
     "director said.", "stormed", ["local officials", "hospital director"]),
    # an unnamed source is a group; the outlet told passes it on, after the speaker
    ("A security official, who asked not to be named, told AFP that gunmen shot dead six miners.", "shot",
     ["security official", "AFP"]),
    ("Reuters quoted two hospital officials as saying the blast killed 40 people.", "killed",
     ["hospital officials", "Reuters"]),
    # state media, a body's officials, "according to"
    ("State television reported that rebels had shelled the refinery.", "shelled", ["State television"]),
    ("According to health ministry officials, the air strike killed 40 people.", "killed", ["health ministry"]),
    ("According to the Libyan Observatory for Human Rights, the raids killed 19 fighters.", "raids",
     ["Libyan Observatory for Human Rights"]),
    # claims of responsibility
    ("Nine soldiers were killed in an ambush claimed by Boko Haram.", "killed", ["Boko Haram"]),
    ("Police said ten people died in the raid, with the rebels claiming responsibility.", "raid",
     ["rebels", "Police"]),
    # the claimant hung on "with" as a participle of its noun, or on a speech verb parsed under
    # what it reports
    ("Nine soldiers were killed in an ambush near Bama, the army said, with Nigeria's IS-allied "
     "Boko Haram fighters claiming responsibility.", "killed", ["Boko Haram", "army"]),
    ("Five soldiers died when their convoy was ambushed near Gao, the army said, with the jihadist "
     "group Ansar Dine claiming the attack.", "ambushed", ["Ansar Dine", "army"]),
    # the source an outlet cites speaks; the outlet passes it on
    ("Gunmen killed 14 villagers in Borno state on Sunday, Reuters reported, citing a police spokesman.",
     "killed", ["police", "Reuters"]),
    ("Gunmen killed 14 villagers in Borno state on Sunday, the agency reported, citing local officials.",
     "killed", ["local officials", "agency"]),
    # a source one learned it from (a regional agency's style)
    ("The agency learned from local sources that the clash killed four civilians.", "killed",
     ["local sources", "agency"]),
    # a place names where a witness is, not who speaks; the agency told it passes it on
    ("Reuters heard from a shopkeeper in Tikrit that militants had shelled the bridge.", "shelled",
     ["Reuters", None]),
    # no one cited: the document's own voice
    ("Rebels ambushed the patrol near Goma on Monday.", "ambushed", []),
    # a verb with an object of its own reports that, not the clause above it
    ("EU envoy demands Serbia probe reported killings of villagers", "demands", []),
    # "as X alleged" states X's own word: the denial it hangs on does not report it
    ("A spokesman for President Paul Kagame denied that the army killed civilians, as the United Nations "
     "alleged.", "alleged", []),
    ("A spokesman for President Paul Kagame denied that the army killed civilians, as the United Nations "
     "alleged.", "killed", ["Paul Kagame"]),
])
def test_wire_sources(nlp, text, trigger, sources):
    assert sources_of(nlp, text, trigger)[0] == sources


@pytest.mark.parametrize("text, trigger, sources", [
    # two people named before: "she" is the one who spoke
    ("UN envoy Fatou Bensouda said troops had attacked the village on Monday, according to a report naming "
     "commander James Koang. Two days later the militia burned a market in Bentiu, she said.", "burned",
     ["Fatou Bensouda"]),
    # a body's "it" is the body that last spoke
    ("The army said 12 rebels were killed in the raid on Monday.\n\nIt added that three soldiers had been "
     "injured near Gulu.", "injured", ["army"]),
    # "the committee" speaking stands for the name before it holding its word
    ("Three protesters were shot dead in Omdurman, the Central Doctors Committee said. The committee "
     "added that 20 people were wounded.", "wounded", ["Central Doctors Committee"]),
    # the place a source's title names is where it serves: the person in apposition speaks
    ("Kampala city engineer, Okello Otim, said 40 bodies were recovered from the collapsed market.", "bodies",
     ["Okello Otim"]),
])
def test_a_speaker_referred_to(nlp, text, trigger, sources):
    assert sources_of(nlp, text, trigger)[0] == sources


@pytest.mark.parametrize("text, trigger", [
    ("Nobody has claimed the bombing of the market in Maiduguri.", "bombing"),
    ("Rebel leaders have not said whether their commander was killed in the strike near Gulu.", "killed"),
])
def test_no_one_or_a_statement_not_made_is_no_source_and_denies_nothing(nlp, text, trigger):
    assert sources_of(nlp, text, trigger) == ([], False)


@pytest.mark.parametrize("text, trigger, sources", [
    ("The interior ministry said that a report by Human Rights Watch alleging that police had tortured "
     "detainees was baseless.", "tortured", ["interior ministry", "Human Rights Watch", "Human Rights Watch"]),
    ("The army said reports by Amnesty International that soldiers had burned the village were false.",
     "burned", ["army", "Amnesty International"]),
    # an account called not to be accepted is disputed too
    ("A government spokesman said the allegation by Amnesty International that troops had shelled the camp "
     "was unacceptable.", "shelled", ["government spokesman", "Amnesty International"]),
])
def test_one_denying_anothers_claim_leads_its_sources(nlp, text, trigger, sources):
    assert sources_of(nlp, text, trigger) == (sources, True)


@pytest.mark.parametrize("text, trigger, sources", [
    # a quotation running over several sentences is the speaker's who closes it
    ('"We stormed the barracks at dawn. We killed 30 soldiers and took their weapons," the group\'s '
     'spokesman told Reuters by telephone.', "killed", ["spokesman", "Reuters"]),
    # an outlet's acronym the model takes for no name is a source all the same
    ('"Six fishermen were killed when the shells hit the harbour. We buried them at night," a fisherman\'s '
     'widow told BNA.', "killed", ["BNA", None]),
    # the narrator's "he" is the one named before, not anyone the quotation names
    ('Army chief Paul Malong spoke on Monday.\n\n"The rebels under Riek Machar attacked Bor at night," '
     'he said.', "attacked", ["Paul Malong"]),
])
def test_a_quotation_is_its_closing_speakers(nlp, text, trigger, sources):
    assert sources_of(nlp, text, trigger)[0] == sources


@pytest.mark.parametrize("text, trigger", [
    ("The army said reports of the shelling were categorically false.", "shelling"),
    ("The ministry dismissed the report of a massacre as fabricated.", "massacre"),
    ("Officials said the accounts of the raid were untrue.", "raid"),
    ("The junta said the report of the massacre was unacceptable.", "massacre"),
])
def test_accounts_called_false_are_denied(nlp, text, trigger):
    parsed = parse_text(nlp, text)
    token = next(t for t in parsed.doc if t.text == trigger)
    assert is_denied(token.sent, token)


def test_a_reprint_is_its_credited_agencys_copy(nlp):
    assert sources_of(nlp, "BAMAKO, Mali (AFP) — Jihadists attacked an army camp near Gao on Sunday.",
                      "attacked")[0] == ["AFP"]
