"""The word lists and acronym rules of name finding (vocabulary: claimgraph/ontology/entity_types.yaml).

`vocabulary()` reads the packaged lists once; `is_acronym`, `acronym_letters`, `name_words`
and `spells` decide whether an acronym spells a name ("NATO", "MoD", "FRELIMO").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields
from importlib import resources

import yaml


@dataclass(frozen=True)
class Vocabulary:
    """The word lists of claimgraph/ontology/entity_types.yaml, as frozensets."""
    org_heads: frozenset[str]
    lowercase_org_heads: frozenset[str]
    fac_heads_after: frozenset[str]
    fac_heads_before: frozenset[str]
    gpe_heads: frozenset[str]
    place_sides: frozenset[str]
    person_titles: frozenset[str]
    courtesy_titles: frozenset[str]
    diplomatic_heads: frozenset[str]
    name_styles: frozenset[str]
    peerage_styles: frozenset[str]
    person_roles: frozenset[str]
    org_kinds: frozenset[str]
    member_nouns: frozenset[str]
    state_institutions: frozenset[str]
    place_kinds: frozenset[str]
    locative_prepositions: frozenset[str]
    acronym_function_words: frozenset[str]
    surname_particles: frozenset[str]
    country_acronyms: frozenset[str]


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The packaged vocabulary, read once (it is data shipped with the code, never changed)."""
    text = resources.files("claimgraph").joinpath("ontology/entity_types.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return Vocabulary(**{f.name: frozenset(data[f.name]) for f in fields(Vocabulary)})


def is_acronym(text: str) -> bool:
    """"NATO", "U.N.", "MoD": 2-6 letters, most of them capitals."""
    letters = text.replace(".", "")
    upper = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 6 and letters.isalpha() and upper >= 2 and 2 * upper >= len(letters)


def acronym_letters(text: str) -> str:
    return text.replace(".", "").lower()


def name_words(text: str) -> list[str]:
    """The words of a name for spelling acronyms: split at spaces, hyphens and slashes,
    possessives and punctuation removed ("People's" -> "People", "al-Sham" -> "al", "Sham")."""
    words = (re.sub(r"\W", "", re.sub(r"['’]s$", "", w)) for w in re.split(r"[\s\-/]+", text))
    return [w for w in words if w]


def spells(letters: str, name: str, vocab: Vocabulary) -> bool:
    """Whether an acronym's letters are the name's words' beginnings, in order: every content
    word gives one or more leading letters, a function word gives its first letter or none,
    and at least two words give letters ("NATO", "MoD", "FRELIMO" = FREnte de LIbertação de MOçambique)."""
    words = [w.lower() for w in name_words(name)]

    def match(li: int, wi: int, used: int) -> bool:
        if wi == len(words):
            return li == len(letters) and used >= 2
        word = words[wi]
        if word in vocab.acronym_function_words and match(li, wi + 1, used):
            return True
        longest = 1 if word in vocab.acronym_function_words else len(word)
        return any(word[:k] == letters[li:li + k] and match(li + k, wi + 1, used + 1)
                   for k in range(1, longest + 1) if li + k <= len(letters))

    return len(words) >= 2 and match(0, 0, 0)
