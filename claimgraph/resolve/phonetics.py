"""Token-level likeness for names: consonant skeletons, vowel classes, typos, initials, nicknames.

A transliterated name keeps its consonants and loses its vowels: Arabic, Persian and Cyrillic
names reach English as "Usama"/"Osama", "Mohammed"/"Muhammad", "Aleksandr"/"Alexander". Each
token gets a fine skeleton (digraphs folded: kh->h, sh/ch/sch->S, q/gh->k, ph->f, th->s, w->v,
x->ks; doubled consonants single; vowels and a final h dropped), a coarse one that also merges
voiced/unvoiced and emphatic pairs (z/s, d/t, g/k), and an Arabic one that folds the letters
English writes d, z, dh or th (dal, dhal, dad, za: Ramadan/Ramazan, Ridha/Reza, Dhi/Thi). Vowels are kept aside as per-slot groups: a
shared skeleton counts as one name only when the vowels in each slot are compatible (an "e" goes
with anything; otherwise a, i/y, o/u are three classes), which keeps "Hassan" apart from
"Hussein" and "Hamid" from "Hamad"; skeletons of four consonants or more match whatever the vowels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from claimgraph.resolve.vocabulary import given_name_variants

# Digraphs that transliterate one letter two ways (dh: Arabic dhal as d or z; th: tha as s or t;
# kh: kha as h or k): the main skeleton takes the first reading, the alternative the second.
AMBIGUOUS = (("dh", "d", "z"), ("th", "s", "t"), ("kh", "h", "k"))
FINE_RULES = tuple((re.compile(p), r) for p, r in (
    (r"x", "ks"), (r"dzh|dj|zh", "j"), (r"sch|tch|sh|ch", "S"), (r"gh|q|ck", "k"),
    (r"ph", "f"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"w", "v"),
    (r"y", "i"), (r"(?<=[aeiou])h$", ""), (r"([^aeiou])\1+", r"\1"),
))
# The Arabic dental/emphatic class: dhal, dad and za reach English as d, dh, z or th.
ARABIC_DENTALS = re.compile(r"dh|th|zh|d|z")
# Plain d against plain z is also two Arabic letters (Nadir/Nazir): short skeletons need a digraph.
DENTAL_DIGRAPH = re.compile(r"dh|th|zh")
COARSE_RULES = tuple((re.compile(p), r) for p, r in (
    (r"z", "s"), (r"d", "t"), (r"g", "k"), (r"b", "p"), (r"v", "f"), (r"j", "i"), (r"([^aeiou])\1+", r"\1"),
))
CONSONANT_RUNS = re.compile(r"[^aeiou]+")
VOWEL_CLASSES = (frozenset("a"), frozenset("i"), frozenset("ou"))

# Token likeness values; a pair at or above MATCHED counts as the same name part.
SAME, NICKNAME, TRANSLITERATION, TYPO_LONG, COARSE, TYPO_SHORT, INITIAL = 1.0, 0.9, 0.95, 0.9, 0.85, 0.85, 0.8
DENTALS, ABD_OMITTED = 0.9, 0.85
# A spelling slip rather than a rendering of one sound: one-word names refuse it (Iran/Iraq).
ONE_LETTER, TWO_LETTERS, FINAL_S = "one-letter difference", "two-letter difference", "plural or final s"
ABD_OMITTED_KIND = "abd compound against its governed name"
VOWELS_DIFFER = ENDING_DIFFERS = 0.6
VOWELS_VARY = 0.9
# Vowels tell short names apart (Hamid/Hamad); four consonants in order are distinctive enough.
LONG_SKELETON = 4
MATCHED = 0.75


@dataclass(frozen=True)
class Sound:
    fine: str                 # consonant skeleton
    alternative: str          # the skeleton with the other reading of ambiguous digraphs
    coarse: str               # skeleton with voicing and emphasis merged
    dentals: str              # skeleton with the Arabic d/z/dh/th class merged
    vowels: tuple[str, ...]   # vowel group before each consonant run, and after the last

    @property
    def skeletons(self) -> set[str]:
        return {self.fine, self.alternative}

    @property
    def ends_in_vowel(self) -> bool:
        return bool(self.vowels[-1])


def _apply(rules, text: str) -> str:
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=65536)
def sound(token: str) -> Sound:
    first, second = token, token
    for digraph, one, other in AMBIGUOUS:
        first, second = first.replace(digraph, one), second.replace(digraph, other)
    spelled = _apply(FINE_RULES, first)
    fine = re.sub(r"[aeiou]", "", spelled)
    alternative = re.sub(r"[aeiou]", "", _apply(FINE_RULES, second))
    coarse = re.sub(r"[aeiou]", "", _apply(COARSE_RULES, spelled))
    dentals = re.sub(r"[aeiou]", "", _apply(FINE_RULES, ARABIC_DENTALS.sub("D", token)))
    return Sound(fine, alternative, coarse, dentals, tuple(CONSONANT_RUNS.split(spelled)))


def vowels_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Slot by slot, unless a vowel was dropped somewhere (Dagalo/Daglo): then nothing to compare."""
    if len(a) != len(b):
        return True
    for x, y in zip(a, b):
        if not x or not y or "e" in x or "e" in y:
            continue
        if not any(c & set(x) and c & set(y) for c in VOWEL_CLASSES):
            return False
    return True


# A vowel that, added to a name, makes another one: the feminine -a (Orlov/Orlova, Oleg/Olga) and
# the nisba -i/-y (Jaafar/Jaafari); other added vowels are spellings (Clark/Clarke, Macron/Macrone).
NAME_MAKING_VOWELS = ("a", "i", "y")


def ending_differs(a: str, b: str, sa: Sound, sb: Sound) -> bool:
    """One name ends in a consonant, the other in a vowel on the same consonants: Petrov/Petrova,
    Baranov/Barynova, Jaafar/Jaafari (a feminine or nisba vowel added), Vasilchenko/Vasilchenkov
    (a consonant suffix added), or a syllable added (Lavrenko/Lavrenkova; not Zakari/Zakariya);
    a plural s (Zapatista/Zapatistas) makes no new name."""
    short, long = sorted((a, b), key=len)
    added = long[len(short):]
    if long.startswith(short) and 0 < len(added) <= 3 and long.endswith(NAME_MAKING_VOWELS) \
            and re.search(r"[^aeiouyh]", added):
        return True                                   # Lavrenko/Lavrenkova: a syllable added
    if sa.ends_in_vowel == sb.ends_in_vowel:
        return False
    vowel_final, consonant_final = (a, b) if sa.ends_in_vowel else (b, a)
    if consonant_final.endswith("s"):
        return False
    if len(consonant_final) > len(vowel_final):
        return consonant_final.startswith(vowel_final) and len(consonant_final) - len(vowel_final) <= 2
    stem = vowel_final.rstrip("aeiouy")
    if not vowel_final.endswith(NAME_MAKING_VOWELS) or len(stem) < 2:
        return False
    return consonant_final.startswith(stem) or sound(stem).fine == sound(consonant_final).fine


def abd_omitted(a: str, b: str, given_names: bool) -> bool:
    """'Abdul Hanif' / 'Hanif': the servant-of compound written without its 'Abd'."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return long.startswith("abd") and len(short) >= 4 and \
        token_likeness(long[3:], short, given_names)[0] >= TRANSLITERATION


def token_likeness(a: str, b: str, given_names: bool = True, typos: bool = True) -> tuple[float, str]:
    """How alike two folded tokens are as name parts: (value, kind of likeness).

    typos=False refuses the spelling-slip tiers (names with one fixed spelling, such as places)."""
    if a == b:
        return SAME, "same"
    if len(a) == 1 or len(b) == 1:
        return (INITIAL, "initial") if a[0] == b[0] else (0.0, "different initial")
    if given_names and b in given_name_variants().get(a, ()):
        return NICKNAME, "name variant"
    sa, sb = sound(a), sound(b)
    if ending_differs(a, b, sa, sb):
        return ENDING_DIFFERS, "endings differ (one ends in a vowel)"
    if min(len(a), len(b)) >= 3 and sa.fine and sa.skeletons & sb.skeletons:
        if vowels_compatible(sa.vowels, sb.vowels):
            return TRANSLITERATION, f"transliteration (skeleton {sa.fine})"
        if len(sa.fine) >= LONG_SKELETON:
            return VOWELS_VARY, f"transliteration (skeleton {sa.fine}, vowels vary)"
        return VOWELS_DIFFER, f"same consonants {sa.fine}, vowels differ"
    if "D" in sa.dentals and sa.dentals == sb.dentals and vowels_compatible(sa.vowels, sb.vowels) \
            and (len(sa.dentals) >= LONG_SKELETON or DENTAL_DIGRAPH.search(a + " " + b)):
        return DENTALS, f"transliteration (d/z/dh/th, skeleton {sa.dentals})"
    if len(a) != len(b) and max(a, b, key=len) == min(a, b, key=len) + "s" and min(len(a), len(b)) >= 4:
        return TYPO_LONG, FINAL_S
    if abd_omitted(a, b, given_names):
        return ABD_OMITTED, ABD_OMITTED_KIND
    shortest = min(len(a), len(b))
    distance = DamerauLevenshtein.distance(a, b)
    if typos and distance == 1 and shortest >= 4:
        return (TYPO_LONG if shortest >= 6 else TYPO_SHORT), ONE_LETTER
    if typos and distance == 2 and shortest >= 7 and a[0] == b[0]:
        return TYPO_SHORT, TWO_LETTERS
    if len(sa.coarse) >= 3 and sa.coarse == sb.coarse and vowels_compatible(sa.vowels, sb.vowels):
        return COARSE, f"transliteration (coarse skeleton {sa.coarse})"
    return 0.0, "different"
