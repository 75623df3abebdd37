"""RSS and Atom feeds saved as files: one document per entry, its content or summary as HTML."""
from __future__ import annotations

import time
from collections.abc import Iterator

from claimgraph.clean.text import normalise_field
from claimgraph.model import RawDocument, Skipped

FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def read_feed(text: str, source: str) -> Iterator[RawDocument | Skipped]:
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        yield Skipped(source, f"no feed entries{f' ({reason})' if reason else ''}")
        return
    outlet = normalise_field(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary")
        if not html:
            yield Skipped(f"{source}#{number}", "feed entry without content or summary")
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        link = normalise_field(entry.get("link"))
        yield RawDocument(
            source=link or f"{source}#{number}", html=html, url=link, title=normalise_field(entry.get("title")),
            outlet=outlet, author=normalise_field(entry.get("author")),
            published=time.strftime("%Y-%m-%d", published) if published else None,
        )
