"""Pages of a list: the API's `Page` answers and the page links under every list in the HTML pages."""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from claimgraph import views


def paged(items: list, total: int, limit: int, offset: int) -> views.Page:
    """One page of a list of `total` items, saying where the next page starts (None on the last)."""
    return views.Page(items=tuple(items), total=total, limit=limit, offset=offset,
                      next_offset=offset + limit if offset + limit < total else None)


@dataclass(frozen=True)
class PageLink:
    label: str
    href: str | None                         # None: the page shown, or no such page


@dataclass(frozen=True)
class Pager:
    """What a list shows under it: "51–100 of 312" and links to the first, previous, nearby, next and
    last pages, each keeping the page's other query parameters."""
    first: int                               # 1-based number of the first item shown, 0 when none
    last: int
    total: int
    links: tuple[PageLink, ...]


NEARBY_PAGES = 2   # page numbers shown on each side of the current one


def pager(page: views.Page, path: str, params: dict[str, str], offset_name: str = "offset") -> Pager:
    """The pager of `page`, a page of the list at `path` filtered by `params` (empty values dropped)."""
    kept = {k: v for k, v in params.items() if v not in (None, "") and k != offset_name}

    def href(offset: int) -> str:
        query = urllib.parse.urlencode({**kept, **({offset_name: offset} if offset else {})})
        return f"{path}?{query}" if query else path

    count = max(1, -(-page.total // page.limit))
    current = page.offset // page.limit
    links = []
    if count > 1:
        links.append(PageLink("« previous", href(max(0, page.offset - page.limit)) if page.offset else None))
        shown = sorted({0, count - 1, *range(max(0, current - NEARBY_PAGES), min(count, current + NEARBY_PAGES + 1))})
        for before, number in zip([None, *shown], shown):
            if before is not None and number - before > 1:
                links.append(PageLink("…", None))
            links.append(PageLink(str(number + 1), None if number == current else href(number * page.limit)))
        links.append(PageLink("next »", href(page.next_offset) if page.next_offset is not None else None))
    return Pager(first=page.offset + 1 if page.items else 0, last=page.offset + len(page.items),
                 total=page.total, links=tuple(links))
