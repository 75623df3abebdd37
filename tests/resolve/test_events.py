"""Event coreference: which reports become one event, and the figures the event keeps."""
from __future__ import annotations

from dataclasses import replace

import pytest

from claimgraph.model import CanonicalEntity, Evidence, Relation, Report, Story
from claimgraph.resolve.event_dates import date_span
from claimgraph.resolve.events import resolve_events, source_key
from claimgraph.resolve.places import PlaceHierarchy

DOCS = {d: source_key(o, None, d) for d, o in
        [("a", "Wire One"), ("b", "Daily Two"), ("c", "wire one")]}


def report(rid, doc, type_="ASSAULT", date=None, precision="day", location=None, actors=(), targets=(),
           killed=None, modality="occurred", relation=None, refers_back=False, at=0, date_end=None):
    """A report whose trigger sits at character `at`, in sentence number `at`."""
    return Report(rid, doc, type_, Evidence(doc, at, at + 5, "sentence", sentence_index=at), date=date,
                  date_precision=precision if date else None, location=location, actors=tuple(actors),
                  targets=tuple(targets), killed=killed, modality=modality,
                  date_relation=relation or ("on" if date else None), refers_back=refers_back, date_end=date_end)


def groups(events):
    return sorted(sorted(e.reports) for e in events)


@pytest.mark.parametrize("reports, expected", [
    # Same place, same day, different documents: one event.
    ([report("1", "a", date="2020-01-05", location="camp"), report("2", "b", date="2020-01-05", location="camp")],
     [["1", "2"]]),
    # Day inside a month precision date: compatible.
    ([report("1", "a", date="2020-01-05", location="camp"), report("2", "b", date="2020-01", precision="month", location="camp")],
     [["1", "2"]]),
    # Different days at one place: two attacks.
    ([report("1", "a", date="2020-01-05", location="camp"), report("2", "b", date="2020-02-09", location="camp")],
     [["1"], ["2"]]),
    # Different types never merge.
    ([report("1", "a", date="2020-01-05", location="camp"), report("2", "b", "CONSULT", date="2020-01-05", location="camp")],
     [["1"], ["2"]]),
    # A denial and an assertion are claims about one happening; a plan is another event.
    ([report("1", "a", date="2020-01-05", location="camp"), report("2", "b", date="2020-01-05", location="camp", modality="denied"),
      report("3", "b", date="2020-01-05", location="camp", modality="planned")],
     [["1", "2"], ["3"]]),
    # An undated report in the same document with a shared participant joins the dated event.
    ([report("1", "a", date="2020-01-05", location="camp", actors=["army"]), report("2", "a", actors=["army"])],
     [["1", "2"]]),
    # An undated report in another document needs the same place.
    ([report("1", "a", date="2020-01-05", actors=["army"]), report("2", "b", actors=["army"])],
     [["1"], ["2"]]),
    # Nothing shared: apart.
    ([report("1", "a", date="2020-01-05", actors=["army"]), report("2", "b", date="2020-01-05", actors=["police"])],
     [["1"], ["2"]]),
    # An undated report cannot bridge two differently dated events.
    ([report("1", "a", date="2020-01-05", location="camp"), report("2", "a", location="camp"),
      report("3", "a", date="2020-03-01", location="camp")],
     [["1", "2"], ["3"]]),
    # "The paper wrote on Jan 9 that the camp was shelled": it happened by then, so it can be
    # the shelling of Jan 5 reported elsewhere; an own date of Jan 9 could not.
    ([report("1", "a", date="2020-01-05", location="camp", actors=["army"]),
      report("2", "b", date="2020-01-09", relation="by", location="camp", actors=["army"])],
     [["1", "2"]]),
    ([report("1", "a", date="2020-01-05", location="camp", actors=["army"]),
      report("2", "b", date="2020-01-09", location="camp", actors=["army"])],
     [["1"], ["2"]]),
    # "The bombing, which happened on May 3": a definite description naming no one is the
    # nearest earlier report of its kind; the same sentence without "the" is another event.
    ([report("1", "a", location="camp", at=1), report("2", "a", date="2020-05-03", refers_back=True, at=2)],
     [["1", "2"]]),
    ([report("1", "a", location="camp", at=1), report("2", "a", date="2020-05-03", at=2)],
     [["1"], ["2"]]),
    # "at the talks in the capital": a definite description stating only a place is the nearest
    # earlier report of its kind too, before any report sharing that place.
    ([report("1", "a", "CONSULT", actors=["envoy"], at=1), report("2", "a", "CONSULT", location="camp", refers_back=True, at=2),
      report("3", "b", "CONSULT", location="camp", at=1)],
     [["1", "2"], ["3"]]),
    # "no such raid took place" disputes the attack the article leads with, not the nearest.
    ([report("1", "a", location="camp", at=1), report("2", "a", location="town", at=2),
      report("3", "a", modality="denied", refers_back=True, at=3)],
     [["1", "3"], ["2"]]),
    # "last week" is a run of days, as wide as the writer meant: no day's slack beyond it.
    ([report("1", "a", "CONSULT", date="2020-05-04", date_end="2020-05-10", at=1),
      report("2", "a", "CONSULT", date="2020-05-12", at=2)],
     [["1"], ["2"]]),
    # "the May 3 massacre" is the report told on that day, not the nearest one.
    ([report("1", "a", date="2020-05-03", at=1), report("2", "a", location="town", at=2),
      report("3", "a", date="2020-05-03", refers_back=True, at=3)],
     [["1", "3"], ["2"]]),
    # "after the March 2 raid", naming no one: the one event elsewhere on that day...
    ([report("1", "a", date="2020-02", precision="month", location="camp", actors=["militia"]),
      report("2", "b", date="2020-02-09")],
     [["1", "2"]]),
    # ... but not when two events could be it.
    ([report("1", "a", date="2020-02", precision="month", location="camp", actors=["militia"]),
      report("2", "c", date="2020-02-09", location="town", actors=["police"]),
      report("3", "b", date="2020-02-09")],
     [["1"], ["2"], ["3"]]),
    # a headline naming no one sums up the first report of its kind under it
    ([report("1", "a", at=0), report("2", "a", location="town", actors=["army"], at=1),
      report("3", "a", location="camp", actors=["police"], at=2)],
     [["1", "2"], ["3"]]),
    # "X struck Y" and "Y struck X" in one article: a participant in swapped roles is not shared...
    ([report("1", "a", actors=["army"], targets=["rebels"]), report("2", "a", actors=["rebels"], targets=["army"])],
     [["1"], ["2"]]),
    # ... but the same actor is
    ([report("1", "a", actors=["army"], targets=["rebels"]), report("2", "a", actors=["army", "rebels"])],
     [["1", "2"]]),
])
def test_which_reports_are_one_event(reports, expected):
    assert groups(resolve_events(reports, {}, DOCS)) == expected


@pytest.mark.parametrize("reports, expected", [
    # undated, "67 people were killed" in a siege of a mall recalled and "50 people" killed in
    # the town the article is about: unnamed victims in common are no evidence of one killing
    ([report("1", "a", targets=["people"], location="mall", at=5),
      report("2", "a", targets=["people"], location="town", at=9)], [["1"], ["2"]]),
    # ... in one place they are
    ([report("1", "a", targets=["people"], location="town", at=5),
      report("2", "a", targets=["people"], location="town", at=9)], [["1", "2"]]),
    # ... and so is a named participant in common
    ([report("1", "a", actors=["militia"], targets=["people"], location="mall", at=5),
      report("2", "a", actors=["militia"], targets=["people"], location="town", at=9)], [["1", "2"]]),
])
def test_undated_reports_sharing_only_unnamed_groups_are_apart(reports, expected):
    story = Story("s", ("a", "b"), first_published="2021-06-02")
    assert groups(resolve_events(reports, {}, DOCS, stories=[story], unnamed=frozenset({"people"}))) == expected


def test_a_description_naming_only_unnamed_groups_refers_back():
    # "Jets struck rebel positions. ... the strikes killed 90 fighters."
    strikes = report("1", "a", location="town", actors=["air force"], at=1)
    killing = report("2", "a", targets=["fighters"], refers_back=True, killed=90, at=2)
    assert groups(resolve_events([strikes, killing], {}, DOCS, unnamed=frozenset({"fighters"}))) == [["1", "2"]]
    # a named target is compared as any participant is: nothing shared, apart
    assert groups(resolve_events([strikes, killing], {}, DOCS)) == [["1"], ["2"]]


def describing(r):
    """A definite description whose own words name no participant but places (extraction's rule)."""
    return replace(r, refers_back=True, rules=("report:definite_description", "report:describes_no_participant"))


PROVINCE = [Relation("r1", "a", "village", "located_in", Evidence("a", 0, 5, "x"), object="province")]


@pytest.mark.parametrize("reports, expected", [
    # "The defence ministry confirmed the 3 a.m. raid": the ministry is named by the verb, not the
    # description; without the extraction's rule, a named participant is compared as any is
    ([report("1", "a", location="village", actors=["gunmen"], at=1),
      describing(report("2", "a", actors=["ministry"], at=4))],
     [["1", "2"]]),
    ([report("1", "a", location="village", actors=["gunmen"], at=1),
      report("2", "a", actors=["ministry"], refers_back=True, at=4)],
     [["1"], ["2"]]),
    # "the raid in the province": a place fitting the lead's by the hierarchy...
    ([report("1", "a", location="village", actors=["gunmen"], at=1),
      describing(report("2", "a", location="province", targets=["province"], at=4))],
     [["1", "2"]]),
    # ... but not one the hierarchy puts elsewhere, nor a date clearly of another day
    ([report("1", "a", location="village", actors=["gunmen"], at=1),
      describing(report("2", "a", location="capital", targets=["capital"], at=4))],
     [["1"], ["2"]]),
    ([report("1", "a", date="2021-06-01", location="village", actors=["gunmen"], at=1),
      describing(report("2", "a", date="2021-05-20", at=4))],
     [["1"], ["2"]]),
    # "the second raid", "the latest raid": another incident
    ([report("1", "a", location="village", actors=["gunmen"], at=1),
      replace(describing(report("2", "a", at=4)), rules=("report:describes_no_participant", "report:says_another"))],
     [["1"], ["2"]]),
    # "the death count may climb after the raid": the raid told as fact, not a possible one
    ([report("1", "a", location="village", actors=["gunmen"], at=1),
      describing(report("2", "a", modality="possible", at=4))],
     [["1", "2"]]),
    # "the rebels planned the raid" after "the rebels plan a raid": the plan told before
    ([report("1", "a", location="village", actors=["gunmen"], at=1),
      report("2", "a", modality="planned", location="town", actors=["rebels"], at=2),
      describing(report("3", "a", modality="planned", at=4))],
     [["1"], ["2", "3"]]),
    # a possible event told by an indefinite ("an attack could follow"): no presupposition
    ([report("1", "a", location="village", actors=["gunmen"], at=1),
      report("2", "a", modality="possible", at=4)],
     [["1"], ["2"]]),
])
def test_a_description_naming_only_places_in_its_own_words_refers_back(reports, expected):
    hierarchy = PlaceHierarchy(PROVINCE, {})
    assert groups(resolve_events(reports, {}, DOCS, hierarchy)) == expected


def test_places_inside_one_another_are_compatible_and_the_most_specific_is_kept():
    hierarchy = PlaceHierarchy([Relation("r", "a", "camp", "located_in", Evidence("a", 0, 1, "s"), object="province")], {})
    reports = [report("1", "a", date="2020-01-05", location="camp", actors=["army"]),
               report("2", "b", date="2020-01-05", location="province", actors=["army"])]
    [event] = resolve_events(reports, {}, DOCS, hierarchy)
    assert event.location == "camp" and event.reports == ("1", "2")


def test_event_figures_and_independent_sources():
    reports = [report("1", "a", date="2020-01-05", location="camp", killed=44),
               report("2", "b", date="2020-01-05", location="camp", killed=52),
               report("3", "c", date="2020-01-05", location="camp", killed=52)]
    [event] = resolve_events(reports, {}, DOCS)
    assert event.killed == 52                      # most reported figure
    assert event.sources == 2                      # "Wire One" and "wire one" are one outlet


def test_ids_and_grouping_do_not_depend_on_input_order():
    reports = [report(str(i), "ab"[i % 2], date="2020-01-05", location="camp") for i in range(6)]
    assert resolve_events(reports, {}, DOCS) == resolve_events(list(reversed(reports)), {}, DOCS)


@pytest.mark.parametrize("date, precision, first, last", [
    ("2020-02-10", "day", "2020-02-10", "2020-02-10"),
    ("2020-02", "month", "2020-02-01", "2020-02-29"),
    ("2020-02-01", "month", "2020-02-01", "2020-02-29"),
    ("2019", None, "2019-01-01", "2019-12-31"),
])
def test_date_span(date, precision, first, last):
    span = date_span(date, precision)
    assert (span[0].isoformat(), span[1].isoformat()) == (first, last)


def test_source_key_prefers_outlet_then_site():
    assert source_key(None, "https://www.example.org/a", "x") == "example"
    assert source_key("Daily Example", None, "x", agency="Wire") == "wire"
    assert source_key(None, None, "x") == "x"


def test_an_event_naming_no_one_happens_in_the_setting_of_the_one_told_just_before():
    """"The town was shelled on May 3. Gunmen also abducted four engineers." """
    reports = [report("1", "a", date="2020-05-03", location="camp", actors=["army"], at=1),
               report("2", "a", type_="COERCE", at=2),
               report("3", "a", type_="REQUEST", at=9)]
    events = {e.reports: e for e in resolve_events(reports, {}, DOCS)}
    assert (events[("2",)].location, events[("2",)].date) == ("camp", "2020-05-03")
    assert (events[("3",)].location, events[("3",)].date) == (None, None)   # sentences apart


def test_the_events_own_date_beats_the_day_it_was_reported():
    reports = [report("1", "a", date="2020-01-09", relation="by", location="camp", actors=["army"]),
               report("2", "b", date="2020-01-05", location="camp", actors=["army"])]
    [event] = resolve_events(reports, {}, DOCS)
    assert event.date == "2020-01-05"


def test_a_block_too_large_to_compare_is_compared_month_by_month(monkeypatch):
    """A big actor named in every report: its reports still meet the ones of their month."""
    monkeypatch.setattr("claimgraph.resolve.events.MAX_BLOCK", 3)
    reports = [report(f"m{i}", f"d{i}", date=f"20{10 + i}-05-03", actors=["army"]) for i in range(5)]
    reports += [report("x", "other", date="2014-05-03", actors=["army"])]
    grouped = groups(resolve_events(reports, {}, {}))
    assert ["m4", "x"] in grouped and len(grouped) == 5


def trigger(r, word):
    return replace(r, trigger=word)


STORY = Story("s", ("a", "b", "c"))


@pytest.mark.parametrize("reports, expected", [
    # each outlet's lead, undated, naming no one in common, tolls differing: one incident
    ([report("1", "a", killed=12, at=0), report("2", "b", killed=17, at=1, location="market"),
      report("3", "c", killed=9, at=2, actors=["militia"])],
     [["1", "2", "3"]]),
    # an earlier attack recalled with its own date stays apart from the dated lead
    ([report("1", "a", date="2021-06-02", at=0), report("2", "b", at=1),
      report("3", "b", date="2019-03-01", at=9, location="market")],
     [["1", "2"], ["3"]]),
    # leads using one word for it are linked word to word: "the attack" with "the attack"
    ([trigger(report("1", "a", at=0, actors=["police"]), "shot"), trigger(report("2", "a", at=1), "attack"),
      trigger(report("3", "b", at=0, targets=["police"]), "captured"), trigger(report("4", "b", at=1), "attacked")],
     [["1"], ["2", "4"], ["3"]]),
    # the pirates' attack and the navy's capture of the pirates are not one event
    ([report("1", "a", at=0, actors=["pirates"]), report("2", "b", at=0, actors=["navy"], targets=["pirates"])],
     [["1"], ["2"]]),
    # planned and occurred are different kinds, even in a story's leads
    ([report("1", "a", at=0), report("2", "b", at=0, modality="planned")],
     [["1"], ["2"]]),
])
def test_a_storys_lead_events_are_one(reports, expected):
    assert groups(resolve_events(reports, {}, DOCS, stories=[STORY])) == expected


def test_without_a_story_undated_leads_stay_apart():
    reports = [report("1", "a", killed=12, at=0), report("2", "b", killed=17, at=1, location="market")]
    assert groups(resolve_events(reports, {}, DOCS)) == [["1"], ["2"]]


@pytest.mark.parametrize("other", [
    # a second car bomb a week later, in a follow-up's lead
    report("3", "c", at=0, date="2021-06-09", location="checkpoint"),
    # the war's first attack, recalled in a lead with its own date
    report("3", "c", at=2, date="2019-03-01", location="market"),
])
def test_a_lead_event_dated_outside_the_storys_days_is_another_incident(other):
    story = Story("s", ("a", "b", "c"), first_published="2021-06-02")
    reports = [report("1", "a", at=0, killed=12), report("2", "b", at=1, killed=17), other]
    assert groups(resolve_events(reports, {}, DOCS, stories=[story])) == [["1", "2"], ["3"]]


@pytest.mark.parametrize("reports, stories, date", [
    # the date the leads give beats the one a background paragraph gives more often
    ([report("1", "a", date="2021-06-01", actors=["army"], at=0),
      report("2", "b", date="2021-06-02", actors=["army"], at=9), report("3", "b", date="2021-06-02", actors=["army"], at=10)],
     [], "2021-06-01"),
    # among the leads, the date most documents give
    ([report("1", "a", date="2021-06-01", actors=["army"], at=0), report("2", "a", date="2021-06-01", actors=["army"], at=1),
      report("3", "b", date="2021-06-02", actors=["army"], at=0), report("4", "c", date="2021-06-02", actors=["army"], at=1)],
     [], "2021-06-02"),
    # inside a story, a date in the days it was told beats an outlet's wrong year
    ([report("1", "a", date="2021-06-02", relation="by", actors=["army"], at=0),
      report("2", "b", date="2019-06-01", actors=["army"], at=1)],
     [Story("s", ("a", "b"), first_published="2021-06-02")], "2021-06-02"),
])
def test_a_merged_event_takes_its_leads_date(reports, stories, date):
    [event] = resolve_events(reports, {}, DOCS, stories=stories)
    assert event.date == date


PEOPLE = [CanonicalEntity("diallo", "Diallo", "PERSON"), CanonicalEntity("amara-diallo", "Amara Diallo", "PERSON"),
          CanonicalEntity("gov", "government", "GROUP"), CanonicalEntity("Gov", "Government", "GROUP"),
          CanonicalEntity("rebels", "rebels", "GROUP")]


@pytest.mark.parametrize("reports, stories, expected", [
    # two outlets' statements of one speaker, one naming him in full: one event inside a story
    ([report("1", "a", "ACCUSE", actors=["diallo"], at=9), report("2", "b", "ACCUSE", actors=["amara-diallo"], at=12)],
     [STORY], [["1", "2"]]),
    # "the government" and "the Government", the rebels' target in both
    ([report("1", "a", "ACCUSE", actors=["rebels"], targets=["gov"], at=9),
      report("2", "b", "ACCUSE", targets=["Gov"], at=11)],
     [STORY], [["1", "2"]]),
    # outside a story a name alike proves nothing
    ([report("1", "a", "ACCUSE", actors=["diallo"], at=9), report("2", "b", "ACCUSE", actors=["amara-diallo"], at=12)],
     [], [["1"], ["2"]]),
    # the government blaming the rebels and the rebels blaming the government: two statements
    ([report("1", "a", "ACCUSE", actors=["gov"], targets=["rebels"], at=9),
      report("2", "b", "ACCUSE", actors=["rebels"], targets=["Gov"], at=11)],
     [STORY], [["1"], ["2"]]),
])
def test_inside_a_story_participants_named_alike_are_one(reports, stories, expected):
    assert groups(resolve_events(reports, {}, DOCS, stories=stories, canonicals=PEOPLE)) == expected


@pytest.mark.parametrize("later, expected", [
    # "the shell hit the waiting room", told under the lead: the lead's incident
    (report("2", "a", at=11), [["1", "2", "3"]]),
    # several of the dead had been shot (unnamed victims): the lead's incident
    (report("2", "a", at=11, targets=["victims"]), [["1", "2", "3"]]),
    # "in a separate attack, two guards were killed"
    (replace(report("2", "a", at=11), rules=("report:says_another",)), [["1", "3"], ["2"]]),
    # a place of its own: another incident, maybe
    (report("2", "a", at=11, location="port"), [["1", "3"], ["2"]]),
    # an attack with its own, other date
    (report("2", "a", at=11, date="2021-03-01"), [["1", "3"], ["2"]]),
    # "police said a car bomb went off outside the Palm Hotel": a site no document places
    (report("2", "a", at=11, location="hotel", targets=["hotel"]), [["1", "2", "3"]]),
    # ... but a site told with a date of its own ("last year's siege of the Palm Hotel"), or a
    # village no document places, may be another incident's
    (report("2", "a", at=11, location="hotel", targets=["hotel"], date="2020-09", precision="month"),
     [["1", "3"], ["2"]]),
    (report("2", "a", at=11, location="village", targets=["village"]), [["1", "3"], ["2"]]),
])
def test_a_killing_naming_no_one_under_a_story_lead_is_the_leads_incident(later, expected):
    story = Story("s", ("a", "b"), first_published="2021-06-02")
    lead = report("1", "a", at=0, actors=["militia"], location="market")
    reports = [lead, later, report("3", "b", at=0, actors=["militia"], location="market", date="2021-06-01")]
    places = [CanonicalEntity("hotel", "Palm Hotel", "FAC"), CanonicalEntity("village", "Dembo", "GPE")]
    assert groups(resolve_events(reports, {}, DOCS, stories=[story], unnamed=frozenset({"victims"}),
                                 canonicals=places)) == expected


def test_inside_a_story_a_village_no_document_places_fits_its_province():
    hierarchy = PlaceHierarchy([Relation("r", "d", "province", "located_in", Evidence("d", 0, 5, "text"),
                                         object="country")], {})
    story = Story("s", ("a", "b"), first_published="2021-06-02")
    reports = [report("1", "a", at=9, targets=["villagers"], location="village"),
               report("2", "b", at=11, targets=["villagers"], location="province")]
    assert groups(resolve_events(reports, {}, DOCS, hierarchy, stories=[story])) == [["1", "2"]]
    # outside a story, the same two places are no evidence of one incident
    assert groups(resolve_events(reports, {}, DOCS, hierarchy)) == [["1"], ["2"]]


HEADED = [CanonicalEntity("coalition", "coalition", "GROUP"), CanonicalEntity("gulf-coalition", "Gulf-led coalition", "ORG"),
          CanonicalEntity("northern-coalition", "Northern coalition", "ORG")]


@pytest.mark.parametrize("reports, expected", [
    # "the coalition denied ..." in one outlet, "the Gulf-led coalition denied ..." in another
    ([report("1", "a", "REJECT", actors=["gulf-coalition"], at=0, date="2021-06-02"),
      report("2", "b", "REJECT", actors=["coalition"], at=9, date="2021-06-02")],
     [["1", "2"]]),
    # two coalitions named in the story: "the coalition" is neither
    ([report("1", "a", "REJECT", actors=["gulf-coalition"], at=0, date="2021-06-02"),
      report("2", "b", "REJECT", actors=["coalition"], at=9, date="2021-06-02"),
      report("3", "c", "ACCUSE", actors=["northern-coalition"], targets=["gulf-coalition"], at=9, date="2021-06-02")],
     [["1"], ["2"], ["3"]]),
])
def test_inside_a_story_an_unnamed_group_is_the_one_name_it_heads(reports, expected):
    assert groups(resolve_events(reports, {}, DOCS, stories=[STORY], canonicals=HEADED)) == expected


MINISTRIES = [CanonicalEntity("interior", "interior ministry", "GROUP"), CanonicalEntity("defence", "defence ministry", "GROUP"),
              CanonicalEntity("armour", "armoured brigade", "GROUP"),
              CanonicalEntity("peru-defense", "Peruvian Defense Ministry", "ORG"),
              CanonicalEntity("bolivia-defence", "Bolivian Defence Ministry", "ORG"),
              CanonicalEntity("ninth-armored", "Ninth Armored Brigade", "GROUP"),
              CanonicalEntity("peru-interior", "Peruvian Interior Ministry", "ORG")]


@pytest.mark.parametrize("named, unnamed, expected", [
    # "the interior ministry denied ..." in one outlet, "the Peruvian Interior Ministry denied ..."
    (["peru-interior"], "interior", [["1", "2"]]),
    # one outlet's British spelling, another's American: "the defence ministry", "Defense Ministry"
    (["peru-defense"], "defence", [["1", "2"]]),
    # a longer unnamed group's name is a name too: "the armoured brigade", "the Ninth Armored Brigade"
    (["ninth-armored"], "armour", [["1", "2"]]),
    # two defence ministries named in the story: "the defence ministry" is neither
    (["peru-defense", "bolivia-defence"], "defence", [["1"], ["2"], ["3"]]),
    # a ministry of another name is another speaker
    (["peru-defense"], "interior", [["1"], ["2"]]),
])
def test_inside_a_story_an_unnamed_group_of_several_words_is_the_one_name_it_ends(named, unnamed, expected):
    reports = [report(str(n), "abc"[i], "REJECT", actors=[e], at=i and 9, date="2019-11-20")
               for n, i, e in ((1, 0, named[0]), (2, 1, unnamed), *((3, 2, e) for e in named[1:]))]
    groups_ = groups(resolve_events(reports, {}, DOCS, stories=[STORY], canonicals=MINISTRIES,
                                    unnamed=frozenset({"interior", "defence", "armour", "ninth-armored"})))
    assert groups_ == expected


def test_a_denial_by_an_unnamed_speaker_under_a_story_lead_is_the_leads():
    """"The aid agency denies militants fired from its clinic" leads; "but the agency denied
    this" further down is that denial, while a named speaker's denial stays its own."""
    story = Story("s", ("a", "b"), first_published="2021-06-02")
    reports = [report("1", "a", "REJECT", at=0, actors=["relief-agency"]), report("2", "a", "REJECT", at=12, actors=["agency"]),
               report("3", "a", "REJECT", at=14, actors=["governor"]), report("4", "b", "REJECT", at=0, actors=["relief-agency"])]
    assert groups(resolve_events(reports, {}, DOCS, stories=[story], unnamed=frozenset({"agency"}))) == [
        ["1", "2", "4"], ["3"]]


@pytest.mark.parametrize("written, expected", [
    # "on 30 May", put a year back by a page dated from a wrong clue: the story's May 30
    ("30 May", [["1", "2"]]),
    # "on 30 May 2020": the year is written, another incident
    ("30 May 2020", [["1"], ["2"]]),
])
def test_a_day_written_without_its_year_is_read_in_the_storys_year(written, expected):
    story = Story("s", ("a", "b"), first_published="2021-06-02")
    reports = [report("1", "a", at=0, actors=["militia"], date="2021-05-30"),
               replace(report("2", "b", at=9, actors=["militia"], date="2020-05-30"), date_text=written)]
    assert groups(resolve_events(reports, {}, DOCS, stories=[story])) == expected


SPEAKERS = [CanonicalEntity("mali", "Mali", "GPE"), CanonicalEntity("mod", "Malian defence ministry", "GROUP"),
            CanonicalEntity("chad", "Chad", "GPE"), CanonicalEntity("army", "Chad's army", "GROUP"),
            CanonicalEntity("niger", "Niger", "GPE"), CanonicalEntity("front", "Azawad Front", "ORG"),
            CanonicalEntity("chief", "Bilal Ag Cherif", "PERSON"), CanonicalEntity("bamako", "Bamako", "GPE"),
            CanonicalEntity("officials", "officials", "GROUP")]
LEADS_FRONT = Relation("r", "b", "chief", "leader_of", Evidence("b", 0, 5, "sentence"), object="front")
PRESIDENT = CanonicalEntity("president", "Idriss Kaba", "PERSON")


@pytest.mark.parametrize("reports, stories, expected", [
    # "Mali denied the raid" under the headline "Malian defence ministry denies claims from
    # Bamako": one speaker's denial, the place the claims came from told or not
    ([report("1", "a", "REJECT", actors=["mali"], at=0),
      report("2", "a", "REJECT", actors=["mod"], location="bamako", at=3)], [], [["1", "2"]]),
    # "Chad's army" speaks for Chad too, with a target one report names and the other does not
    ([report("1", "a", "ACCUSE", actors=["army"], targets=["front"], at=1),
      report("2", "a", "ACCUSE", actors=["chad"], at=4)], [], [["1", "2"]]),
    # two states blaming one group in one article: two statements, their target shared or not
    ([report("1", "a", "ACCUSE", actors=["chad"], targets=["front"], at=1),
      report("2", "a", "ACCUSE", actors=["niger"], targets=["front"], at=4)], [], [["1"], ["2"]]),
    # an unnamed speaker ("officials") is no other speaker
    ([report("1", "a", "ACCUSE", actors=["chad"], targets=["front"], at=1),
      report("2", "a", "ACCUSE", actors=["officials"], targets=["front"], at=4)], [], [["1", "2"]]),
    # the front's leader speaks for the front, in another outlet of the story
    ([report("1", "a", "REJECT", actors=["front"], at=2), report("2", "b", "REJECT", actors=["chief"], at=9)],
     [STORY], [["1", "2"]]),
    # ... but two outlets' undated statements outside a story share nothing by it
    ([report("1", "a", "REJECT", actors=["front"], at=2), report("2", "b", "REJECT", actors=["chief"], at=9)],
     [], [["1"], ["2"]]),
    # two states' denials further down two outlets' articles: two denials
    ([report("1", "a", "REJECT", actors=["mali"], targets=["front"], at=10),
      report("2", "b", "REJECT", actors=["chad"], targets=["front"], at=12)], [STORY], [["1"], ["2"]]),
    ([report("1", "a", "REJECT", actors=["army"], at=10), report("2", "b", "REJECT", actors=["chad"], at=12)],
     [STORY], [["1", "2"]]),
    # a state and its organ attacking are compared as any participants are: not one by speech
    ([report("1", "a", actors=["mali"], at=1), report("2", "a", actors=["mod"], at=4)], [], [["1"], ["2"]]),
])
def test_an_articles_or_storys_statements_of_one_speaker_are_one(reports, stories, expected):
    assert groups(resolve_events(reports, {}, DOCS, stories=stories, canonicals=SPEAKERS,
                                 relations=[LEADS_FRONT], unnamed=frozenset({"officials"}))) == expected


@pytest.mark.parametrize("role, speaks_for_chad", [
    ("President of Chad", True), ("Chadian president", True), ("head of the Azawad Front", False),
    ("President", False), ("President of Niger", False),
])
def test_a_person_speaks_for_the_body_the_role_names(role, speaks_for_chad):
    # "Chad denied the raid" and, in the article's second paragraph, "President of Chad Idriss
    # Kaba denied it"
    holds = Relation("r", "a", "president", "role", Evidence("a", 0, 5, "sentence"), value=role)
    reports = [report("1", "a", "REJECT", actors=["chad"], at=0), report("2", "a", "REJECT", actors=["president"], at=2)]
    events = resolve_events(reports, {}, DOCS, canonicals=SPEAKERS + [PRESIDENT], relations=[holds])
    assert groups(events) == ([["1", "2"]] if speaks_for_chad else [["1"], ["2"]])


SPOKESMAN = CanonicalEntity("varga", "Tomas Varga", "PERSON")


@pytest.mark.parametrize("role, sentence, expected", [
    # "The government firmly rejects the findings, spokesman Tomas Varga said" and then "He said
    # the casualty figures were invented": the spokesman's denial is the government's
    ("spokesman", 3, [["1", "2"]]),
    ("spokeswoman for the prime minister's office", 3, [["1", "2"]]),
    # a title that speaks for no one (a reporter's credit) ties no one to the government
    ("correspondent", 3, [["1"], ["2"]]),
    # a spokesman named in another sentence than the government's statement is not its voice there
    ("spokesman", 7, [["1"], ["2"]]),
])
def test_a_person_quoted_with_a_speaking_title_saying_a_bodys_statement_speaks_for_it(role, sentence, expected):
    holds = Relation("r", "a", "varga", "role", Evidence("a", 40, 52, "sentence", sentence_index=sentence), value=role)
    reports = [report("1", "a", "REJECT", actors=["government"], at=3), report("2", "a", "REJECT", actors=["varga"], at=5)]
    events = resolve_events(reports, {}, DOCS, canonicals=[CanonicalEntity("government", "government", "GROUP"), SPOKESMAN],
                            relations=[holds], unnamed=frozenset({"government"}))
    assert groups(events) == expected


@pytest.mark.parametrize("reports, expected, told", [
    # "Mali rejects claims the army shelled the market" over "the Malian defence ministry blamed
    # the front": one position, told as the kind most of its reports give
    ([report("1", "a", "REJECT", actors=["mali"], at=0), report("2", "a", "ACCUSE", actors=["mod"], targets=["front"], at=2),
      report("3", "a", "ACCUSE", actors=["mali"], targets=["front"], at=5)], [["1", "2", "3"]], "ACCUSE"),
    # ... on a tie, as the article first tells it
    ([report("1", "a", "ACCUSE", actors=["mod"], targets=["front"], at=2), report("2", "a", "REJECT", actors=["mali"], at=0)],
     [["1", "2"]], "REJECT"),
    # one sentence telling both ("denied the charge and accused the front"): two acts
    ([report("1", "a", "REJECT", actors=["mali"], at=3), report("2", "a", "ACCUSE", actors=["mali"], targets=["front"], at=3)],
     [["1"], ["2"]], None),
    # two outlets: each its own statement of its kind
    ([report("1", "a", "REJECT", actors=["mali"], at=0), report("2", "b", "ACCUSE", actors=["mali"], targets=["front"], at=2)],
     [["1"], ["2"]], None),
    # two speakers: two positions
    ([report("1", "a", "REJECT", actors=["mali"], at=0), report("2", "a", "ACCUSE", actors=["chad"], targets=["front"], at=2)],
     [["1"], ["2"]], None),
    # a demand is no position on who did it
    ([report("1", "a", "REJECT", actors=["mali"], at=0), report("2", "a", "REQUEST", actors=["mali"], at=2)],
     [["1"], ["2"]], None),
    # a denial and a blame the article plans or threatens are of another modality
    ([report("1", "a", "REJECT", actors=["mali"], at=0),
      report("2", "a", "ACCUSE", actors=["mali"], targets=["front"], modality="planned", at=2)], [["1"], ["2"]], None),
])
def test_one_speakers_denial_and_blame_in_one_article_are_one_position(reports, expected, told):
    events = resolve_events(reports, {}, DOCS, canonicals=SPEAKERS)
    assert groups(events) == expected
    assert told is None or [e.type for e in events] == [told]


TOWNS = PlaceHierarchy([Relation(f"r{town}", "a", town, "located_in", Evidence("a", 0, 5, "sentence"), object=state)
                        for town, state in (("gao", "mali"), ("agadez", "niger"))], {})


@pytest.mark.parametrize("reports, stories, expected", [
    # "Mali rejects claims that militants from Niger were behind the raid" (placed in Niger) over
    # "the Malian defence ministry blamed the front" (placed in Mali): one speaker's one position
    ([report("1", "a", "REJECT", actors=["mali"], location="niger", at=0),
      report("2", "a", "ACCUSE", actors=["mod"], targets=["front"], location="mali", at=2)], [], [["1", "2"]]),
    # two outlets of a story placing one speaker's denial in two towns: one denial
    ([report("1", "a", "REJECT", actors=["mali"], location="agadez", at=10),
      report("2", "b", "REJECT", actors=["mali"], location="gao", at=12)], [STORY], [["1", "2"]]),
    # ... but two speakers' denials, and one actor's attacks, placed apart stay apart
    ([report("1", "a", "REJECT", actors=["mali"], location="niger", at=0),
      report("2", "a", "ACCUSE", actors=["chad"], targets=["front"], location="mali", at=2)], [], [["1"], ["2"]]),
    ([report("1", "a", date="2021-05-02", actors=["mali"], location="agadez", at=10),
      report("2", "b", date="2021-05-02", actors=["mali"], location="gao", at=12)], [STORY], [["1"], ["2"]]),
])
def test_one_speakers_statements_fit_wherever_they_are_placed(reports, stories, expected):
    assert groups(resolve_events(reports, {}, DOCS, TOWNS, stories=stories, canonicals=SPEAKERS)) == expected


@pytest.mark.parametrize("others, stories, expected", [
    # "the front declared a truce in May" and, in another outlet of the story, "negotiators in
    # Bamako committed in May to a truce", its speaker untold: one statement
    ([report("1", "a", "AGREE", date="2021-05", precision="month", actors=["front"], at=13)],
     [Story("s", ("a", "b"), first_published="2021-06-02")], [["1", "9"]]),
    # outside a story the place alone ties it to nothing
    ([report("1", "a", "AGREE", date="2021-05", precision="month", actors=["front"], at=13)], [], [["1"], ["9"]]),
    # two speakers' truces that month: which one is untold
    ([report("1", "a", "AGREE", date="2021-05", precision="month", actors=["front"], at=13),
      report("2", "a", "AGREE", date="2021-05-20", actors=["chad"], at=16)],
     [Story("s", ("a", "b"), first_published="2021-06-02")], [["1"], ["2"], ["9"]]),
])
def test_a_storys_statement_naming_only_its_place_is_the_one_of_its_kind_that_month(others, stories, expected):
    untold = report("9", "b", "AGREE", date="2021-05", precision="month", location="bamako", at=14)
    assert groups(resolve_events(others + [untold], {}, DOCS, stories=stories, canonicals=SPEAKERS)) == expected


def another(r):
    """A report whose sentence says its event is another one ("in a new attack")."""
    return replace(r, rules=("report:says_another",))


@pytest.mark.parametrize("reports, expected", [
    # one outlet leads with a second attack, a day after the first the others lead with; it
    # recalls the first one, which the outlet leading with the first tells further down
    ([report("1", "a", at=0, actors=["militia"], killed=40),
      another(report("2", "b", at=0, actors=["militia"], killed=12)), report("3", "b", at=1, actors=["militia"]),
      report("4", "c", at=0, actors=["militia"]), another(report("5", "c", at=12, date="2021-06-02", killed=9)),
      another(report("6", "b", at=2, actors=["gunmen"], targets=["villagers"]))],
     [["1", "3", "4"], ["2", "5", "6"]]),
    # a lead saying its incident is another stays apart from the story's first incident
    ([report("1", "a", at=0, actors=["militia"]), another(report("2", "b", at=0, actors=["militia"])),
      report("3", "b", at=1, actors=["militia"])],
     [["1", "3"], ["2"]]),
    # "the attack" under a lead saying "a new attack" refers back to it
    ([report("1", "a", at=0, actors=["militia"]),
      another(report("2", "b", at=0, actors=["militia"], targets=["convoy"])), report("3", "b", at=1, actors=["militia"]),
      report("4", "b", at=9, actors=["militia"], targets=["convoy"], refers_back=True)],
     [["1", "3"], ["2", "4"]]),
    # leads that all say "a new attack" tell one incident
    ([another(report("1", "a", at=0, killed=12)), another(report("2", "b", at=1, killed=14))],
     [["1", "2"]]),
])
def test_inside_a_story_an_incident_said_to_be_another_is_told_apart(reports, expected):
    story = Story("s", ("a", "b", "c"), first_published="2021-06-02")
    assert groups(resolve_events(reports, {}, DOCS, stories=[story])) == expected


def test_outside_a_story_a_new_attack_and_its_account_are_one():
    reports = [another(report("1", "a", at=0, actors=["militia"], date="2021-06-01")),
               report("2", "a", at=3, actors=["militia"], date="2021-06-01")]
    assert groups(resolve_events(reports, {}, DOCS)) == [["1", "2"]]
