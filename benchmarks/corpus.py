"""Synthetic corpora for benchmarks, made at run time from a folder of real articles.

Articles: paragraphs of the given articles shuffled across them into new articles of the same
length distribution, so every content hash differs (nothing is deduplicated away) while the
language stays real news prose. Stores: a stored corpus copied N times under new ids, each
copy's dates moved on by a year, to reach thousands of documents without running the NLP.
"""
from __future__ import annotations

import dataclasses
import itertools
import random
from collections.abc import Iterator
from pathlib import Path

from claimgraph.ingest import read_sources
from claimgraph.model import Evidence, ProcessedDocument, RawDocument

# Fields holding a record's own id or another record's id: renamed in every copy.
ID_FIELDS = {"id", "doc_id", "entity_id", "subject", "object", "location", "attributed_to", "actors", "targets"}
DATE_FIELDS = {"published", "date", "date_end"}


def seed_texts(folder: Path, max_bytes: int = 20_000_000) -> list[str]:
    """The text of every readable article in a folder (HTML is used as it is: the cleaner strips it)."""
    return [raw.text or raw.html for raw in read_sources([folder], max_bytes)
            if isinstance(raw, RawDocument) and (raw.text or raw.html)]


def synthetic_articles(texts: list[str], count: int, seed: int = 0) -> list[RawDocument]:
    """`count` distinct articles built from the paragraphs of `texts`, lengths drawn from theirs."""
    rng = random.Random(seed)
    paragraphs = [p.strip() for text in texts for p in text.splitlines() if p.strip()]
    lengths = [len(text.split()) for text in texts]
    if not paragraphs:
        raise ValueError("no paragraphs to build articles from")
    articles = []
    for number in range(count):
        target, parts, words = rng.choice(lengths), [], 0
        while words < target:
            parts.append(rng.choice(paragraphs))
            words += len(parts[-1].split())
        # The number makes every text, hence every content hash, distinct.
        text = "\n\n".join(parts) + f"\n\n(Article {number}.)"
        articles.append(RawDocument(source=f"synthetic-{number:05d}.txt", text=text))
    return articles


def copy_of(record, copy: int):
    """The record as the `copy`-th replica: ids suffixed, dates a year later per copy."""
    if copy == 0:
        return record
    changes = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if value is None:
            continue
        if field.name in ID_FIELDS:
            changes[field.name] = (tuple(f"{v}~{copy}" for v in value) if isinstance(value, tuple)
                                   else f"{value}~{copy}")
        elif field.name in DATE_FIELDS:
            changes[field.name] = _later(value, copy)
        elif isinstance(value, Evidence):
            changes[field.name] = dataclasses.replace(value, doc_id=f"{value.doc_id}~{copy}")
    return dataclasses.replace(record, **changes)


def replicate(documents: list[ProcessedDocument]) -> Iterator[ProcessedDocument]:
    """The given documents, then copies of them, without end (take what you need with islice)."""
    for copy in itertools.count():
        for processed in documents:
            yield ProcessedDocument(**{f.name: (tuple(copy_of(r, copy) for r in value)
                                                if isinstance(value, tuple) else copy_of(value, copy))
                                       for f in dataclasses.fields(processed)
                                       for value in [getattr(processed, f.name)]})


def _later(date: str, years: int) -> str:
    year, _, rest = date.partition("-")
    if not year.isdigit():
        return date
    shifted = f"{int(year) + years}{'-' + rest if rest else ''}"
    return shifted.replace("-02-29", "-02-28")
