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
