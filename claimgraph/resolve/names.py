"""Name matching: are two names, as written, names of the same person or organisation?

compare(a, b, type) parses both names (claimgraph.resolve.normalize), aligns their parts
(claimgraph.resolve.features.align) and runs the declared FEATURES. The score is
    min(best similarity feature x product of factor features, lowest cap feature)
and the names match when the score reaches THRESHOLD. blocking_keys(name, type) gives cheap keys
so that cross-document resolution compares only names that share one. docs/matching.md explains
each step.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from claimgraph.model import Score
from claimgraph.resolve import features as f
from claimgraph.resolve.normalize import INITIAL, PERSON, ParsedName, parse_name
from claimgraph.resolve.phonetics import sound
from claimgraph.resolve.vocabulary import given_name_variants

STAGE = "claimgraph.names.v1"

SIMILARITY, FACTOR, CAP = "similarity", "factor", "cap"


@dataclass(frozen=True)
class Feature:
    role: str                                  # similarity | factor | cap
    compute: Callable[[ParsedName, ParsedName, f.Alignment], Score | None]


FEATURES = (
    Feature(SIMILARITY, f.identical),
    Feature(SIMILARITY, f.acronym),
    Feature(SIMILARITY, f.name_parts),
    Feature(FACTOR, f.extra_parts),
    Feature(FACTOR, f.conflicting_parts),
    Feature(FACTOR, f.numbers),
    Feature(FACTOR, f.legal_form),
    Feature(FACTOR, f.patronymic_order),
    Feature(FACTOR, f.compound_head),
    Feature(CAP, f.partial_name),
    Feature(CAP, f.single_short_part),
    Feature(CAP, f.initials_only),
    Feature(CAP, f.written_syllables),
)

# Decision threshold. On tests/resolve/name_variants.csv (336 pairs) F1 is 0.982 at 0.76, 0.989 at
# 0.78, 0.991 at 0.80, 0.986 at 0.82-0.85 and 0.961 at 0.75 (partial names cap at 0.72-0.77):
# 0.8 is the top of the plateau.
THRESHOLD = 0.8

# Bounds on the work one name can cause, whatever its length. The longest name in the name bench
# is 103 characters and its longest word 22 letters; a made-up 80,000-letter name made blocking
# take 6.5 GB (a typo key per letter, each as long as the word). Past these lengths the name is
# compared by its first MAX_NAME_CHARS characters, and a word gets no typo keys.
MAX_NAME_CHARS = 300
MAX_TYPO_KEY_LETTERS = 40


@dataclass(frozen=True)
class NameMatch:
    score: float                               # in [0, 1]
    match: bool                                # score >= THRESHOLD
    features: tuple[Score, ...]                # every feature that applied, in FEATURES order


def _parse(name: str, type: str | None) -> ParsedName:
    return _parse_bounded(name[:MAX_NAME_CHARS], type)


@lru_cache(maxsize=16384)
def _parse_bounded(name: str, type: str | None) -> ParsedName:
    return parse_name(name, type)


def normalize_name(name: str, type: str | None = None) -> str:
    """The name's identifying parts, folded and space-joined: 'Dr. Bashar al-Assad' -> 'bashar assad'."""
    return _parse(name, type).folded


def compare(a: str, b: str, type: str | None = None) -> NameMatch:
    """Compare two names; type is PERSON, ORG (companies, organisations), GPE/LOC/FAC or None."""
    type = type.upper() if type else None
    pa, pb = _parse(a, type), _parse(b, type)
    alignment = f.align(pa, pb)
    scores = [(feature.role, feature.compute(pa, pb, alignment)) for feature in FEATURES]
    scores = [(role, s) for role, s in scores if s is not None]
    value = max(s.value for role, s in scores if role == SIMILARITY)
    for role, s in scores:
        if role == FACTOR:
            value *= s.value
    value = min([value] + [s.value for role, s in scores if role == CAP])
    value = round(max(0.0, min(1.0, value)), 4)
    return NameMatch(value, value >= THRESHOLD, tuple(s for _, s in scores))


def blocking_keys(name: str, type: str | None = None) -> set[str]:
    """Cheap keys for candidate generation: names that compare() matches share at least one.

    Per identifying token: the token and its one-letter deletions (typos; words of up to
    MAX_TYPO_KEY_LETTERS letters), its consonant
    skeletons (transliterations), its given-name variant group; per adjacent pair: the pair
    written as one word; for organisations, the initials of the words (acronyms).
    """
    parsed = _parse(name, type.upper() if type else None)
    names = [t for t in parsed.parts if t.kind != INITIAL]
    keys: set[str] = set()
    for token in names or parsed.parts:
        text = token.text
        keys.add("t:" + text)
        if 4 <= len(text) <= MAX_TYPO_KEY_LETTERS:
            keys.update("t:" + text[:i] + text[i + 1:] for i in range(len(text)))
        skeleton = sound(text)
        if len(text) >= 3:
            keys.update({"s:" + k for k in skeleton.skeletons} | {"c:" + skeleton.coarse})
        if text in given_name_variants():
            keys.add("n:" + min(given_name_variants()[text]))
    for left, right in zip(parsed.tokens, parsed.tokens[1:]):
        keys.add("t:" + left.text + right.text)
    if parsed.type != PERSON and len(parsed.parts) >= 2:
        keys.add("t:" + f.initials_of(parsed.parts))
        keys.add("t:" + f.initials_of(parsed.tokens))
    if not keys and parsed.original.strip():
        keys.add("t:" + parsed.original.strip().lower())
    return keys


__all__ = ["NameMatch", "compare", "blocking_keys", "normalize_name", "FEATURES", "THRESHOLD", "STAGE"]
