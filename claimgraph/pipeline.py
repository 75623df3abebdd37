"""One document through every stage, with no I/O: raw input in, a ProcessedDocument or Skipped out.

    prepare:  RawDocument --clean--> Document (cleaned text, metadata, printed publication date)
    parse:    Document --spaCy--> Doc                        (batched by the runners: nlp.pipe)
    extract:  Document + Doc --each stage of Settings.stages, in order--> ProcessedDocument
              (claimgraph.extract.stages: mentions, triggers, groups, entities, publication date,
              arguments, event dates, casualties, weapons, attribution, modality, reports, relations)

The stage list is resolved in the registry and checked when the Pipeline is built: a stage whose
requirement no earlier stage assigns is a ConfigError. Given a StageTimes, the pipeline adds up
the seconds each step takes (benchmarks/ingest_bench.py prints them).
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator

from claimgraph import registry
from claimgraph.clean import clean_document
from claimgraph.config import Settings
from claimgraph.errors import ConfigError, InputError
from claimgraph.extract.context import ParsedDocument
from claimgraph.extract.stages import Stage, check_order, extractor_stage
from claimgraph.ids import document_id
from claimgraph.model import Document, ProcessedDocument, RawDocument, Skipped
from claimgraph.nlp import load_model
from claimgraph.nlp.parsing import parse_batch

StageTimes = Counter    # step name ("clean", "parse", a stage's name) -> seconds, summed over documents


def raw_document_id(raw: RawDocument) -> str:
    """The content hash that makes re-ingesting the same document a no-op."""
    return document_id(raw.html if raw.html is not None else (raw.text or ""))


def build_stages(names: Iterable[str]) -> tuple[Stage, ...]:
    """The registered stages of these names, in order, checked (claimgraph.extract.stages)."""
    stages = tuple(_stage(name) for name in names)
    check_order(stages)
    return stages


def _stage(name: str) -> Stage:
    if name in registry.names("stages"):
        return registry.get("stages", name)
    if name in registry.names("extractors"):
        return extractor_stage(name, registry.get("extractors", name))
    raise ConfigError(f"no stage named {name!r}; registered: {', '.join(sorted(registry.names('stages')))}"
                      + "".join(f", {n} (extractor)" for n in sorted(registry.names("extractors"))))


class Pipeline:
    def __init__(self, settings: Settings | None = None, times: StageTimes | None = None):
        self.settings = settings or Settings()
        self.stages = build_stages(self.settings.stages)
        self.times = times
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_model(self.settings.model)
        return self._nlp

    def prepare(self, raw: RawDocument) -> Document | Skipped:
        try:
            cleaned = clean_document(raw)
        except InputError as err:
            return Skipped(raw.source, str(err))
        except Exception as err:  # one document's failure must not stop the others
            return Skipped(raw.source, f"cleaning failed: {err.__class__.__name__}: {err}")
        return Document(
            id=raw_document_id(raw), source=raw.source, text=cleaned.text,
            title=raw.title or cleaned.title, url=raw.url or cleaned.url,
            outlet=raw.outlet or cleaned.outlet, author=raw.author or cleaned.author,
            published=cleaned.published, published_origin=cleaned.published_origin,
            language="en" if not any(w.startswith("not English") for w in cleaned.warnings) else None,
            warnings=raw.warnings + cleaned.warnings,
        )

    def extract(self, document: Document, doc) -> ProcessedDocument:
        """Every stage in order over one parsed document."""
        parsed = ParsedDocument(document, doc, sentences=())
        for stage in self.stages:
            parsed = self._timed(stage.name, stage, parsed)
        return ProcessedDocument(
            document=parsed.document, sentences=parsed.sentences, entities=parsed.entities,
            mentions=parsed.mentions, reports=parsed.reports, relations=parsed.relations)

    def _timed(self, step: str, function, *args):
        if self.times is None:
            return function(*args)
        started = time.perf_counter()
        try:
            return function(*args)
        finally:
            self.times[step] += time.perf_counter() - started

    def process(self, raw: RawDocument) -> ProcessedDocument | Skipped:
        return next(self.process_many([raw]))

    def process_many(self, raws: Iterable[RawDocument]) -> Iterator[ProcessedDocument | Skipped]:
        """Clean each document, parse them in batches with nlp.pipe, extract; order kept."""
        prepared = (self._timed("clean", self.prepare, raw) for raw in raws)
        pending: list[Document | Skipped] = []
        for item in prepared:
            pending.append(item)
            if len(pending) >= self.settings.batch_size:
                yield from self._finish(pending)
                pending = []
        yield from self._finish(pending)

    def _finish(self, batch: list[Document | Skipped]) -> Iterator[ProcessedDocument | Skipped]:
        documents = [d for d in batch if isinstance(d, Document)]
        texts = [d.text for d in documents]
        docs = iter(self._timed("parse", parse_batch, self.nlp, texts, self.settings.batch_size))
        for item in batch:
            if isinstance(item, Skipped):
                yield item
                continue
            doc = next(docs)
            if isinstance(doc, InputError):
                yield Skipped(item.source, str(doc))
                continue
            try:
                yield self.extract(item, doc)
            except Exception as err:  # one document's failure must not stop the others
                yield Skipped(item.source, f"extraction failed: {err.__class__.__name__}: {err}")
