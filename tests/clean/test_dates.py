"""Publication dates printed in an article: formats and where they stand."""
import pytest

from claimgraph.clean.dates import find_date, find_publication_date, parse_date, wire_dateline


@pytest.mark.parametrize("text, expected", [
    ("July 27, 2013", "2013-07-27"),
    ("Wednesday, July 17, 2024", "2024-07-17"),
    ("27 July 2013", "2013-07-27"),
    ("2nd of January 2015", "2015-01-02"),
    ("Sept. 4, 2013", "2013-09-04"),
    ("Fri 3 May 2019 10.30 BST", "2019-05-03"),
    ("2013-07-27", "2013-07-27"),
    ("27/07/2013", "2013-07-27"),
    ("July 2013", "2013-07"),
    ("2013", "2013"),
    ("03/05/2019", None),            # day-month or month-day: cannot be told
    ("March 3", None),               # no year: never guessed from today
    ("February 30, 2013", None),
    ("The attack on July 27, 2013 killed four.", None),   # a sentence, not a date line
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2013-07-27T10:00:00Z", "2013-07-27"),
    ("Sat, 27 Jul 2013 10:00:00 GMT", "2013-07-27"),
    ("on September 6, the paper reported", None),
])
def test_find_date(text, expected):
    found = find_date(text)
    assert (found[0] if found else None) == expected


BODY = "Troops entered the town on Monday after a week of fighting, officials said."


@pytest.mark.parametrize("blocks, title, byline, expected", [
    (["Headline", "KABUL, May 3, 2021 (AFP) - " + BODY, BODY, BODY, BODY], "Headline", None,
     ("2021-05-03", "dateline")),
    (["Headline", "Published: 12 May 2019 | Updated: 13 May 2019", BODY, BODY, BODY], "Headline", None,
     ("2019-05-12", "dateline")),
    (["Headline", "By Jane Doe", "March 3, 2024 10:15 AM GMT+3 Updated 2 hours ago", BODY, BODY],
     "Headline", None, ("2024-03-03", "dateline")),
    (["Headline", "BAGHDAD, March 3 (Reuters) - " + BODY, BODY, BODY], "Headline", None, None),
    (["Headline", BODY, BODY], "Headline", "By Jane Doe | 4 June 2020", ("2020-06-04", "byline")),
    (["Headline", BODY, BODY, BODY, "Office of the Spokesperson", "Kampala, 14 May 2022"],
     "Headline", None, ("2022-05-14", "signature")),
    # a date above the headline yields to the article's own signature date
    (["Wednesday, July 17, 2024", "Headline", BODY, BODY, BODY, "The Secretariat", "July 27, 2013"],
     "Headline", None, ("2013-07-27", "signature")),
    (["Wednesday, July 17, 2024", "Headline", BODY, BODY, BODY], "Headline", None,
     ("2024-07-17", "dateline")),
    (["Headline", "On September 6, the army said " + BODY, BODY, BODY], "Headline", None, None),
    (["Headline", BODY, "On 5 April 2013, the council said " + BODY, BODY], "Headline", None, None),
])
def test_find_publication_date(blocks, title, byline, expected):
    assert find_publication_date(blocks, title=title, byline=byline) == expected


@pytest.mark.parametrize("line, date", [
    ("GOMA, May 3 (Reuters) - Rebels shelled the town.", (5, 3, None)),
    ("GOMA, 3 May 2021 - Rebels shelled the town.", (5, 3, 2021)),
    ("Goma (AFP) - Rebels shelled the town.", (None, None, None)),
    ("NAIROBI, Kenya — Rebels shelled the town.", (None, None, None)),
])
def test_wire_dateline(line, date):
    found = wire_dateline(line)
    assert line[found.end:].startswith("Rebels")
    assert (found.month, found.day, found.year) == date


@pytest.mark.parametrize("line", [
    "ACME – According to reports, rebels shelled the town.",   # an issuer speaking
    "Human Rights Watch - Rebels shelled the town.",
    "Rebels shelled the town - again.",
])
def test_not_a_wire_dateline(line):
    assert wire_dateline(line) is None


@pytest.mark.parametrize("blocks, url, expected", [
    (["Headline", BODY, BODY], "https://example.com/2019/07/04/slug", ("2019-07-04", "url")),
    (["Headline", BODY, BODY], "https://example.com/2019/07/slug", ("2019-07", "url")),
    # a printed dateline beats the address; the address beats a lone date above the headline
    (["Headline", "KABUL, May 3, 2021 (AFP) - " + BODY, BODY], "https://example.com/2021/05/04/slug",
     ("2021-05-03", "dateline")),
    (["Wednesday, July 17, 2024", "Headline", BODY, BODY], "https://example.com/2013/07/27/slug",
     ("2013-07-27", "url")),
    # published on the first date of the line, not on the day it was updated
    (["Headline", "March 12, 2018 08:10 am | Updated June 2, 2022 11:40 am WAT - LAGOS", BODY],
     None, ("2018-03-12", "dateline")),
    (["Headline", "12 May 2019 10:30 BST, last modified on 3 June 2020", BODY], None,
     ("2019-05-12", "dateline")),
])
def test_publication_date_from_url_and_update_lines(blocks, url, expected):
    assert find_publication_date(blocks, title="Headline", url=url) == expected


@pytest.mark.parametrize("blocks, url, expected", [
    # a year-less wire dateline near the address's day is the filing day, in the address's year
    (["Headline", "HAVANA, August 7 (Wire) --", BODY], "https://example.com/XYZ19980808.0188",
     ("1998-08-07", "dateline")),
    (["Headline", "BAMAKO, Dec. 31 (Reuters) - " + BODY], "https://example.com/2020/01/01/slug",
     ("2019-12-31", "dateline")),
    # far from it, the dateline is another story's: the address stands
    (["Headline", "BAMAKO, March 3 (Reuters) - " + BODY], "https://example.com/2020/01/01/slug",
     ("2020-01-01", "url")),
])
def test_wire_dateline_beside_the_url(blocks, url, expected):
    assert find_publication_date(blocks, title="Headline", url=url) == expected


def test_a_labelled_date_glued_to_the_headline():
    blocks = ["Posted 2021-06-02 Rebels take the port, army says", BODY, BODY]
    assert find_publication_date(blocks, title=blocks[0]) == ("2021-06-02", "dateline")
