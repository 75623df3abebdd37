"""Document text cut into sentences of plain and marked pieces, for templates to escape piece by
piece, and the one place links to a document's sentence are built.

Nothing here produces HTML: each piece is data the template renders with autoescaping, so text
from documents can never become markup.
"""
from __future__ import annotations

import urllib.parse

from claimgraph.views import MentionSpan, ReportSpan, SentenceSpan, TextPiece


def sentence_anchor(index: int) -> str:
    """The id of a sentence on its document's page."""
    return f"s{index}"


def sentence_link(doc_id: str, sentence_index: int | None) -> str:
    """The address of a document's page landing on one of its sentences (its top when the sentence
    is unknown): every link from a report, a mention or a relation to its source is built here."""
    page = f"/documents/{urllib.parse.quote(doc_id, safe='')}"
    return page if sentence_index is None else f"{page}#{sentence_anchor(sentence_index)}"


def document_segments(text: str, sentences: tuple[SentenceSpan, ...], mentions: tuple[MentionSpan, ...],
                      reports: tuple[ReportSpan, ...]) -> list[dict]:
    """The text as blocks in order, each {"sentence": its index, or None between sentences, "pieces"}:
    a piece is {"text"} alone, or with "entity" (an id) or "event"/"report" (ids).

    Marks that overlap an earlier mark are dropped (the earlier, then the longer, wins), and a mark
    running over a sentence's end is cut there, so every character of the text appears exactly once.
    """
    regions = _regions(len(text), sentences)
    blocks = [{"sentence": index, "pieces": []} for _, _, index in regions]
    at, region = 0, 0
    for piece in _pieces(text, mentions, reports):
        start, end = at, at + len(piece["text"])
        at = end
        while start < end:
            while regions[region][1] <= start:
                region += 1
            cut = min(end, regions[region][1])
            blocks[region]["pieces"].append({**piece, "text": text[start:cut]})
            start = cut
    return blocks


def _regions(length: int, sentences: tuple[SentenceSpan, ...]) -> list[tuple[int, int, int | None]]:
    """(start, end, sentence index or None) covering the text from 0 to `length`, in order."""
    regions, cursor = [], 0
    for sentence in sorted(sentences, key=lambda s: s.start):
        start, end = max(cursor, sentence.start), min(length, sentence.end)
        if end <= start:
            continue
        if start > cursor:
            regions.append((cursor, start, None))
        regions.append((start, end, sentence.index))
        cursor = end
    if cursor < length:
        regions.append((cursor, length, None))
    return regions


def _pieces(text: str, mentions: tuple[MentionSpan, ...], reports: tuple[ReportSpan, ...]) -> list[dict]:
    marks = [{"start": m.start, "end": m.end, "entity": m.entity} for m in mentions]
    marks += [{"start": r.start, "end": r.end, "event": r.event, "report": r.id, "type": r.type,
               "modality": r.modality} for r in reports]
    marks.sort(key=lambda m: (m["start"], -(m["end"] - m["start"])))
    pieces, cursor = [], 0
    for mark in marks:
        start, end = max(0, mark["start"]), min(len(text), mark["end"])
        if start < cursor or end <= start:
            continue
        if start > cursor:
            pieces.append({"text": text[cursor:start]})
        pieces.append({**{k: v for k, v in mark.items() if k not in ("start", "end")}, "text": text[start:end]})
        cursor = end
    if cursor < len(text):
        pieces.append({"text": text[cursor:]})
    return pieces


def highlight(sentence: str, words: str | None) -> tuple[TextPiece, ...]:
    """The sentence as pieces with the first occurrence of `words` marked (case-insensitive)."""
    at = sentence.casefold().find(words.casefold()) if words else -1
    if at < 0:
        return (TextPiece(sentence, mark=False),)
    end = at + len(words)
    pieces = (TextPiece(sentence[:at], mark=False), TextPiece(sentence[at:end], mark=True),
              TextPiece(sentence[end:], mark=False))
    return tuple(p for p in pieces if p.text)


def snippet(text: str, words: str, width: int = 90) -> tuple[TextPiece, ...]:
    """A short window of `text` around the first occurrence of `words`, as highlight pieces."""
    at = text.casefold().find(words.casefold())
    if at < 0:
        return (TextPiece(text[:2 * width] + ("…" if len(text) > 2 * width else ""), mark=False),)
    start, end = max(0, at - width), min(len(text), at + len(words) + width)
    window = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    return highlight(window, words)
