"""The alerts page and each watch-list's alerts as an Atom feed."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from claimgraph.store import Store
from claimgraph.store import watch as stored
from claimgraph.watch.atom import atom_feed
from claimgraph.watch.watchlists import find_alerts
from claimgraph.web.deps import get_store, get_templates

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(get_store)]
ATOM_TYPE = "application/atom+xml; charset=utf-8"
# An Atom feed carries the latest alerts; a reader keeps those it has already read.
ATOM_ENTRIES = 100


def _watchlist_or_404(store: Store, watchlist_id: int):
    found = stored.watchlist(store, watchlist_id)
    if not found:
        raise HTTPException(404, f"no watch-list {watchlist_id}")
    return found


@router.get("/alerts")
def alerts_page(request: Request, store: StoreDep, watchlist: str = "", since: str = ""):
    """Every alert, or one watch-list's (the filter form sends an empty value for "any")."""
    if watchlist.strip() and not watchlist.strip().isdigit():
        raise HTTPException(422, f"invalid watch-list {watchlist!r}: its number, from `claimgraph watchlist list`")
    chosen = int(watchlist) if watchlist.strip() else None
    if chosen is not None:
        _watchlist_or_404(store, chosen)
    # a `since` that means nothing is a FilterError: the app answers it with a 422 page
    return get_templates(request).TemplateResponse(request, "alerts.html", {
        "alerts": find_alerts(store, since=since or None, watchlist_id=chosen),
        "watchlists": stored.watchlists(store), "watchlist": chosen, "since": since})


@router.get("/watch/{watchlist_id}.atom")
def watchlist_atom(watchlist_id: int, request: Request, store: StoreDep):
    watchlist = _watchlist_or_404(store, watchlist_id)
    alerts = find_alerts(store, watchlist_id=watchlist_id)[:ATOM_ENTRIES]
    return Response(atom_feed(watchlist, alerts, str(request.base_url)), media_type=ATOM_TYPE)
