"""RSS and Atom feeds: one document per entry, its content or summary as HTML.

`feed_items` keeps, beside each entry's document, the feed's own id for the entry and whether it
carries only a summary (the article then is at its link: `claimgraph watch` fetches it)."""
from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator

from claimgraph.clean.text import normalise_field
from claimgraph.errors import UnreadableInput
from claimgraph.model import FeedItem, RawDocument, Skipped

FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def read_feed(text: str, source: str) -> Iterator[RawDocument | Skipped]:
    try:
        items = list(feed_items(text, source))
    except UnreadableInput as err:
        yield Skipped(source, str(err))
        return
    if not items:
        yield Skipped(source, "no feed entries")
    for item in items:
        yield item.document


def feed_items(text: str, source: str) -> Iterator[FeedItem]:
    """Each entry of the feed; UnreadableInput when the text is no feed at all."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries and getattr(feed, "bozo_exception", None):
        raise UnreadableInput(f"no feed entries ({feed.bozo_exception})")
    if not feed.entries and not feed.version:
        raise UnreadableInput("no feed entries (neither RSS nor Atom)")
    outlet = normalise_field(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        content = (entry.get("content") or [{}])[0].get("value")
        html = content or entry.get("summary")
        link = normalise_field(entry.get("link"))
        key = normalise_field(entry.get("id")) or link or hashlib.sha256(
            f"{entry.get('title')}\n{html}".encode()).hexdigest()[:16]
        if not html:
            yield FeedItem(key, Skipped(f"{source}#{number}", "feed entry without content or summary"), False)
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        yield FeedItem(key, RawDocument(
            source=link or f"{source}#{number}", html=html, url=link, title=normalise_field(entry.get("title")),
            outlet=outlet, author=normalise_field(entry.get("author")),
            published=time.strftime("%Y-%m-%d", published) if published else None,
        ), summary_only=not content)
