"""ParsedDocument: what every extractor receives, and span look-ups they share."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Any

from claimgraph.model import Document, Entity, Evidence, Mention, Sentence


@dataclass(frozen=True)
class ParsedDocument:
    """One cleaned document, its spaCy Doc, and the entities found in it so far."""
    document: Document
    doc: Any                                   # spacy.tokens.Doc over document.text
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self):
        self._starts.extend(m.start for m in self.mentions)

    def with_document(self, document: Document) -> "ParsedDocument":
        return replace(self, document=document, _starts=[])

    @property
    def entity_by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def mention_in(self, start: int, end: int) -> Mention | None:
        """The longest mention lying inside [start, end), or overlapping it when none lies inside."""
        i = bisect.bisect_left(self._starts, start)
        inside = [m for m in self.mentions[i:] if m.start < end and m.end <= end]
        if inside:
            return max(inside, key=lambda m: m.end - m.start)
        overlapping = [m for m in self.mentions if m.start < end and start < m.end]
        return max(overlapping, key=lambda m: m.end - m.start) if overlapping else None

    def entity_in(self, start: int, end: int) -> str | None:
        """The entity id named within a character span (a token's or a phrase's), if any."""
        m = self.mention_in(start, end)
        return m.entity_id if m else None

    def sentence_at(self, char: int) -> Sentence:
        starts = [s.start for s in self.sentences]
        return self.sentences[max(0, bisect.bisect_right(starts, char) - 1)]

    def evidence(self, start: int, end: int) -> Evidence:
        sent = self.sentence_at(start)
        return Evidence(self.document.id, start, end, sent.text, sent.index)
