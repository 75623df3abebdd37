"""Who published a document: its outlet by name, and the wire agency whose copy it reprints.

An outlet is named by the document's metadata (a JSONL `outlet`, or the page's site name the HTML
cleaner keeps), else by its address: the registrable domain's own label made readable
("https://www.example-times.co.uk/a" -> "Example Times"). A reprint credits its agency in a wire
dateline opening the story ("LAGOS (Wire) —"); copies of one agency's story are one independent
source, whoever prints them.
"""
from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from claimgraph.clean.dates import DATELINE_BLOCKS, wire_datelines
from claimgraph.ontology.lexicon import load_lexicon

# A site label this short is an abbreviation read letter by letter ("abc" -> "ABC").
ABBREVIATION_LENGTH = 3
# How much of a text the opening lines (headline, byline, dateline) take at most.
OPENING_CHARS = 600
# A document without a headline is named by its opening words, cut at a word near this length.
OPENING_WORDS_LENGTH = 70


def site_name(url: str | None) -> str | None:
    """The readable name of the site a URL belongs to: its registrable domain's own label."""
    host = (urlsplit(url).hostname or "") if url and "://" in url else ""
    labels = [label for label in host.rstrip(".").split(".") if label]
    if len(labels) < 2 or _is_address(host):
        return None
    second_levels = load_lexicon().domain_second_levels
    country_code = len(labels[-1]) == 2
    own = labels[-3] if len(labels) >= 3 and country_code and labels[-2] in second_levels else labels[-2]
    if len(own) <= ABBREVIATION_LENGTH:
        return own.upper()
    return " ".join(word.capitalize() for word in own.split("-") if word)


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def outlet_name(outlet: str | None, url: str | None) -> str | None:
    """The outlet as the metadata names it, else its site's name; None when neither is known."""
    return (outlet or "").strip() or site_name(url)


def credited_agency(text: str) -> str | None:
    """The agency a wire dateline in the story's opening lines credits ("KANO (Wire) —" -> "Wire")."""
    opening = text[:OPENING_CHARS]
    for offset, dateline in wire_datelines(opening):
        lines_before = sum(1 for line in opening[:offset].splitlines() if line.strip())
        if dateline.agency and lines_before < DATELINE_BLOCKS:
            if name := opening[offset + dateline.agency[0]:offset + dateline.agency[1]].strip():
                return name
    return None


def independent_source(outlet: str | None, agency: str | None) -> str | None:
    """The key under which a document counts as an independent source: a reprint's agency, else
    its outlet, case-folded; None when neither is known (the document then counts alone)."""
    name = agency or outlet
    return name.casefold() if name else None


def headline(title: str | None, text: str) -> str:
    """A document's headline, else its opening words: how a document is named to readers."""
    if title and title.strip():
        return title.strip()
    words = " ".join(text.split())
    if len(words) <= OPENING_WORDS_LENGTH:
        return words
    cut = words.rfind(" ", 0, OPENING_WORDS_LENGTH)
    return words[:cut if cut > 0 else OPENING_WORDS_LENGTH] + "…"
