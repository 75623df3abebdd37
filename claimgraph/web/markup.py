"""Document text cut into plain and marked pieces, for templates to escape piece by piece.

Nothing here produces HTML: each piece is data the template renders with autoescaping, so text
from documents can never become markup.
"""
from __future__ import annotations

from claimgraph.views import MentionSpan, ReportSpan, TextPiece


def document_segments(text: str, mentions: tuple[MentionSpan, ...], reports: tuple[ReportSpan, ...]) -> list[dict]:
    """Pieces of `text` in order: {"text"} alone, or with "entity" (an id) or "event"/"report" (ids).

    Marks that overlap an earlier mark are dropped (the earlier, then the longer, wins), so every
    character of the text appears exactly once.
    """
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
        pieces.append({**mark, "text": text[start:end]})
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
