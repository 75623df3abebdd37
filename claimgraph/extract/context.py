"""ParsedDocument: what every extraction stage receives and returns, and span look-ups they share.

Each stage (claimgraph.extract.stages) reads the annotations earlier stages assigned and returns
a copy with its own assigned: `with_annotations(names=...)`. Nothing is mutated in place.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field, replace
from collections.abc import Mapping
from typing import Any

from claimgraph.model import Document, Entity, Evidence, Mention, Sentence
from claimgraph.ontology.lexicon import load_lexicon


# How far back (in characters, about two paragraphs) "the camp" may find the name it stands for.
ANTECEDENT_WINDOW = 1500
# How many sentences of "he ... he ..." a pronoun may follow back to the name.
PRONOUN_CHAIN = 3


@dataclass(frozen=True)
class ParsedDocument:
    """One cleaned document, its spaCy Doc, and the entities found in it so far."""
    document: Document
    doc: Any                                   # spacy.tokens.Doc over document.text
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()         # sorted by start
    triggers: Mapping[int, list] = field(default_factory=dict)   # sentence's first token -> its event triggers
    # Annotations of the stages between the parse and the records (claimgraph.extract.stages).
    names: tuple = ()                          # NameSpans of the name finder, stated aliases retyped
    aliases: tuple = ()                        # (name, alias) indices into names the text states
    groups: tuple = ()                         # NameSpans of unnamed groups taking part in events
    candidates: tuple = ()                     # events.EventCandidate, one per trigger group
    reports: tuple = ()                        # model.Report
    relations: tuple = ()                      # model.Relation
    # Look-up tables, derived once: extractors ask for spans token by token.
    _mention_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _longest_mention: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self):
        self._mention_starts[:] = [m.start for m in self.mentions]
        self._sentence_starts[:] = [s.start for s in self.sentences]
        self._longest_mention[:] = [max((m.end - m.start for m in self.mentions), default=0)]

    def with_document(self, document: Document) -> "ParsedDocument":
        return self.with_annotations(document=document)

    def with_annotations(self, **changes) -> "ParsedDocument":
        """A copy with some fields replaced, its look-up tables derived afresh."""
        return replace(self, **changes, _mention_starts=[], _sentence_starts=[], _longest_mention=[])

    @functools.cached_property
    def entity_by_id(self) -> dict[str, Entity]:
        """Built once per document: extractors look entities up trigger by trigger."""
        return {e.id: e for e in self.entities}

    def mention_in(self, start: int, end: int) -> Mention | None:
        """The longest mention lying inside [start, end), or overlapping it when none lies inside."""
        # Only mentions starting in [start - longest, end) can overlap the span.
        lo = bisect.bisect_left(self._mention_starts, start - self._longest_mention[0])
        hi = bisect.bisect_left(self._mention_starts, end)
        nearby = [m for m in self.mentions[lo:hi] if start < m.end]
        inside = [m for m in nearby if m.start >= start and m.end <= end]
        best = inside or nearby
        return max(best, key=lambda m: m.end - m.start) if best else None

    def entity_in(self, start: int, end: int) -> str | None:
        """The entity id named within a character span (a token's or a phrase's), if any."""
        m = self.mention_in(start, end)
        return m.entity_id if m else None

    def named_antecedent(self, word: str, before: int, labels, window: int = ANTECEDENT_WINDOW) -> Mention | None:
        """The nearest mention before a character offset whose name holds `word`: what "the camp"
        or "the ministry" refers back to ("Camp X ... attacks on the camp")."""
        word = word.lower()
        lo = bisect.bisect_left(self._mention_starts, before - window)
        for mention in reversed(self.mentions[lo:bisect.bisect_left(self._mention_starts, before)]):
            if mention.label in labels and word in mention.text.lower().replace("-", " ").split():
                return mention
        return None

    def _named_just_before(self, char: int, entity_type: str) -> list[Mention]:
        """Mentions of entities of a type from the start of the previous sentence up to `char`."""
        previous = self.sentences[max(0, self.sentence_at(char).index - 1)]
        lo = bisect.bisect_left(self._mention_starts, previous.start)
        hi = bisect.bisect_left(self._mention_starts, char)
        return [m for m in self.mentions[lo:hi]
                if (entity := self.entity_by_id.get(m.entity_id)) is not None and entity.type == entity_type]

    def organisation_antecedent(self, before: int) -> Mention | None:
        """What "the group" or "the militia" stands for: the organisation named last, in its
        sentence or the one before."""
        named = self._named_just_before(before, "ORG")
        return named[-1] if named else None

    def person_antecedent(self, pronoun, depth: int = 0) -> Mention | None:
        """Whom "he", "she", "him" or "her" stands for: the one person named before it in its
        sentence and the sentence before, when exactly one is ("The US sanctioned X. He
        rejected the sanctions."); with no one named there, whom the previous sentence's own
        "he" stands for ("... He rejected them. Later he said ..."). Two people named leave the
        pronoun unresolved."""
        lexicon = load_lexicon()
        if pronoun.lower_ not in lexicon.person_pronouns or depth > PRONOUN_CHAIN:
            return None
        people = {}
        for mention in self._named_just_before(pronoun.idx, "PERSON"):
            people.setdefault(mention.entity_id, mention)
        if people:
            return next(iter(people.values())) if len(people) == 1 else None
        sent = self.sentence_at(pronoun.idx)
        if sent.index == 0:
            return None
        previous = self.sentences[sent.index - 1]
        span = self.doc.char_span(previous.start, previous.end, alignment_mode="expand")
        earlier = next((t for t in span if t.lower_ in lexicon.person_pronouns and t.pos_ == "PRON"), None) if span else None
        return self.person_antecedent(earlier, depth + 1) if earlier is not None else None

    def sentence_at(self, char: int) -> Sentence:
        return self.sentences[max(0, bisect.bisect_right(self._sentence_starts, char) - 1)]

    def evidence(self, start: int, end: int) -> Evidence:
        sent = self.sentence_at(start)
        return Evidence(self.document.id, start, end, sent.text, sent.index)
