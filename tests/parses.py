"""spaCy Docs built by hand, for rules that read the parse: a test states the very tree a rule
sees, so a new model's parse cannot hide which rule broke.

    doc = hand_parse('''
        0  Rebels   NNS  nsubj  1
        1  shelled  VBD  ROOT   1   shell
        2  Varnek   NNP  dobj   1   B-GPE
        3  .        .    punct  1
    ''')

One token a line: its index (checked, so heads can be read off the table), the word, its
Penn Treebank tag, its dependency label, the index of its head (a root heads itself), then
optionally its lemma and its entity label (IOB, "B-ORG"/"I-ORG"), in either order. Coarse
parts of speech come from the tag; a lemma not given is the lowercase word. Words are joined by
one space, except before closing punctuation and a possessive.
"""
from __future__ import annotations

import functools
import re

import spacy
from spacy.tokens import Doc

# Penn Treebank tags to Universal POS, as English pipelines map them.
POS_OF_TAG = {
    "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON", "FW": "X", "IN": "ADP", "JJ": "ADJ",
    "JJR": "ADJ", "JJS": "ADJ", "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN",
    "NNPS": "PROPN", "PDT": "DET", "POS": "PART", "PRP": "PRON", "PRP$": "PRON", "RB": "ADV",
    "RBR": "ADV", "RBS": "ADV", "RP": "ADP", "TO": "PART", "UH": "INTJ", "VB": "VERB", "VBD": "VERB",
    "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "WDT": "PRON", "WP": "PRON",
    "WP$": "PRON", "WRB": "ADV", ",": "PUNCT", ".": "PUNCT", ":": "PUNCT", "HYPH": "PUNCT",
    "-LRB-": "PUNCT", "-RRB-": "PUNCT", "``": "PUNCT", "''": "PUNCT",
}
NO_SPACE_BEFORE = frozenset({",", ".", ":", "POS", "-RRB-", "''"})
ENTITY_LABEL = re.compile(r"[BI]-[A-Z_]+")


@functools.cache
def english_vocab():
    return spacy.blank("en").vocab


def hand_parse(table: str) -> Doc:
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for position, row in enumerate(rows):
        assert int(row[0]) == position, f"row {position} is numbered {row[0]}"
    words, tags, deps = [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows]
    extras = [r[5:] for r in rows]
    ents = [next((x for x in extra if ENTITY_LABEL.fullmatch(x)), "O") for extra in extras]
    lemmas = [next((x for x in extra if not ENTITY_LABEL.fullmatch(x)), word.lower())
              for word, extra in zip(words, extras)]
    spaces = [i + 1 < len(rows) and tags[i + 1] not in NO_SPACE_BEFORE and tags[i] != "-LRB-"
              for i in range(len(rows))]
    return Doc(english_vocab(), words=words, spaces=spaces, tags=tags, pos=[POS_OF_TAG[t] for t in tags],
               deps=deps, heads=[int(r[4]) for r in rows], lemmas=lemmas, ents=ents)
