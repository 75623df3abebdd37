"""The gazetteer places named cities and provinces in their countries, and so in the place hierarchy."""
from __future__ import annotations

import pytest

from claimgraph.model import CanonicalEntity, Evidence, Relation
from claimgraph.ontology import gazetteer
from claimgraph.resolve.places import PlaceHierarchy


@pytest.mark.parametrize("name, code", [
    ("Kirkuk", "IQ"), ("Kandahar", "AF"), ("Homs", "SY"), ("Paris", "FR"),   # the most populous Paris
    ("Helmand Province", "AF"), ("Iraq", None), ("Camp Bastion", None), ("Qwzxv", None),
])
def test_country_of(name, code):
    assert gazetteer.country_of(name) == code


@pytest.mark.parametrize("name, code", [
    ("Iraq", "IQ"), ("the United States", "US"), ("Kirkuk", None),
    # everyday names and unambiguous initials
    ("Russia", "RU"), ("Turkey", "TR"), ("U.S.", "US"), ("UK", "GB"), ("UAE", "AE"), ("DRC", "CD"),
    ("SA", None),   # South Africa or Saudi Arabia: no answer
])
def test_country_code(name, code):
    assert gazetteer.country_code(name) == code


def test_a_city_lies_in_its_country_only_when_the_corpus_names_that_country():
    places = [CanonicalEntity("c1", "Kirkuk", "GPE"), CanonicalEntity("c2", "Iraq", "GPE"),
              CanonicalEntity("c3", "Homs", "GPE"), CanonicalEntity("c4", "Kurdistan Workers' Party", "ORG")]
    hierarchy = PlaceHierarchy([], {}, places)
    assert hierarchy.compatible("c1", "c2")
    assert not hierarchy.compatible("c3", "c2")      # Syria is not named: nothing to place it in
    assert not hierarchy.compatible("c1", "c3")


def test_a_side_of_a_place_lies_in_it_unless_it_is_a_country():
    places = [CanonicalEntity("c1", "North Kivu", "LOC"), CanonicalEntity("c2", "Kivu", "GPE"),
              CanonicalEntity("c3", "South Sudan", "GPE"), CanonicalEntity("c4", "Sudan", "GPE"),
              CanonicalEntity("c5", "Kandahar", "GPE"), CanonicalEntity("c6", "Kandahar province", "GPE")]
    hierarchy = PlaceHierarchy([], {}, places)
    assert hierarchy.compatible("c1", "c2")
    assert not hierarchy.compatible("c3", "c4")
    assert "c6" in hierarchy.ancestors("c5")     # a town lies in the province named after it


@pytest.mark.parametrize("name, country, precision, near", [
    ("Jaffna", "LK", "city", (9.67, 80.01)),
    ("Cusco", "PE", "city", (-13.53, -71.97)),
    ("Cusco Region", "PE", "region", (-13.53, -71.97)),       # a province named after its city: there
    ("Sri Lanka", "LK", "country", (6.94, 79.85)),           # a country: at its capital, Colombo
    ("the United States", "US", "country", (38.90, -77.04)),
    ("Sucumbios Province", "EC", "country", (-0.23, -78.52)),  # ISO 3166-2 only: its country's capital
    ("Camp Qwzxv", None, None, None), ("Mindanao", None, None, None),   # an island is no city or province
])
def test_coordinates(name, country, precision, near):
    found = gazetteer.coordinates(name)
    if country is None:
        assert found is None
        return
    assert (found.country, found.precision) == (country, precision)
    assert (round(found.lat, 2), round(found.lon, 2)) == pytest.approx(near, abs=0.01)


def test_lineage_lists_the_places_a_place_lies_in_nearest_first():
    stated = [("camp", "town"), ("town", "province"), ("camp", "district"), ("province", "country")]
    hierarchy = PlaceHierarchy([Relation(f"r{i}", "d", child, "located_in", Evidence("d", 0, 1, "s"), object=parent)
                                for i, (child, parent) in enumerate(stated)], {})
    assert hierarchy.lineage("camp") == ["district", "town", "province", "country"]
    assert hierarchy.lineage("country") == []
