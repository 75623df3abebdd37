"""The word lists and acronym rules of name finding (vocabulary: claimgraph/ontology/lexicon/entity_types.yaml).

`vocabulary()` is the lexicon that holds those lists; `is_acronym`, `acronym_letters`, `name_words`
and `spells` decide whether an acronym spells a name ("NATO", "MoD", "FRELIMO").
"""
from __future__ import annotations

import re

from claimgraph.ontology.lexicon import Lexicon, load_lexicon


# The name finder's word lists are lexicon families (lexicon/entity_types.yaml), read by the one
# loader; `vocab` parameters take the lexicon.
Vocabulary = Lexicon


def vocabulary() -> Lexicon:
    """The lexicon, whose entity_types families the name finder reads ("org_heads", "person_titles" ...)."""
    return load_lexicon()


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
