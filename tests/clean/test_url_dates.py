"""Publication dates read from a page's URL: every common shape, and ids that are no dates."""
import pytest

from claimgraph.clean.url_dates import url_date


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.org/world/2019/07/04/rebels-take-town", "2019-07-04"),
    ("https://example.com/en/news/2021/3/9/ceasefire-holds", "2021-03-09"),
    ("http://example.net/2018-11/05/content_771.htm", "2018-11-05"),
    ("https://example.org/docs/2020-06-30-statement-on-the-raid", "2020-06-30"),
    ("https://example.co.uk/world/2019/jul/04/convoy-ambushed", "2019-07-04"),
    ("https://example.co.uk/world/2012/sept/1/talks-collapse", "2012-09-01"),
    ("https://example.com/World/Wires/2016/0811/Clashes-in-the-north", "2016-08-11"),
    ("https://example.com/world/la-fg-border-clash-20180219-story.html", "2018-02-19"),
    ("https://example.com/archive/20110923/index.html", "2011-09-23"),
    ("https://example.org/english/news/region/strike-09302012183015.html", "2012-09-30"),
    ("https://example.com/k2/889911-20211103.htm", "2021-11-03"),
    ("https://example.com/2019/07/convoy-ambushed/", "2019-07"),
    ("https://example.com/archives/2013/12/", "2013-12"),
    ("https://example.com/story?date=2014-02-11", "2014-02-11"),
    # ids, not dates
    ("https://example.com/story/516716/rebels-take-town", None),
    ("http://example.cn/content_39445982.htm", None),
    ("https://example.org/amp/ceasefire-talks/28375191.html", None),
    ("https://example.com/a-1771414", None),
    ("https://example.com/inenglish/1429187805_541037.html", None),
    ("https://example.com/2019/13/40/slug", None),            # no such month
    ("https://example.com/2019/feb/30/slug", "2019-02"),      # no such day: the month stands
    ("https://example.com/2019/07/30-killed-in-blast", "2019-07"),  # a toll, not a day
    ("https://example.com/05062019/slug", None),              # 5 June or May 6: cannot be told
    ("https://example.com/2015/marchers-gather", None),       # a word beginning like a month
    ("https://www.2019-07-04.example.com/news", None),        # the host is not read
    ("", None),
    (None, None),
])
def test_url_date(url, expected):
    assert url_date(url) == expected
