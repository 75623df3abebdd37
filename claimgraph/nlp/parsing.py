"""Parsing a batch of texts so that one bad text costs only itself.

`parse_batch(nlp, texts, batch_size)` gives, for each text in order, its spaCy Doc or the
InputError that says why it could not be parsed. A text longer than the model's `max_length` is
refused before parsing (spaCy would raise E088 for the whole batch); any other failure inside
`nlp.pipe` makes the batch parse again one text at a time, so only the text that fails is lost.
"""
from __future__ import annotations

from claimgraph.errors import InputError, TooLarge


def parse_batch(nlp, texts: list[str], batch_size: int) -> list:
    """A Doc or an InputError per text, in the order given."""
    refused = {i: too_long(nlp, text) for i, text in enumerate(texts)}
    parseable = [text for i, text in enumerate(texts) if refused[i] is None]
    try:
        docs = iter(list(nlp.pipe(parseable, batch_size=batch_size)))
    except Exception:  # one text broke the batch: find it by parsing each on its own
        docs = iter([parse_one(nlp, text) for text in parseable])
    return [refused[i] or next(docs) for i in range(len(texts))]


def too_long(nlp, text: str) -> TooLarge | None:
    if len(text) <= nlp.max_length:
        return None
    return TooLarge(f"the cleaned text is {len(text):,} characters, over the {nlp.max_length:,} "
                    f"the language model takes in one document (split it into articles)")


def parse_one(nlp, text: str):
    try:
        return nlp(text)
    except Exception as err:
        return InputError(f"the language model failed on it: {err.__class__.__name__}: {err}")
