"""Which date an event takes: its own, the one of the clause carrying it, or the day it was reported."""
from __future__ import annotations

from dataclasses import replace

import pytest

from claimgraph.extract.stages import extract_reports
from tests.extract.helpers import parse_text


def report_of(nlp, text, trigger, published="2021-05-10"):
    parsed = parse_text(nlp, text)
    parsed = parsed.with_document(replace(parsed.document, published=published))
    found = [r for r in extract_reports(parsed) if r.trigger == trigger]
    assert found, [r.trigger for r in extract_reports(parsed)]
    return found[0]


@pytest.mark.parametrize("text, trigger, date, relation", [
    # Its own clause.
    ("Gunmen attacked the police station in Benghazi on May 3.", "attacked", "2021-05-03", "on"),
    # A noun's own date.
    ("The ministry closed the border crossing after the March 2 attack on its convoy.", "attack",
     "2021-03-02", "on"),
    # A verb inherits the date of the clause carrying it.
    ("The envoy was in Huambo on May 4 to meet the UNITA leader Jonas Savimbi.", "meet",
     "2021-05-04", "on"),
    # A speech verb's date: the killing happened on or before it.
    ("The agency Anadolu wrote on May 6 that the rebels had killed 12 soldiers in Homs.", "killed",
     "2021-05-06", "by"),
    # ... and so is the date of what carried the statement: a letter, a communique
    ("The rebels killed 12 soldiers in Homs, the army said in a statement issued on May 6.", "killed",
     "2021-05-06", "by"),
    ("The army said in a communique issued on May 7 that rebels had killed 12 soldiers in Homs.", "killed",
     "2021-05-07", "by"),
    ('"We killed 12 soldiers in Homs," the rebel commander wrote in a letter dated May 6.', "killed",
     "2021-05-06", "by"),
    # A date written on another event word is that event's alone: the expulsion has none of its
    # own, so the publication day bounds it.
    ("Two weeks after the March 2 attack, Kenya expelled the Somali ambassador.", "expelled",
     "2021-05-10", "published"),
    # A date in a clause of its own under the trigger's dates that clause.
    ("Over 900 people have been killed in Darfur since the militia took the town in June 2019.", "killed",
     "2021-05-10", "published"),
    ("Police said the raid carried out by the army on May 3 was lawful.", "raid", "2021-05-03", "on"),
    # a conjoined verb shares the date
    ("Nine soldiers were killed and 20 injured in the ambush on May 3 near Gao.", "killed", "2021-05-03", "on"),
    # Hours after another dated event: its day.
    ("Hours after the ambush on May 3, the army arrested twelve suspects in Gao.", "arrested", "2021-05-03", "on"),
    ("Weeks after the ambush on May 3, the army arrested twelve suspects in Gao.", "arrested", "2021-05-10",
     "published"),
    # A noun under another clause takes none of its dates.
    ("The envoy was in Ouagadougou on May 4 to talk with President Blaise Compaore about an attack on the embassy.",
     "attack", "2021-05-10", "published"),
])
def test_event_date(nlp, text, trigger, date, relation):
    report = report_of(nlp, text, trigger)
    assert (report.date, report.date_relation) == (date, relation)


def test_a_weekday_of_no_known_week_does_not_single_out_an_event(nlp):
    parsed = parse_text(nlp, "Thousands of workers stopped work on the first day of a strike on Monday.")
    assert [r.trigger for r in extract_reports(parsed) if r.trigger == "strike"] == []


@pytest.mark.parametrize("text, trigger, refers_back", [
    ("The bombing, which happened on May 3, left the market in ruins.", "bombing", True),
    ("The ministry said no such raid had taken place in Homs.", "raid", True),
    ("Rebels launched an attack on the army base in Homs.", "attack", False),
])
def test_definite_descriptions_refer_back(nlp, text, trigger, refers_back):
    assert report_of(nlp, text, trigger).refers_back is refers_back


@pytest.mark.parametrize("text, trigger, published, date, relation", [
    # told as done with no date of its own: the publication day, as an upper bound
    ("Protesters stormed the parliament building in Accra.", "stormed", "2021-05-10", "2021-05-10", "published"),
    ("The army denies that its soldiers shot three demonstrators in Lagos.", "shot", "2021-05-10", "2021-05-10", "published"),
    # its own date beats the publication day
    ("Protesters stormed the parliament building in Accra on Friday.", "stormed", "2021-05-10",
     "2021-05-07", "on"),
    # an event still ahead takes none
    ("Rebels will attack the port of Mombasa, their commander said.", "attack", "2021-05-10", None, None),
    ("If the talks fail, rebels could attack the port of Mombasa.", "attack", "2021-05-10", None, None),
    # an article known only to the month gives its month
    ("Protesters stormed the parliament building in Accra.", "stormed", "2021-05", "2021-05-01", "published"),
    # after a lead naming an earlier day (2021-05-10 is a Monday), the story's undated events take that day
    ("Gunmen stormed a hotel in Mopti yesterday, police said. Hours after the raid, the Katiba group "
     "claimed it in Mopti.", "raid", "2021-05-10", "2021-05-09", "lead"),
    ("Militia fighters killed six villagers in Kidal on Thursday, officials said.\nThe fighters burned the "
     "market in Kidal and fled north.", "burned", "2021-05-10", "2021-05-06", "lead"),
    # ... not when the lead names the publication day itself, or a day still ahead
    ("Militia fighters killed six villagers in Kidal on Monday, officials said.\nThe fighters burned the "
     "market in Kidal and fled north.", "burned", "2021-05-10", "2021-05-10", "published"),
    ("Talks between the rival militias will resume in Kidal on Thursday, officials said.\nThe fighters "
     "burned the market in Kidal and fled north.", "burned", "2021-05-10", "2021-05-10", "published"),
    # ... nor a day a caption in the present tense names
    ("Residents walk past the burned market in Kidal on Thursday.\nThe fighters burned the market in "
     "Kidal and fled north.", "burned", "2021-05-10", "2021-05-10", "published"),
    # a time of day with no day after such a lead names the lead's day as the event's own
    ("Militants attacked an army base in Gao on Friday, the army said. The militants struck the base in "
     "Gao at 3am.", "struck", "2021-05-10", "2021-05-07", "on"),
    ("Rebels shelled the border town of Kivu early Saturday, killing nine people. The army confirmed the "
     "4:40 a.m. air raid on Kivu by its jets.", "raid", "2021-05-10", "2021-05-08", "on"),
    # ... of no known week when the article prints no date: resolution may place it
    ("Rebels shelled the border town of Kivu early Saturday, killing nine people. The army confirmed the "
     "4:40 a.m. air raid on Kivu by its jets.", "raid", None, "XXXX-WXX-6", "on"),
])
def test_publication_day_stands_for_an_undated_event(nlp, text, trigger, published, date, relation):
    report = report_of(nlp, text, trigger, published=published)
    assert (report.date, report.date_relation) == (date, relation)
    assert ("report:publication_day" in report.rules) == (relation == "published")
    assert ("report:lead_day" in report.rules) == (relation == "lead")
