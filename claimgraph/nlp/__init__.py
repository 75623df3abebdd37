"""The one place spaCy is loaded."""
from claimgraph.nlp.spacy_model import DEFAULT_MODEL, load_model

__all__ = ["DEFAULT_MODEL", "load_model"]
