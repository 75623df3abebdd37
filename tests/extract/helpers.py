"""Building a ParsedDocument from text with the real model: one entity per distinct spaCy entity."""
from __future__ import annotations

from claimgraph.extract.context import ParsedDocument
from claimgraph.extract.entities import extract_entities
from claimgraph.extract.triggers import find_document_triggers
from claimgraph.model import Document, Entity, Mention, Sentence
from claimgraph.ontology import load_plover


def parse_text(nlp, text: str, doc_id: str = "doc") -> ParsedDocument:
    """The text parsed, with an entity per distinct (name, label) among spaCy's entities."""
    return parsed_of(nlp(text), doc_id)


def parsed_of(doc, doc_id: str = "doc") -> ParsedDocument:
    """A parsed Doc (from the model, or built by hand) with an entity per distinct (name, label)
    among its entities. Like the entity stage, a mention drops a leading "the" and a trailing
    possessive.
    """
    text = doc.text
    sentences = tuple(Sentence(doc_id, i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents))
    sentence_index = {s.start: i for i, s in enumerate(doc.sents)}
    entities: dict[tuple[str, str], Entity] = {}
    mentions = []
    for ent in doc.ents:
        span = ent
        while len(span) > 1 and span[0].lower_ == "the":
            span = span[1:]
        while len(span) > 1 and span[-1].tag_ == "POS":
            span = span[:-1]
        key = (span.text, ent.label_)
        entity = entities.setdefault(key, Entity(f"{doc_id}-{span.text}-{ent.label_}", doc_id, span.text, ent.label_))
        mentions.append(Mention(f"{entity.id}-{span.start_char}", doc_id, entity.id, span.start_char, span.end_char,
                                span.text, ent.label_, sentence_index[ent.sent.start]))
    document = Document(id=doc_id, source="test", text=text)
    return ParsedDocument(document, doc, sentences, tuple(entities.values()), tuple(mentions),
                          find_document_triggers(doc, load_plover()))


def parse_document(nlp, text: str, doc_id: str = "d1") -> ParsedDocument:
    """The text through the real entity stage (unnamed groups included), as the pipeline runs it."""
    doc = nlp(text)
    triggers = find_document_triggers(doc, load_plover())
    document = Document(id=doc_id, source="test.txt", text=text)
    sentences, entities, mentions = extract_entities(document, doc, triggers)
    return ParsedDocument(document, doc, sentences, entities, mentions, triggers)


def extract_entities_of(nlp, text: str, doc_id: str = "d1"):
    """The entity stage on a text, as the pipeline runs it (with the document's triggers)."""
    doc = nlp(text)
    return extract_entities(Document(id=doc_id, source="test.txt", text=text), doc,
                            find_document_triggers(doc, load_plover()))
