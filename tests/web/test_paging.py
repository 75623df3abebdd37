"""Page links under a list: totals, the pages around the current one, the other parameters kept."""
from __future__ import annotations

import pytest

from claimgraph import views
from claimgraph.web.paging import paged, pager


def links(total: int, limit: int, offset: int, **params) -> tuple[str, list[tuple[str, str | None]]]:
    page = paged(list(range(min(limit, max(0, total - offset)))), total, limit, offset)
    shown = pager(page, "/things", params)
    return f"{shown.first}–{shown.last} of {shown.total}", [(l.label, l.href) for l in shown.links]


@pytest.mark.parametrize("total, limit, offset, params, summary, expected", [
    (0, 50, 0, {}, "0–0 of 0", []),
    (3, 50, 0, {}, "1–3 of 3", []),                                   # one page: no links
    (5, 2, 0, {"q": "a b"}, "1–2 of 5", [("« previous", None), ("1", None), ("2", "/things?q=a+b&offset=2"),
                                         ("3", "/things?q=a+b&offset=4"), ("next »", "/things?q=a+b&offset=2")]),
    (5, 2, 4, {"q": ""}, "5–5 of 5", [("« previous", "/things?offset=2"), ("1", "/things"), ("2", "/things?offset=2"),
                                      ("3", None), ("next »", None)]),
    (100, 10, 50, {}, "51–60 of 100", [("« previous", "/things?offset=40"), ("1", "/things"), ("…", None),
                                       ("4", "/things?offset=30"), ("5", "/things?offset=40"), ("6", None),
                                       ("7", "/things?offset=60"), ("8", "/things?offset=70"), ("…", None),
                                       ("10", "/things?offset=90"), ("next »", "/things?offset=60")]),
])
def test_pager(total, limit, offset, params, summary, expected):
    assert links(total, limit, offset, **params) == (summary, expected)


def test_paged_says_where_the_next_page_starts():
    assert paged([1, 2], 5, 2, 2) == views.Page(items=(1, 2), total=5, limit=2, offset=2, next_offset=4)
    assert paged([5], 5, 2, 4).next_offset is None
