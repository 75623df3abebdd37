"""The name matcher's features: small pure functions over two parsed names and their alignment.

Each feature returns a claimgraph.model.Score (name, value, human-readable detail) or None when it
does not apply. claimgraph.resolve.names declares how each one enters the final score.
"""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.model import Score
from claimgraph.resolve.normalize import GENERIC, INITIAL, NAME, PARTICLE, PERSON, ParsedName, Token
from claimgraph.resolve.phonetics import MATCHED, TRANSLITERATION, sound, token_likeness

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
        if size == 2 and any(token_likeness(joined, o, False)[0] >= TRANSLITERATION for o in others):
            return Token(joined, NAME), size
        letters = initials_of(t for t in run if t.kind != PARTICLE)
        if acronyms and len(letters) >= 2 and letters in others:
            return Token(letters, NAME), size
    return None


def align(a: ParsedName, b: ParsedName) -> Alignment:
    """Pair the name parts of a and b, best pairs first, each part used once, order ignored."""
    given = _is_person(a, b) or a.type is None and b.type is None
    parts_a = tuple(t for t in merge_joined(a.tokens, b.tokens, not given) if t.kind != PARTICLE)
    parts_b = tuple(t for t in merge_joined(b.tokens, a.tokens, not given) if t.kind != PARTICLE)
    candidates = sorted(((*token_likeness(x.text, y.text, given), i, j)
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
                     tuple(t for j, t in enumerate(parts_b) if j not in used_b))


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
    # Per missing part: persons often drop middle names and patronymics; an organisation with an
    # extra distinctive word ("Northern X Front") is usually a different organisation.
    per_part = 0.93 if _is_person(a, b) else 0.75
    value = 1.0
    for token in extra:
        value *= per_part if token.kind == NAME else 0.93
    return Score("extra_parts", round(value, 4), f"only one name has {_names(extra)}")


def conflicting_parts(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """Both names have parts the other lacks: 'Ahmed Karimi' / 'Mahmoud Karimi'."""
    if not (al.pairs and al.extra_a and al.extra_b):
        return None
    kinds = {t.kind for t in al.extra_a + al.extra_b}
    value = 0.5 if NAME in kinds or INITIAL in kinds else 0.8
    return Score("conflicting_parts", value, f"{_names(al.extra_a)} vs {_names(al.extra_b)}")


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


# ------------------------------------------------------------------ caps (bound the score)

def partial_name(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """A person named by one part only ('Karimi') against a fuller name: context must decide."""
    if not _is_person(a, b) or not al.pairs:
        return None
    named = [len([t for t in n.parts if t.kind in (NAME, INITIAL)]) for n in (a, b)]
    if min(named) == 1 and max(named) >= 2:
        return Score("partial_name", 0.75, "one name has a single name part: a partial match, "
                                           "left to context")
    return None


def single_short_part(a: ParsedName, b: ParsedName, al: Alignment) -> Score | None:
    """Two one-word names that are alike but not the same: too little to tell them apart."""
    if len(al.pairs) == 1 and not (al.extra_a or al.extra_b) and al.pairs[0].value < 1.0 \
            and len(sound(al.pairs[0].a.text).fine) <= 3 and (_is_person(a, b) or a.type is None):
        return Score("single_short_part", 0.78, "one short name part, alike but not equal")
    return None
