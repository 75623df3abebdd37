"""A hand-made store for the filter tests: invented events dated at every precision, a place stated
to lie in another and a city the gazetteer puts in its country; no spaCy.

    key       type      date                    place                   actor          target
    year      CONSULT   2012 (year)             -                       Ridge Brigade  Delmark Council
    week      ASSAULT   15-21 Jul 2013 (days)   Ostrava Camp (in Delmark) Ridge Brigade  -
    day       COERCE    3 Sep 2013              Delmark                 Delmark Police Ridge Brigade
    month     ASSAULT   Oct 2013 (month)        Korvath                 Ridge Brigade  -
    city      ASSAULT   5 Jan 2014              Kandahar (gazetteer: Afghanistan)  -   -
    undated   THREATEN  -                       -                       Delmark Council Ridge Brigade
"""
from __future__ import annotations

from claimgraph.store import Store
from claimgraph.store.resolution import refresh_resolution
from tests.small_store import Article

YEAR = "In 2012 the Ridge Brigade met the Delmark Council."
WEEK = "Between 15 and 21 July 2013 the Ridge Brigade shelled Ostrava Camp, a camp in Delmark."
DAY = "On 3 September 2013 the Delmark Police arrested fighters of the Ridge Brigade in Delmark."
MONTH = "In October 2013 the Ridge Brigade raided the village of Korvath."
CITY = "Gunmen bombed a market in Kandahar on 5 January 2014, officials in Afghanistan said."
UNDATED = "The Delmark Council threatened the Ridge Brigade."


def articles() -> list[Article]:
    year = Article("doc0dated000001", YEAR, source="desk/year.txt", published="2014-02-01",
                   published_origin="metadata")
    brigade, council = year.entity("rb", "Ridge Brigade", "ORG"), year.entity("dc", "Delmark Council", "ORG")
    year.report("r", "CONSULT", "met", actors=(brigade,), targets=(council,), date="2012-01-01",
                date_precision="year")

    week = Article("doc0dated000002", WEEK, source="desk/week.txt", published="2014-02-01",
                   published_origin="metadata")
    brigade, camp = week.entity("rb", "Ridge Brigade", "ORG"), week.entity("camp", "Ostrava Camp", "LOC")
    delmark = week.entity("dm", "Delmark", "GPE", "Delmark")
    week.report("r", "ASSAULT", "shelled", actors=(brigade,), location=camp, date="2013-07-15",
                date_end="2013-07-21", date_precision="day")
    week.relation("in", camp, "located_in", "Ostrava Camp, a camp in Delmark", object=delmark)

    day = Article("doc0dated000003", DAY, source="desk/day.txt", published="2014-02-01",
                  published_origin="metadata")
    police, brigade = day.entity("dp", "Delmark Police", "ORG"), day.entity("rb", "Ridge Brigade", "ORG")
    delmark = day.entity("dm", "Delmark", "GPE")
    day.report("r", "COERCE", "arrested", actors=(police,), targets=(brigade,), location=delmark,
               date="2013-09-03", date_precision="day")

    month = Article("doc0dated000004", MONTH, source="desk/month.txt", published="2014-02-01",
                    published_origin="metadata")
    brigade, village = month.entity("rb", "Ridge Brigade", "ORG"), month.entity("kv", "Korvath", "GPE")
    month.report("r", "ASSAULT", "raided", actors=(brigade,), location=village, date="2013-10-01",
                 date_precision="month")

    city = Article("doc0dated000005", CITY, source="desk/city.txt", published="2014-02-01",
                   published_origin="metadata")
    kandahar, country = city.entity("kd", "Kandahar", "GPE"), city.entity("af", "Afghanistan", "GPE")
    city.report("r", "ASSAULT", "bombed", location=kandahar, date="2014-01-05", date_precision="day")

    undated = Article("doc0dated000006", UNDATED, source="desk/undated.txt", published="2014-02-01",
                      published_origin="metadata")
    council, brigade = undated.entity("dc", "Delmark Council", "ORG"), undated.entity("rb", "Ridge Brigade", "ORG")
    undated.report("r", "THREATEN", "threatened", actors=(council,), targets=(brigade,), modality="threatened")
    return [year, week, day, month, city, undated]


def build_dated_store(target) -> Store:
    store = Store(target)
    for article in articles():
        store.write_document(article.processed())
    refresh_resolution(store)
    return store


def event_keys(events) -> list[str]:
    """The keys of this module's table for events (EventRow views or their JSON), in the order given."""
    by_doc = {"desk/year.txt": "year", "desk/week.txt": "week", "desk/day.txt": "day", "desk/month.txt": "month",
              "desk/city.txt": "city", "desk/undated.txt": "undated"}
    documents = lambda e: e["documents"] if isinstance(e, dict) else e.documents
    return [by_doc[documents(e)[0]] for e in events]
