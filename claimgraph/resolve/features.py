"""The name matcher's features: small pure functions over two parsed names and their alignment.

Each feature returns a claimgraph.model.Score (name, value, human-readable detail) or None when it
does not apply. claimgraph.resolve.names declares how each one enters the final score.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein

from claimgraph.model import Score
from claimgraph.resolve.normalize import (FIXED_SPELLING_TYPES, GENERIC, INITIAL, NAME, PARTICLE, PERSON, ParsedName,
                                         Token)
from claimgraph.resolve.phonetics import (ABD_OMITTED_KIND, FINAL_S, MATCHED, ONE_LETTER, TRANSLITERATION, sound,
                                         token_likeness)
from claimgraph.ontology.lexicon import load_lexicon

# Weight of a token in the name: generic organisation words and initials say less than a name.
WEIGHT = {NAME: 1.0, GENERIC: 0.5, INITIAL: 0.5}


@dataclass(frozen=True)
class Pair:
    a: Token
    b: Token
    value: float
    kind: str


@dataclass(frozen=True)
class Alignment:
    pairs: tuple[Pair, ...]
    extra_a: tuple[Token, ...]                 # parts of a matched by nothing in b
    extra_b: tuple[Token, ...]
    # each name's tokens in written order after joining ('los angeles' may be one token 'la'):
    # the sequence the extra parts come from
    joined_a: tuple[Token, ...] = ()
    joined_b: tuple[Token, ...] = ()


def merge_joined(side: tuple[Token, ...], other: tuple[Token, ...], acronyms: bool) -> tuple[Token, ...]:
    """Join adjacent tokens that the other name writes as one word ('abu bakr'/'abubakr') or,
    for organisations, abbreviates ('united nations security council'/'un security council')."""
    others = {t.text for t in other}
    out: list[Token] = []
    i = 0
    while i < len(side):
        merged = _joined_at(side, i, others, acronyms)
        if merged:
            out.append(merged[0])
            i += merged[1]
            continue
        out.append(side[i])
        i += 1
    return tuple(out)


def _joined_at(side: tuple[Token, ...], i: int, others: set[str], acronyms: bool) -> tuple[Token, int] | None:
    for size in (2, 3):
        run = side[i:i + size]
        if len(run) < size or any(t.text in others for t in run):
            continue
        joined = "".join(t.text for t in run)
        if any(token_likeness(joined, o, False)[0] >= TRANSLITERATION for o in others):
            return Token(joined, NAME), size
        letters = initials_of(t for t in run if t.kind != PARTICLE)
        if acronyms and len(letters) >= 2 and letters in others:
            return Token(letters, NAME), size
    return None


def align(a: ParsedName, b: ParsedName) -> Alignment:
    """Pair the name parts of a and b, best pairs first, each part used once, order ignored."""
    given = _is_person(a, b) or a.type is None and b.type is None
    joined_a, joined_b = merge_joined(a.tokens, b.tokens, not given), merge_joined(b.tokens, a.tokens, not given)
    parts_a = tuple(t for t in joined_a if t.kind != PARTICLE)
    parts_b = tuple(t for t in joined_b if t.kind != PARTICLE)
    typos = not (a.type in FIXED_SPELLING_TYPES or b.type in FIXED_SPELLING_TYPES or a.abjad and b.abjad)
    candidates = sorted(((*token_likeness(x.text, y.text, given, typos), i, j)
                         for i, x in enumerate(parts_a) for j, y in enumerate(parts_b)),
                        key=lambda c: (-c[0], c[2], c[3]))
    pairs, used_a, used_b = [], set(), set()
    for value, kind, i, j in candidates:
        if value >= MATCHED and i not in used_a and j not in used_b:
            pairs.append(Pair(parts_a[i], parts_b[j], value, kind))
            used_a.add(i)
            used_b.add(j)
    return Alignment(tuple(pairs),
                     tuple(t for i, t in enumerate(parts_a) if i not in used_a),
                     tuple(t for j, t in enumerate(parts_b) if j not in used_b), joined_a, joined_b)


def _is_person(a: ParsedName, b: ParsedName) -> bool:
    return PERSON in (a.type, b.type)


def _names(tokens) -> str:
    return ", ".join(repr(t.text) for t in tokens)


# ------------------------------------------------------------------ similarity features

def identical(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    if a.folded and a.folded == b.folded:
        return Score("identical", 1.0, f"both normalise to {a.folded!r}")
    return None


def name_parts(a: ParsedName, b: ParsedName, al: Alignment) -> Score:
    if not al.pairs:
        return Score("name_parts", 0.0, "no name part in common")
    weight = sum(WEIGHT[p.a.kind] * WEIGHT[p.b.kind] for p in al.pairs)
    value = sum(WEIGHT[p.a.kind] * WEIGHT[p.b.kind] * p.value for p in al.pairs) / weight
    detail = "; ".join(f"{p.a.text}~{p.b.text} {p.kind} {p.value:.2f}" for p in al.pairs)
    return Score("name_parts", round(value, 4), detail)


def initials_of(tokens) -> str:
    return "".join(t.text[0] for t in tokens)


def acronym(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """One name is the initials of the other's words (particles left out or kept)."""
    if _is_person(a, b):
        return None
    for short, long in ((a, b), (b, a)):
        if len(short.parts) == 1 and len(long.parts) >= 2 and 2 <= len(short.parts[0].text) <= 8:
            letters = short.parts[0].text
            if letters in (initials_of(long.parts), initials_of(long.tokens)):
                return Score("acronym", 0.92, f"{letters!r} is the initials of {long.folded!r}")
    return None


# ------------------------------------------------------------------ factors (multiply the score)

def extra_parts(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """Parts that one name has and the other lacks: a middle name, a patronymic, a qualifier."""
    if not al.pairs or (al.extra_a and al.extra_b):
        return None
    extra = al.extra_a or al.extra_b
    if not extra:
        return None
    longer = al.joined_a if al.extra_a else al.joined_b
    value = 1.0
    for token in extra:
        value *= EXTRA_GENERIC if token.kind != NAME else _extra_name_factor(a, b, al, longer, token)
    return Score("extra_parts", round(value, 4), f"only one name has {_names(extra)}")


# Per missing part. Persons often drop middle names and patronymics. An organisation whose shared
# core is one word gains another organisation with a qualifier ("Northern X" vs "X"); with a core
# of two or more shared words a dropped descriptive word is more often the same organisation.
# Values chosen on tests/resolve/name_variants.csv (see docs/matching.md).
EXTRA_PERSON_NAME, EXTRA_ORG_WORD_SHORT_CORE, EXTRA_ORG_WORD, EXTRA_GENERIC = 0.93, 0.75, 0.85, 0.93


def _extra_name_factor(a: ParsedName, b: ParsedName, al: Alignment, longer: tuple[Token, ...],
                       token: Token) -> float:
    if _is_person(a, b):
        return EXTRA_PERSON_NAME
    core = sum(1 for p in al.pairs if p.a.kind == NAME)
    return EXTRA_ORG_WORD if core >= 2 and not _is_qualifier(longer, token) else EXTRA_ORG_WORD_SHORT_CORE


def _is_qualifier(tokens: tuple[Token, ...], token: Token) -> bool:
    """'Northern X', 'X in Libya': a region or scope that makes a branch, not a spelling.
    `tokens`: the name as aligned, where joined words ('los angeles' as 'la') are one token."""
    lexicon = load_lexicon()
    at = tokens.index(token)
    return (token.text in lexicon.qualifier_words
            or at > 0 and tokens[at - 1].text in lexicon.name_qualifying_prepositions)


def conflicting_parts(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """Both names have parts the other lacks: 'Ahmed Karimi' / 'Mahmoud Karimi'."""
    if not (al.pairs and al.extra_a and al.extra_b):
        return None
    kinds = {t.kind for t in al.extra_a + al.extra_b}
    if NAME not in kinds and INITIAL not in kinds:
        return Score("conflicting_parts", 0.8, f"generic words differ: {_names(al.extra_a)} vs {_names(al.extra_b)}")
    # Graded by how near the closest conflicting parts are (share of letters kept, Damerau-
    # Levenshtein), so that the score ranks near-misses above strangers; it stays below the
    # threshold whatever the nearness. Letter distance ranks slips late in a name (Brody/Brady)
    # better than Jaro-Winkler's prefix weighting: name bench best-F1 0.859 -> 0.870.
    nearness = max(_nearness(x.text, y.text) for x in al.extra_a for y in al.extra_b)
    return Score("conflicting_parts", round(0.45 + 0.3 * nearness, 4),
                 f"{_names(al.extra_a)} vs {_names(al.extra_b)}")


def _nearness(x: str, y: str) -> float:
    """Share of letters kept between two name parts, leaving out a shared ending: a common
    suffix (-dottir, -sen, -uddin, -ovich) makes two names look nearer than they are."""
    shared = 0
    while shared < min(len(x), len(y)) - 1 and x[-1 - shared] == y[-1 - shared]:
        shared += 1
    if shared >= SHARED_ENDING:
        x, y = x[:-shared], y[:-shared]
    return DamerauLevenshtein.normalized_similarity(x, y)


SHARED_ENDING = 3


def numbers(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    if a.numbers == b.numbers:
        return None
    if a.numbers and b.numbers:
        return Score("numbers", 0.3, f"numbers differ: {a.numbers} vs {b.numbers}")
    return Score("numbers", 0.7, f"only one name has a number: {a.numbers or b.numbers}")


def legal_form(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    if not (a.legal_forms and b.legal_forms):
        return None
    if set(a.legal_forms) & set(b.legal_forms):
        return Score("legal_form", 1.0, f"same legal form family {a.legal_forms}")
    return Score("legal_form", 0.9, f"legal forms differ: {a.legal_forms} vs {b.legal_forms}")


def patronymic_order(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """'Salman bin Muhammad' / 'Muhammad bin Salman': the same parts across 'bin' in the other
    order name the son and the father, two people."""
    generations = [_generations(n) for n in (a, b)]
    if not all(any(g for g in gens.values()) for gens in generations):
        return None
    ranks = [(generations[0].get(p.a.text), generations[1].get(p.b.text)) for p in al.pairs]
    ranks = [r for r in ranks if None not in r]
    for x, y in ((x, y) for x in ranks for y in ranks):
        if x[0] < y[0] and x[1] > y[1]:
            return Score("patronymic_order", 0.6, "the names order the same parts differently across 'bin'")
    return None


def _generations(name: ParsedName) -> dict[str, int]:
    """Each part's number of patronymic links ('bin', 'ibn', 'ould') before it."""
    out: dict[str, int] = {}
    links = 0
    for token in name.tokens:
        if token.text in load_lexicon().patronymic_links and token.kind == PARTICLE:
            links += 1
        else:
            out.setdefault(token.text, links)
    return out


def compound_head(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """'Abdul Mohammad' / 'Dost Mohammad': where one name drops an 'Abd', the other has another
    word in its place, the head of another compound name."""
    for pair in al.pairs:
        if pair.kind == ABD_OMITTED_KIND:
            a_has_abd = len(pair.a.text) > len(pair.b.text)
            in_its_place = al.extra_b if a_has_abd else al.extra_a
            if any(t.kind == NAME for t in in_its_place):
                return Score("compound_head", 0.6, f"{_names(in_its_place)} where the other name has 'abd'")
    return None


# ------------------------------------------------------------------ caps (bound the score)

def partial_name(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """A person named by one part only ('Karimi') against a fuller name: context must decide.
    Counted on the aligned parts, so that a name written as one word ('PolPot') is whole. A lone
    surname (the fuller name's last part) says more than a lone given name, so ranks higher."""
    if not _is_person(a, b) or not al.pairs:
        return None
    paired = sum(1 for p in al.pairs if p.a.kind in (NAME, INITIAL))
    named = [paired + sum(1 for t in extra if t.kind in (NAME, INITIAL)) for extra in (al.extra_a, al.extra_b)]
    if min(named) != 1 or max(named) < 2:
        return None
    fuller, side = (a, "a") if named[0] > named[1] else (b, "b")
    last = fuller.parts[-1].text if fuller.parts else ""
    if any(getattr(p, side).text == last for p in al.pairs):
        return Score("partial_name", PARTIAL_SURNAME, "one name is the other's surname alone: a partial match, "
                                                      "left to context")
    return Score("partial_name", PARTIAL_OTHER, "one name has a single name part: a partial match, "
                                                "left to context")


# Below THRESHOLD both: the cross-document resolver decides partial names with context.
PARTIAL_SURNAME, PARTIAL_OTHER = 0.77, 0.72


# One-word names shorter than this are refused a slip of one letter (Iran/Iraq, Oman/Omar); from
# this length the one-letter tier already asks more (phonetics.TYPO_LONG).
SHORT_WORD = 6


def single_short_part(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """Two one-word names that are alike but not the same: too little to tell them apart. For
    persons any likeness short of equality; for organisations and places a spelling slip."""
    if len(al.pairs) != 1 or al.extra_a or al.extra_b or al.pairs[0].value >= 1.0:
        return None
    pair = al.pairs[0]
    short = len(sound(pair.a.text).fine) <= 3
    slip = pair.kind in (ONE_LETTER, FINAL_S) and min(len(pair.a.text), len(pair.b.text)) < SHORT_WORD
    if short and (_is_person(a, b) or a.type is None) or slip:
        return Score("single_short_part", 0.78, "one short name part, alike but not equal")
    return None


def initials_only(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """'N.N.': a name of initials alone fits too many people to match a full name."""
    for short, long in ((a, b), (b, a)):
        if short.parts and all(t.kind == INITIAL for t in short.parts) and any(t.kind == NAME for t in long.parts):
            return Score("initials_only", 0.7, f"{short.folded!r} is initials only")
    return None


def written_syllables(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """Both names in a syllabic script (Han, kana, Hangul): a different character is another name,
    whatever the romanisation says."""
    if a.syllables and b.syllables and a.syllables != b.syllables:
        return Score("written_syllables", 0.7, f"characters differ: {a.syllables} vs {b.syllables}")
    return None
