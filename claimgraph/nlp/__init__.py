"""The one place spaCy is loaded."""
from claimgraph.nlp.spacy_model import DEFAULT_MODEL, load_model, stop_words

__all__ = ["DEFAULT_MODEL", "load_model", "stop_words"]
