"""A watch-list's alerts as an Atom feed (RFC 4287), for any feed reader: `/watch/ID.atom`."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimgraph import model, views

ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 cannot carry at all, escaped or not (control characters a document may hold).
NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def atom_feed(watchlist: model.WatchList, alerts: list[views.AlertView], base_url: str) -> bytes:
    """The feed: its id and self link at base_url, updated at the newest alert (else when the
    watch-list was made), one entry per alert linking to its event's page."""
    base_url = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    self_url = f"{base_url}/watch/{watchlist.id}.atom"
    _text(feed, "id", self_url)
    _text(feed, "title", f"claimgraph watch-list: {watchlist.name}")
    _text(feed, "updated", max([a.created for a in alerts], default=watchlist.created))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url, type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=f"{base_url}/alerts?watchlist={watchlist.id}",
                  type="text/html")
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "claimgraph")
    _text(feed, "generator", "claimgraph")
    for alert in alerts:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"{base_url}/alerts#alert-{alert.id}")
        _text(entry, "title", f"{alert.kind}: {alert.title}")
        _text(entry, "updated", alert.created)
        # the event page; the alert on the alerts page when no event holds its reports any more
        href = f"{base_url}/events/{alert.event_id}" if alert.event_id else f"{base_url}/alerts#alert-{alert.id}"
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=href, type="text/html")
        lines = ["; ".join(alert.changes)] + [
            f"{r.outlet or r.source}: {r.sentence}" for r in alert.reports]
        _text(entry, "summary", "\n".join(line for line in lines if line)).set("type", "text")
    ET.indent(feed)                          # read as text too (a browser shows a feed's XML as it is)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = NOT_XML.sub("", text)
    return element
