"""Date expressions resolved against an anchor, found in sentences, and publication dates inferred."""
import pytest

from claimgraph.extract.publication import infer_publication_date
from claimgraph.extract.timex import find_dates, resolve_date
from tests.extract.helpers import parse_text


@pytest.mark.parametrize("text, anchor, expected", [
    ("December 26", "2014-01-15", ("2013-12-26", "day", None)),
    ("December 26", None, None),                       # no anchor: never the machine's year
    ("last week", "2019-05-18", ("2019-05-06", "day", "2019-05-12")),
    ("last night", "2019-05-18", ("2019-05-17", "day", None)),
    ("today", "2019-05-18", ("2019-05-18", "day", None)),
    ("yesterday", "2019-05-01", ("2019-04-30", "day", None)),
    ("the day before", "2019-05-18", ("2019-05-17", "day", None)),
    ("a week later", "2019-05-18", ("2019-05-25", "day", None)),
    ("two days ago", "2019-03-01", ("2019-02-27", "day", None)),
    ("February of this year", "2019-09-01", ("2019-02-01", "month", None)),
    ("last December", "2016-01-20", ("2015-12-01", "month", None)),
    ("last month", "2016-01-20", ("2015-12-01", "month", None)),
    ("since last June", "2016-01-20", ("2015-06-01", "month", "2016-01-20")),
    ("in 2003", None, ("2003-01-01", "year", None)),
    ("mid-2014", None, ("2014-05-01", "month", "2014-08-31")),
    ("early March", "2019-05-18", ("2019-03-01", "day", "2019-03-10")),
    ("before the end of Lent (April 18)", "2019-04-02", ("2019-04-18", "day", None)),
    ("on 3rd March this year", "2019-05-18", ("2019-03-03", "day", None)),
    ("12 June 2016", None, ("2016-06-12", "day", None)),
    ("June 12, 2016", None, ("2016-06-12", "day", None)),
    ("Sept. 4", "2016-10-01", ("2016-09-04", "day", None)),
    ("Tuesday", "2019-05-18", ("2019-05-14", "day", None)),
    ("recent days", "2019-05-18", None),
    ("approximately midnight local time", "2019-05-18", None),
])
def test_resolve_date(text, anchor, expected):
    assert resolve_date(text, anchor) == expected


@pytest.mark.parametrize("text, anchor, day_first, expected", [
    ("03/04/16", None, None, "2016-04-03"),        # no evidence: day-first
    ("03/04/16", None, False, "2016-03-04"),       # the document writes "April 3"
    ("03/04/16", "2016-03-20", None, "2016-03-04"),  # only one reading is on or before the anchor
    ("25/12/2015", None, False, "2015-12-25"),     # a part above 12 decides
])
def test_numeric_dates(text, anchor, day_first, expected):
    assert resolve_date(text, anchor, day_first=day_first)[0] == expected


def test_find_dates_in_a_sentence(nlp):
    doc = nlp("Last week the rebels shelled Goma, before the truce (March 2) they promised on 3rd March this year.")
    found = {(m.text, m.date) for m in find_dates(next(doc.sents), "2019-05-18")}
    assert found == {("Last week", "2019-05-06"), ("March 2", "2019-03-02"), ("3rd March this year", "2019-03-03")}


@pytest.mark.parametrize("text, expected", [
    # (b) the latest fully dated past statement
    ("On 4 May 2016, the ministry said the road was closed.\nThe agency reported on 9 May 2016 that fighting resumed.",
     "2016-05-09"),
    # dates looked forward to are not evidence
    ("The army said on 4 May 2016 that talks will be held on 30 June 2016.", "2016-05-04"),
    # (c) a year looked forward to dates the year-less dates before it
    ("With the 2019 presidential election around the corner, militias shelled the port (November 30) again.",
     "2018-11-30"),
    # (a) an update line bounds (e) "today" with the headline's date
    ("The March 3rd Ambush\nThe militia today attacked a convoy near the border.\n"
     "Update: As of 12/20/17, the inquiry has found nothing.", "2017-03-03"),
    # (d) a year-less wire dateline takes the first year after the latest dated past event
    ("Rebels shell Goma\nGOMA, March 14 (Reuters) - Rebels shelled Goma on Wednesday.\n"
     "The war began in April 2023.", "2024-03-14"),
    ("GOMA, March 14 (Reuters) - Rebels shelled Goma on Wednesday.", None),   # nothing gives the year
    ("The rebels attacked Goma in 1998 and again in 2008.", None),   # bare years are history
    ("The rebels attacked the town on Tuesday.", None),
])
def test_infer_publication_date(nlp, text, expected):
    assert infer_publication_date(parse_text(nlp, text)) == expected


@pytest.mark.parametrize("text, anchor, direction, expected", [
    # the tense decides which way a bare weekday or month points
    ("Monday", "2022-03-09", "back", ("2022-03-07", "day", None)),
    ("Monday", "2022-03-09", "ahead", ("2022-03-14", "day", None)),
    ("Wednesday", "2022-03-09", "ahead", ("2022-03-16", "day", None)),   # today would be "today"
    ("next Friday", "2022-03-09", None, ("2022-03-11", "day", None)),
    ("in April", "2018-12-05", "ahead", ("2019-04-01", "month", None)),
    ("in April", "2018-12-05", "back", ("2018-04-01", "month", None)),
    ("on May 3", "2018-12-05", "ahead", ("2019-05-03", "day", None)),
    ("February 20", "2019-02-10", "back", ("2018-02-20", "day", None)),
    ("March 16", "2017-03", "back", ("2017-03-16", "day", None)),        # a month anchor: any day of it
    ("yesterday", "2017-03", None, ("2017-02-28", "day", "2017-03-30")),
    ("on Thursday", "2017-03", "back", ("2017-02-23", "day", "2017-03-30")),
    # parts of a day and relative words
    ("late on Tuesday night", "2021-06-17", "back", ("2021-06-15", "day", None)),
    ("early Saturday", "2021-06-20", None, ("2021-06-19", "day", None)),
    ("Sunday morning", "2021-06-20", None, ("2021-06-20", "day", None)),
    ("overnight", "2021-06-20", None, ("2021-06-19", "day", "2021-06-20")),
    ("earlier this week", "2021-06-17", None, ("2021-06-14", "day", "2021-06-16")),
    ("earlier this month", "2021-06-17", None, ("2021-06-01", "day", "2021-06-16")),
    ("later this month", "2021-06-17", None, ("2021-06-18", "day", "2021-06-30")),
    ("the day before yesterday", "2021-06-17", None, ("2021-06-15", "day", None)),
])
def test_resolve_date_by_tense_and_relative_words(text, anchor, direction, expected):
    assert resolve_date(text, anchor, direction=direction) == expected


@pytest.mark.parametrize("text, expected", [
    ("early Saturday", ("XXXX-WXX-6", "day", None)),     # nothing to place it: its weekday
    ("on Monday", ("XXXX-WXX-1", "day", None)),
    ("May 3", ("--05-03", "day", None)),
    ("last Monday", None),
    # a run of days written out: its first and last days, a bare end taking the other's month
    ("between June 4 and 9", ("--06-04", "day", "--06-09")),
    ("from 28 to 30 November 2016", ("2016-11-28", "day", "2016-11-30")),
    ("between May 30 and June 2", ("--05-30", "day", "--06-02")),
    # a day counted from an unknown day of writing, and not one counted from a day the story tells of
    ("yesterday", ("XXXX-XX-XX-1D", "day", None)),
    ("overnight", ("XXXX-XX-XX-1D", "day", "XXXX-XX-XX+0D")),
    ("this morning", ("XXXX-XX-XX+0D", "day", None)),
    ("the previous day", None),
    ("last week", ("XXXX-WXX-1W", "day", None)),
    ("the previous week", None),
    ("this week", None),
])
def test_partial_dates_without_an_anchor(text, expected):
    assert resolve_date(text, None, partial=True) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The two ministers will meet in Geneva on Monday.", "2022-03-14"),
    ("The rebels attacked the garrison on Monday.", "2022-03-07"),
    ("The army has shelled the villages since Monday.", "2022-03-07"),
    ("Talks are scheduled to resume on Monday, the mediator said.", "2022-03-14"),
    ("The opposition plans to march on Monday.", "2022-03-14"),
    ("Two journalists were detained on Monday.", "2022-03-07"),
    # an infinitive on a noun: the parse cannot tell intent from a misplaced date, so the nearest
    ("The army paused its offensive to retake the city on Monday.", "2022-03-07"),
    # a date of a noun under a modal is the noun's: a past day
    ("Attacks similar to the raid on Monday may recur at any time, the embassy warned.", "2022-03-07"),
])
def test_tense_decides_a_weekday(nlp, sentence, expected):
    found = find_dates(next(nlp(sentence).sents), "2022-03-09")
    assert [m.date for m in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    # (f) the lead's weekday, on or after the latest dated fact told further down
    ("Aid group leaves the city\nNAIROBI, Kenya - The aid group said on Sunday it had withdrawn its staff "
     "from the city.\nThe militia had shelled the clinic on 21 March 2019, killing four.", "2019-03-24"),
    ("Aid group leaves the city\nNAIROBI, Kenya - The aid group said on Thursday it had withdrawn its staff "
     "from the city.\nThe militia had shelled the clinic on 21 March 2019, killing four.", "2019-03-21"),
    # ... a run of days the text has seen end dates its last day
    ("Shelling of the port\nThe navy said on Friday the port had been shelled between May 2 and 6, 2017.\n"
     "Customs officers fled the port on May 4, 2017.", "2017-05-06"),
    ("Shelling of the port\nThe harbour master said on Monday that the cranes were wrecked in the shelling.\n"
     "The navy said the port had been shelled between May 2 and 6, 2017, by its count.", "2017-05-08"),
    # ... but not the end of a third of a month, which may lie ahead of the writing
    ("Shelling of the port\nResidents said the shelling of the port, which began in late May 2017, was "
     "heavy.\nCustoms officers fled the port on 24 May 2017.", "2017-05-24"),
    # a caption's present-tense weekday is no development told as done
    ("Relief convoy reaches the valley\nA convoy of aid trucks crosses the bridge into the valley on "
     "Wednesday, in this photo released by the agency.\nThe agency said the convoy left the capital on "
     "12 October 2020.", "2020-10-12"),
    # a weekday ahead says nothing of the day of writing
    ("Talks to resume\nThe two delegations will meet again on Sunday in the capital, officials said.\n"
     "The militia had shelled the clinic on 21 March 2019, killing four.", "2019-03-21"),
    # the latest fact in the lead itself: its day stands
    ("Aid group leaves the city\nThe aid group said on Sunday it had withdrawn after the 21 March 2019 raid "
     "on its clinic.", "2019-03-21"),
    # timetables and maturities are not evidence of the time of writing
    ("The company said it expects a loss in the year ending June 30, 2021.", None),
    ("The bank issued notes due March 1, 2031.", None),
    ("Pressure may keep the ban in place until the permit expires on Dec. 31, 2029.", None),
    ("Construction is set to begin in early 2030.", None),
])
def test_infer_publication_date_from_the_lead_and_tense(nlp, text, expected):
    assert infer_publication_date(parse_text(nlp, text)) == expected
