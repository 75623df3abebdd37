"""Stories: documents whose headlines and leads tell one incident, and why they were joined."""
from __future__ import annotations

import pytest

from claimgraph.model import Entity, Lead
from claimgraph.resolve.stories import (Corpus, Profile, find_stories, lead_sentences, shared_headline,
                                        shared_names, shared_numbers, shared_places, shared_words)


def profile(doc, names=(), places=(), numbers=(), words=(), headline=()):
    return Profile(doc, frozenset(names), frozenset(places), frozenset(numbers), frozenset(words),
                   frozenset(headline), None)


CORPUS = Corpus({("names", "Blue Militia"): (1.0, 1.0), ("names", "army"): (0.2, 1.0), ("places", "village"): (2.0, 1.0),
                 ("numbers", "23"): (1.5, 1.0), ("words", "wedding"): (2.0, 1.0), ("words", "attack"): (0.3, 1.0),
                 ("headline", "wedding"): (2.0, 1.0), ("names", "state"): (0.7, 0.0)})


@pytest.mark.parametrize("feature, a, b, value, detail", [
    # the shared item, shown by its name
    (shared_names, profile("a", names={"Blue Militia"}), profile("b", names={"Blue Militia"}), 1.0, "Blue Militia"),
    # a common name counts for little beside a rare one the other lead lacks
    (shared_names, profile("a", names={"Blue Militia", "army"}), profile("b", names={"army"}), 0.1961, ""),
    (shared_places, profile("a", places={"village"}), profile("b"), 0.0, ""),
    # a name every document gives tells no pair apart
    (shared_names, profile("a", names={"state"}), profile("b", names={"state"}), 0.0, "state"),
    (shared_numbers, profile("a", numbers={"23"}), profile("b", numbers={"23"}), 1.0, "23"),
    (shared_words, profile("a", words={"wedding", "attack"}), profile("b", words={"wedding"}), 0.9889, "wedding"),
    (shared_headline, profile("a", headline={"wedding"}), profile("b", headline={"wedding"}), 1.0, "wedding"),
])
def test_features(feature, a, b, value, detail):
    score = feature(a, b, CORPUS)
    assert score.value == pytest.approx(value, abs=1e-3)
    assert detail in score.detail


def entity(doc, name, type_):
    return Entity(f"{doc}:{name}", doc, name, type_)


def lead(doc, text, published=None, *names):
    return Lead(doc, text, title=text.partition("\n")[0], published=published,
                entities=tuple(f"{doc}:{n}" for n, _ in names))


PLACES = [("Tarmiyah", "GPE")]
ARMY = [("Lion Brigade", "ORG")]


def canonical(entities):
    """Entities resolved apart: each its own canonical entity."""
    return {e.id: e.id for e in entities}


@pytest.mark.parametrize("leads, together", [
    # three outlets, three tolls, one incident: one story
    ([lead("a", "Car bomb kills 12 at Tarmiyah market\nA car bomb exploded at the Tarmiyah cattle market.",
           "2021-06-02", *PLACES),
      lead("b", "Tarmiyah market bombing toll rises to 17\nThe car bomb at the cattle market in Tarmiyah.",
           "2021-06-03", *PLACES),
      lead("c", "Police deny 20 died in Tarmiyah cattle market blast\nOfficials said the car bomb killed 9.",
           None, *PLACES)],
     [["a", "b", "c"]]),
    # the same place a year later is another incident
    ([lead("a", "Car bomb kills 12 at Tarmiyah market\nA car bomb exploded at the Tarmiyah cattle market.",
           "2021-06-02", *PLACES),
      lead("b", "Car bomb at Tarmiyah cattle market again\nA car bomb exploded at the Tarmiyah cattle market.",
           "2022-06-02", *PLACES)],
     []),
    # different incidents of one army, named in every report: the army counts for little
    ([lead(str(i), f"{headline}\nThe Lion Brigade {lead_line}", "2021-06-02", *ARMY)
      for i, (headline, lead_line) in enumerate([
          ("Army repels raid on border post", "said fighters attacked a post."),
          ("Floods cut roads in the north", "sent trucks to the flooded valley."),
          ("Recruits parade in the capital", "paraded new recruits on Tuesday."),
          ("Minister visits the capital hospital", "guarded the minister's visit."),
          ("Mine blast wounds shepherd", "cleared the field after the blast."),
          ("Talks on prisoner swap stall", "holds forty prisoners, negotiators say.")])],
     []),
    # a shared number alone is a coincidence
    ([lead("a", "Flood kills 9 in the delta\nRivers burst their banks after rains.", "2021-06-02"),
      lead("b", "Court jails 9 over fraud\nJudges sentenced the bankers on Monday.", "2021-06-02")],
     []),
])
def test_which_documents_are_one_story(leads, together):
    types = dict(PLACES + ARMY)
    entities = [entity(l.doc_id, name := e.split(":", 1)[1], types[name]) for l in leads for e in l.entities]
    stories = find_stories(leads, entities, canonical(entities))
    assert [list(s.members) for s in stories] == together


def test_a_story_keeps_why_its_documents_were_joined():
    leads = [lead("a", "Drone strike hits wedding in Tarmiyah\nA drone struck a wedding party, killing 14.",
                  "2021-06-02", *PLACES),
             lead("b", "Wedding party struck in Tarmiyah, 14 dead\nMourners said a drone hit the wedding.",
                  "2021-06-02", *PLACES)]
    entities = [entity(d, "Tarmiyah", "GPE") for d in "ab"]
    [story] = find_stories(leads, entities, canonical(entities))
    assert story.title == "Drone strike hits wedding in Tarmiyah" and story.first_published == "2021-06-02"
    [link] = story.links
    features = {f.name: f for f in link.features}
    assert (link.left, link.right) == ("a", "b") and link.score > 0
    assert "Tarmiyah" in features["places"].detail and "14" in features["numbers"].detail
    assert "wedding" in features["headline"].detail


@pytest.mark.parametrize("leads, together", [
    # one outlet's tagger misses the town its headline writes: the lead still names the place
    ([lead("a", "Shelling kills 6 in Oltenburg\nArtillery hit the Oltenburg bus depot at dawn.", "2022-03-04",
           ("Oltenburg", "GPE")),
      lead("b", "Bus depot shelled in Oltenburg\nSix drivers died when shells fell on the depot.", "2022-03-04")],
     [["a", "b"]]),
    # a word that names no place anywhere is only a word
    ([lead("a", "Shelling kills 6 at depot\nArtillery hit the bus depot at dawn.", "2022-03-04"),
      lead("b", "Depot workers strike over pay\nDrivers walked out at the depot.", "2022-03-04")],
     []),
])
def test_a_lead_names_the_places_it_writes(leads, together):
    entities = [entity(l.doc_id, e.split(":", 1)[1], "GPE") for l in leads for e in l.entities]
    assert [list(s.members) for s in find_stories(leads, entities, canonical(entities))] == together


def test_a_story_is_told_on_its_members_full_days():
    """A member dated only by a month far from the others (a wrong inferred year) does not make
    the story begin then."""
    leads = [lead("a", "Ferry sinks off Kessa island, 30 missing\nThe ferry capsized near Kessa.", "2019-08-10",
                  ("Kessa", "GPE")),
             lead("b", "Kessa ferry: 30 missing after capsizing\nDivers searched off Kessa.", "2019-08-11",
                  ("Kessa", "GPE")),
             lead("c", "Divers search for 30 missing from Kessa ferry\nThe ferry capsized.", "2016-02",
                  ("Kessa", "GPE"))]
    entities = [entity(l.doc_id, "Kessa", "GPE") for l in leads]
    [story] = find_stories(leads, entities, canonical(entities))
    assert len(story.members) == 3
    assert (story.first_published, story.last_published) == ("2019-08-10", "2019-08-11")


@pytest.mark.parametrize("sentences, title, lead", [
    # the title, a by-line, a date line and a link before the lead are passed over
    (["Rebels seize border crossing at Velmar", "By Staff Reporter", "Posted : Monday, 4 March, 2019, 7:10am",
      "https://news.example.org/p/2Xk9q", "Rebel fighters took the Velmar border crossing before dawn on Monday.",
      "Traffic was turned back on both sides of the frontier."], "Rebels seize border crossing at Velmar", [4, 5]),
    # a page that opens with its menu: the menu items, the repeated title and a link are no lead
    (["1.", "Skip to main menu", "Skip to more sites", "Drought empties the northern wells", "May 2, 2020",
      "https://news.example.org/p/2Xk9q", "Herders in the north say the wells their villages rely on ran dry in April.",
      "Image: agency photo", "Aid groups have begun trucking water to the worst hit districts."],
     "Drought empties the northern wells", [6, 8]),
    # an opening of prose is kept as written, its headline and a short line too
    ([f"Line {n} of the report tells what the mayor said today." for n in range(8)], "Mayor speaks",
     [0, 1, 2, 3]),
    (["Mayor speaks", "Line one of the report tells what the mayor said.", "By Staff Reporter",
      "Line two of the report tells what the mayor said."], None, [0, 1, 2, 3]),
])
def test_a_lead_is_the_first_lines_of_prose_under_the_title(sentences, title, lead):
    assert lead_sentences(sentences, title) == lead
