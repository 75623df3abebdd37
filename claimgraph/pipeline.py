"""One document through every stage, with no I/O: raw input in, a ProcessedDocument or Skipped out.

    prepare:  RawDocument --clean--> Document (cleaned text, metadata, printed publication date)
    parse:    Document --spaCy--> Doc                        (batched by the runners: nlp.pipe)
    extract:  Document + Doc --entities--> ParsedDocument
              --timex--> publication date inferred when none is printed
              --registered extractors (events, relations)--> ProcessedDocument
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from claimgraph import registry
from claimgraph.clean import clean_document
from claimgraph.config import Settings
from claimgraph.errors import InputError
from claimgraph.extract.context import ParsedDocument
from claimgraph.extract.entities import extract_entities
from claimgraph.extract.publication import infer_publication_date
from claimgraph.extract.triggers import find_document_triggers
from claimgraph.ids import document_id
from claimgraph.model import Document, ProcessedDocument, RawDocument, Relation, Report, Skipped
from claimgraph.nlp import load_model
from claimgraph.ontology import load_plover


def raw_document_id(raw: RawDocument) -> str:
    """The content hash that makes re-ingesting the same document a no-op."""
    return document_id(raw.html if raw.html is not None else (raw.text or ""))


class Pipeline:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.extractors = [registry.get("extractors", name) for name in self.settings.extractors]
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
        return Document(
            id=raw_document_id(raw), source=raw.source, text=cleaned.text,
            title=raw.title or cleaned.title, url=raw.url or cleaned.url,
            outlet=raw.outlet or cleaned.outlet, author=raw.author or cleaned.author,
            published=cleaned.published, published_origin=cleaned.published_origin,
            language="en" if not any(w.startswith("not English") for w in cleaned.warnings) else None,
            warnings=raw.warnings + cleaned.warnings,
        )

    def extract(self, document: Document, doc) -> ProcessedDocument:
        triggers = find_document_triggers(doc, load_plover())
        sentences, entities, mentions = extract_entities(document, doc, triggers)
        parsed = ParsedDocument(document, doc, sentences, entities, mentions, triggers)
        if document.published is None:
            inferred = infer_publication_date(parsed)
            if inferred:
                parsed = parsed.with_document(replace(document, published=inferred, published_origin="inferred"))
        records = [record for extractor in self.extractors for record in extractor(parsed)]
        return ProcessedDocument(
            document=parsed.document, sentences=sentences, entities=entities, mentions=mentions,
            reports=tuple(r for r in records if isinstance(r, Report)),
            relations=tuple(r for r in records if isinstance(r, Relation)),
        )

    def process(self, raw: RawDocument) -> ProcessedDocument | Skipped:
        return next(self.process_many([raw]))

    def process_many(self, raws: Iterable[RawDocument]) -> Iterator[ProcessedDocument | Skipped]:
        """Clean each document, parse them in batches with nlp.pipe, extract; order kept."""
        prepared = (self.prepare(raw) for raw in raws)
        pending: list[Document | Skipped] = []
        for item in prepared:
            pending.append(item)
            if len(pending) >= self.settings.batch_size:
                yield from self._finish(pending)
                pending = []
        yield from self._finish(pending)

    def _finish(self, batch: list[Document | Skipped]) -> Iterator[ProcessedDocument | Skipped]:
        documents = [d for d in batch if isinstance(d, Document)]
        docs = iter(self.nlp.pipe((d.text for d in documents), batch_size=self.settings.batch_size))
        for item in batch:
            if isinstance(item, Skipped):
                yield item
                continue
            doc = next(docs)
            try:
                yield self.extract(item, doc)
            except Exception as err:  # one document's failure must not stop the others
                yield Skipped(item.source, f"extraction failed: {err.__class__.__name__}: {err}")
