"""Name normalisation: a name as written -> a ParsedName of typed tokens, ready to compare.

Steps, in order: transliterate to ASCII (anyascii), lower-case, drop apostrophes and ayn/hamza
marks ("Mu'tamar" -> "mutamar"), split dotted initials (persons) or collapse dotted acronyms
(organisations), split on punctuation and hyphens, drop leading titles and trailing suffixes
(persons), strip legal forms from either end and write a common word one way ("railway" as
"train") (all but persons), map number words and Roman
numerals to digits, join the Arabic "abd"/"abu" compounds with the word they govern, and mark
each remaining token as a name part, a particle, a generic organisation word or an initial.
The vocabularies are general knowledge of naming, in claimgraph.resolve.vocabulary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from anyascii import anyascii

from claimgraph.resolve.vocabulary import legal_forms
from claimgraph.ontology.lexicon import load_lexicon

PERSON, ORG = "PERSON", "ORG"
ORG_TYPES = {"ORG", "NORP"}
# Names with one settled spelling each (countries, cities, sites, nationalities): a spelling slip
# there is another place (Iran/Iraq), never the same one.
FIXED_SPELLING_TYPES = {"GPE", "LOC", "FAC", "NORP"}

ABD_PREFIX = re.compile(r"^abd(?:[aeiou]l)?(?=[a-z]{3,}$)")
ABD_ASSIMILATED = re.compile(r"^abd[aeiou](?=([rstdnz])\1[a-z]{2,}$)")

# Scripts that change how much a written difference says: in a syllabic script (Han, kana,
# Hangul) each character is a syllable of the name, so one different character is another name
# even when the romanisations agree; an abjad (Arabic, Hebrew) writes no short vowels, so a
# romanised letter of difference is a consonant, never a slip of spelling.
SYLLABIC = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
ABJAD = re.compile(r"[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc\u02bb\u02bf\u02be`\u00b4]")
DOTTED_RUN = re.compile(r"\b(?:[a-z]\.){2,}(?:[a-z]\b)?")
NON_ALNUM = re.compile(r"[^a-z0-9]+")
ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")

NAME, PARTICLE, GENERIC, INITIAL = "name", "particle", "generic", "initial"


@dataclass(frozen=True)
class Token:
    text: str
    kind: str                                  # name | particle | generic | initial


@dataclass(frozen=True)
class ParsedName:
    original: str
    type: str | None
    tokens: tuple[Token, ...]                  # in written order, particles included
    numbers: tuple[str, ...] = ()              # digits, from digits, number words, Roman numerals
    legal_forms: tuple[str, ...] = ()          # canonical legal-form families
    titles: tuple[str, ...] = ()               # stripped titles and suffixes
    syllables: str = ""                        # the characters written in a syllabic script
    abjad: bool = False                        # written in an abjad (no short vowels)

    @property
    def parts(self) -> tuple[Token, ...]:
        """The tokens that identify: everything but particles."""
        return tuple(t for t in self.tokens if t.kind != PARTICLE)

    @property
    def folded(self) -> str:
        return " ".join(t.text for t in self.parts)


def fold(text: str, collapse_acronyms: bool) -> list[str]:
    """ASCII, lower case, apostrophes dropped, punctuation to spaces: the raw token list."""
    text = APOSTROPHES.sub("", anyascii(text).lower()).replace("&", " and ")
    if collapse_acronyms:
        text = DOTTED_RUN.sub(lambda m: m.group(0).replace(".", ""), text)
    return [t for t in NON_ALNUM.split(text) if t]


def as_number(token: str, last: bool, type: str | None) -> str | None:
    lexicon = load_lexicon()
    if token.isdigit():
        return str(int(token))
    if m := ORDINAL_DIGITS.match(token):
        return str(int(m.group(1)))
    if token in lexicon.number_words:
        return lexicon.number_words[token]
    # A lone "V" or "X" is more often a letter; in a person's name a numeral closes it
    # ("Henry VIII"), and a first "Xi" or "Vi" is a name.
    if token in lexicon.roman_numerals and len(token) > 1 and (last or type != PERSON):
        return lexicon.roman_numerals[token]
    return None


def strip_legal_forms(words: list[str]) -> tuple[list[str], list[str]]:
    """Remove legal forms (longest first) from the end, then the start: (words, families)."""
    families: list[str] = []
    for at_end in (True, False):
        found = True
        while found and len(words) > 1:
            found = False
            for size in (4, 3, 2, 1):
                part = tuple(words[-size:] if at_end else words[:size])
                if len(part) == size and part in legal_forms() and len(words) > size:
                    families.append(legal_forms()[part])
                    words = words[:-size] if at_end else words[size:]
                    found = True
                    break
    return words, families


def strip_titles(words: list[str]) -> tuple[list[str], list[str]]:
    lexicon = load_lexicon()
    titles = []
    while len(words) > 1 and words[0] in lexicon.titles:
        titles.append(words.pop(0))
    while len(words) > 1 and words[-1] in lexicon.person_suffixes:
        titles.append(words.pop())
    return words, titles


def join_compounds(words: list[str]) -> list[str]:
    """'abd al rahman' -> 'abdrahman', 'abu bakr' -> 'abubakr': the compound is one name part."""
    lexicon = load_lexicon()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if (word in lexicon.abd_forms or word in lexicon.abu_forms) and i + 1 < len(words):
            j = i + 1
            if words[j] in lexicon.arabic_articles and j + 1 < len(words):
                j += 1
            word = ("abd" if word in lexicon.abd_forms else "abu") + words[j]
            i = j
        out.append(normalise_abd(word))
        i += 1
    return out


def normalise_abd(word: str) -> str:
    """'abdullah', 'abdallah', 'abdurrahman' -> 'abd' + the governed word, article dropped."""
    if m := ABD_ASSIMILATED.match(word):
        return "abd" + word[m.end():]
    return ABD_PREFIX.sub("abd", word)


def token_kind(word: str, index: int, count: int, type: str | None) -> str:
    lexicon = load_lexicon()
    if len(word) == 1 and word.isalpha():
        return INITIAL
    last = index == count - 1
    if type in ORG_TYPES:
        if word in lexicon.org_stopwords or (
                word in lexicon.arabic_articles or word in lexicon.arabic_connectives) and not last:
            return PARTICLE
        return GENERIC if word in lexicon.generic_org_words else NAME
    if not last and (word in lexicon.arabic_articles or word in lexicon.patronymic_links
                     or word in lexicon.latin_particles):
        return PARTICLE
    if type is None and word in lexicon.org_stopwords:
        return PARTICLE
    return NAME


def parse_name(name: str, type: str | None = None) -> ParsedName:
    """A name as written -> ParsedName (see the module docstring for the steps)."""
    type = type.upper() if type else None
    words = fold(name, collapse_acronyms=type != PERSON)
    titles: list[str] = []
    families: list[str] = []
    if type != PERSON:
        words, families = strip_legal_forms(words)
        variants = load_lexicon().name_word_variants
        words = [variants.get(w, w) for w in words]
    if type in (PERSON, None):
        words, titles = strip_titles(words)
    numbers, rest = [], []
    previous_was_number = False
    for i, word in enumerate(words):
        number = as_number(word, i == len(words) - 1, type) if len(words) > 1 else None
        if number is None:
            rest.append(word)
        elif numbers and numbers[-1] in load_lexicon().tens_words.values() and len(number) == 1 and previous_was_number:
            numbers[-1] = str(int(numbers[-1]) + int(number))        # "forty four" -> 44
        else:
            numbers.append(number)
        previous_was_number = number is not None
    if type != ORG:
        rest = join_compounds(rest)
    tokens = tuple(Token(w, token_kind(w, i, len(rest), type)) for i, w in enumerate(rest))
    return ParsedName(name, type, tokens, tuple(sorted(numbers)), tuple(sorted(set(families))),
                      tuple(titles), "".join(SYLLABIC.findall(name)), bool(ABJAD.search(name)))
