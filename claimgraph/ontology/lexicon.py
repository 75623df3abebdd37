"""The word families of name finding, extraction, resolution and cleaning, read once from
ontology/lexicon/*.yaml.

Each top-level key of a lexicon file is one family, and `<file>.<family>` ("speech.denial_verbs")
is its rule id. A family is written as one of:

    name: [word, ...]                          a set of words (a frozenset)
    name: {ordered: [word, ...]}               words whose order matters (a tuple)
    name: {map: {key: value, ...}}             a mapping; a list value becomes a tuple
    name: {extends: [family, ...], add: [...], drop: [...]}
                                               a set made from other families: where two
                                               modules' lists differ, the difference is written here

`load_lexicon()` returns the frozen `Lexicon`; a family is read as an attribute
(`load_lexicon().denial_verbs`).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Mapping

import yaml

LEXICON_FILES = ("entity_types", "grammar", "speech", "verbs", "modality", "casualties", "places", "roles", "names",
                 "numbers", "navigation")


@dataclass(frozen=True)
class Lexicon:
    families: Mapping[str, Any]       # family name -> frozenset | tuple | mapping
    rule_ids: Mapping[str, str]       # family name -> "<file>.<family>"

    def __getattr__(self, name: str) -> Any:
        try:
            return self.families[name]
        except KeyError:
            raise AttributeError(f"the lexicon has no word family {name!r}") from None


def _family(name: str, spec: Any, built: dict[str, Any]) -> Any:
    if isinstance(spec, list):
        return frozenset(spec)
    if "ordered" in spec:
        return tuple(spec["ordered"])
    if "map" in spec:
        return MappingProxyType({key: tuple(value) if isinstance(value, list) else value
                                 for key, value in spec["map"].items()})
    if "extends" in spec:
        bases = spec["extends"] if isinstance(spec["extends"], list) else [spec["extends"]]
        missing = [base for base in bases if base not in built]
        if missing:
            raise ValueError(f"lexicon family {name!r} extends {missing}, which must be listed before it")
        words = frozenset().union(*(built[base] for base in bases))
        return (words | frozenset(spec.get("add") or ())) - frozenset(spec.get("drop") or ())
    raise ValueError(f"lexicon family {name!r}: expected a list, 'ordered', 'map' or 'extends'")


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, parsed once per process (it is read-only package data)."""
    families: dict[str, Any] = {}
    rule_ids: dict[str, str] = {}
    for file_name in LEXICON_FILES:
        text = files("claimgraph.ontology").joinpath(f"lexicon/{file_name}.yaml").read_text("utf-8")
        for name, spec in yaml.safe_load(text).items():
            if name in families:
                raise ValueError(f"lexicon/{file_name}.yaml: family {name!r} is already in {rule_ids[name]}")
            families[name] = _family(name, spec, families)
            rule_ids[name] = f"{file_name}.{name}"
    return Lexicon(MappingProxyType(families), MappingProxyType(rule_ids))
