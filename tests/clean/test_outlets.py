"""Outlets by name: the metadata's, else the URL's site name; a reprint's agency from its dateline."""
from __future__ import annotations

import pytest

from claimgraph.clean.outlets import credited_agency, headline, independent_source, outlet_name, site_name


@pytest.mark.parametrize("url, name", [
    ("https://www.dunmore-courier.com/news/2024/raid", "Dunmore Courier"),    # hyphens as spaces
    ("https://news.valecast.org/a", "Valecast"),                             # a subdomain is not the site
    ("https://www.harbor-times.co.uk/world/x", "Harbor Times"),             # under a country's second level
    ("http://eastbank.com.ng/story", "Eastbank"),
    ("https://m.kfy.tv/clip", "KFY"),                                       # a short name is an abbreviation
    ("https://plainsreport.net:8443/x?y=1", "Plainsreport"),                # a port is no part of it
    ("https://qirat.ma/article", "Qirat"),                                  # a country code alone
    ("http://127.0.0.1:8000/doc", None),                                    # an address names no site
    ("https://localhost/doc", None),
    ("feeds/2024/raid.txt", None),                                          # a file, not a URL
    ("", None),
    (None, None),
])
def test_site_name(url, name):
    assert site_name(url) == name


@pytest.mark.parametrize("outlet, url, name", [
    ("The Dunmore Courier", "https://www.valecast.org/a", "The Dunmore Courier"),   # metadata first
    ("  ", "https://www.valecast.org/a", "Valecast"),
    (None, "https://www.valecast.org/a", "Valecast"),
    (None, None, None),
])
def test_outlet_name(outlet, url, name):
    assert outlet_name(outlet, url) == name


@pytest.mark.parametrize("text, agency", [
    ("Convoy hit\n\nMIRSK, Dravia (Relay) \u2014 Gunmen ambushed a convoy.", "Relay"),
    ("ORVAL, March 3 (Tidewire) - Shelling resumed overnight.", "Tidewire"),
    ("Convoy hit\nBy Ana Pell\n\nMIRSK (Relay) -- Gunmen ambushed a convoy.", "Relay"),
    ("MIRSK, Dravia \u2014 Gunmen ambushed a convoy.", None),                     # no agency credited
    ("Gunmen ambushed a convoy, the agency (Relay) said.", None),                # not a dateline
    ("One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nMIRSK (Relay) \u2014 Late.", None),   # past the opening lines
])
def test_credited_agency(text, agency):
    assert credited_agency(text) == agency


@pytest.mark.parametrize("outlet, agency, key", [
    ("Coast Gazette", "Relay", "relay"),        # a reprint counts as its agency
    ("Relay", "Relay", "relay"),
    ("Daily Ledger", None, "daily ledger"),
    (None, None, None),                         # unknown: the document counts alone
])
def test_independent_source(outlet, agency, key):
    assert independent_source(outlet, agency) == key


@pytest.mark.parametrize("title, text, shown", [
    ("Convoy ambushed", "Gunmen ambushed a convoy.", "Convoy ambushed"),
    (None, "Gunmen ambushed a convoy.", "Gunmen ambushed a convoy."),
    ("", "Residents of the river town said gunmen ambushed a convoy on the northern road at dawn.",
     "Residents of the river town said gunmen ambushed a convoy on the…"),
])
def test_headline(title, text, shown):
    assert headline(title, text) == shown
