"""Indexes over the naming vocabulary of the lexicon (ontology/lexicon/names.yaml), built once.
"""
from __future__ import annotations

import functools
from types import MappingProxyType
from typing import Mapping

from claimgraph.ontology.lexicon import load_lexicon


@functools.cache
def legal_forms() -> Mapping[tuple[str, ...], str]:
    """A legal form as its word sequence ("co", "ltd") -> its family ("ltd")."""
    return MappingProxyType({tuple(form.split()): family
                             for family, forms in load_lexicon().legal_form_families.items() for form in forms})


@functools.cache
def given_name_variants() -> Mapping[str, frozenset[str]]:
    """A given name -> every name of its group of diminutives and equivalents (itself included)."""
    index: dict[str, set[str]] = {}
    for group in load_lexicon().given_name_groups:
        for name in group.split():
            index.setdefault(name, set()).update(group.split())
    return MappingProxyType({name: frozenset(variants) for name, variants in index.items()})
