"""Hand-made records for tests that need a store but not spaCy."""
from __future__ import annotations

from claimgraph.model import Document, Entity, Evidence, Mention, ProcessedDocument, Relation, Report, Sentence


def document(doc_id: str, text: str, *, source: str | None = None, outlet: str | None = None,
             published: str | None = "2020-05-04", entities=(), reports=(), relations=()) -> ProcessedDocument:
    """One document whose entities are given as (name, type, [surfaces]) and found in the text.

    reports: (type, trigger, actor names, target names, extra Report fields as a dict)
    relations: (subject name, predicate, object name or None, value)
    """
    doc = Document(id=doc_id, source=source or f"{doc_id}.txt", text=text, outlet=outlet, published=published,
                   published_origin="metadata" if published else None)
    sentences, start = [], 0
    for index, part in enumerate(text.split(". ")):
        end = min(len(text), start + len(part) + 1)
        sentences.append(Sentence(doc_id, index, start, end, text[start:end]))
        start = end + 1
    sentence_of = lambda pos: next(s for s in sentences if s.start <= pos <= s.end) if sentences else None
    ents, mentions, ids = [], [], {}
    for name, type_, surfaces in entities:
        eid = f"{doc_id}-e-{name}"
        ids[name] = eid
        ents.append(Entity(eid, doc_id, name, type_, tuple(s for s in surfaces if s != name)))
        for surface in surfaces:
            pos = text.find(surface)
            while pos >= 0:
                mentions.append(Mention(f"{eid}-{pos}", doc_id, eid, pos, pos + len(surface), surface, type_,
                                        sentence_of(pos).index))
                pos = text.find(surface, pos + 1)
    mentions.sort(key=lambda m: m.start)
    reps = []
    for n, (type_, trigger, actors, targets, extra) in enumerate(reports):
        pos = text.find(trigger)
        s = sentence_of(pos)
        fields = dict(extra)
        if "location" in fields:
            fields["location"] = ids[fields["location"]]
        if "attributed_to" in fields:
            fields["attributed_to"] = ids[fields["attributed_to"]]
        reps.append(Report(f"{doc_id}-r{n}", doc_id, type_, Evidence(doc_id, pos, pos + len(trigger), s.text, s.index),
                           trigger=trigger, actors=tuple(ids[a] for a in actors),
                           targets=tuple(ids[t] for t in targets), **fields))
    rels = []
    for n, (subject, predicate, obj, value) in enumerate(relations):
        pos = text.find(subject)
        s = sentence_of(pos)
        rels.append(Relation(f"{doc_id}-rel{n}", doc_id, ids[subject], predicate,
                             Evidence(doc_id, pos, pos + len(subject), s.text, s.index),
                             object=ids[obj] if obj else None, value=value))
    return ProcessedDocument(doc, tuple(sentences), tuple(ents), tuple(mentions), tuple(reps), tuple(rels))
