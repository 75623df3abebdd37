"""Bidirectional controls and zero-width characters in names: a name spelled with a right-to-left
override or a zero-width space displays as another name and splits one entity in two. Cleaning
drops them (ZWNJ/ZWJ stay where Persian, Arabic and Indic scripts spell with them)."""
from __future__ import annotations

import json

import pytest

from claimgraph.clean.text import normalise_text
from claimgraph.ingest.feeds import read_feed
from claimgraph.ingest.jsonl import read_jsonl
from claimgraph.resolve.names import compare

ZWNJ = "\u200c"


@pytest.mark.parametrize("written, cleaned", [
    ("Hassan\u200b Nasrallah", "Hassan Nasrallah"),           # zero-width space
    ("Has\u200dsan", "Hassan"),                               # ZWJ inside a Latin name
    ("\u202eharallasN nassaH\u202c", "harallasN nassaH"),     # right-to-left override shows it reversed
    ("\u2066Ahrar\u2069 al-Sham", "Ahrar al-Sham"),           # isolates
    ("al\u200e-\u200fMourabitoun", "al-Mourabitoun"),         # LRM, RLM
    ("\u061cABC", "ABC"),                                     # Arabic letter mark
    (f"\u0645\u06cc{ZWNJ}\u0634\u0648\u062f", f"\u0645\u06cc{ZWNJ}\u0634\u0648\u062f"),   # Persian keeps its ZWNJ
    ("\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"),   # Devanagari keeps its ZWJ
])
def test_invisible_controls_are_dropped(written, cleaned):
    assert normalise_text(written) == cleaned


@pytest.mark.parametrize("spoofed", ["Hassan\u200b Nasrallah", "Has\u200dsan Nasrallah", "\u2066Hassan\u2069 Nasrallah"])
def test_spoofed_names_clean_to_the_same_name(spoofed):
    assert normalise_text(spoofed) == "Hassan Nasrallah"
    assert compare(normalise_text(spoofed), "Hassan Nasrallah", "PERSON").score == 1.0


def test_metadata_is_cleaned_like_the_text():
    """A NUL in a title would stop PostgreSQL writing the document; an override would spoof it."""
    line = json.dumps({"text": "Troops withdrew from the town.", "title": "Troops\u0000 withdraw\u202e",
                       "author": "\u2066Jane\u2069 Roe", "url": "https://news.example/a\u200b"})
    [raw] = read_jsonl(line, "feed.jsonl")
    assert (raw.title, raw.author, raw.url) == ("Troops withdraw", "Jane Roe", "https://news.example/a")
    feed = ("<rss version='2.0'><channel><title>Daily\u202e Example</title><item><title>Tro\u0007ops</title>"
            "<link>https://news.example/b</link><description>Troops withdrew.</description></item></channel></rss>")
    [raw] = read_feed(feed, "feed.rss")
    assert (raw.title, raw.outlet) == ("Troops", "Daily Example")
