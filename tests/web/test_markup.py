"""Document text as sentences of pieces, and the one builder of links to a sentence."""
from __future__ import annotations

import pytest

from claimgraph.views import MentionSpan, ReportSpan, SentenceSpan
from claimgraph.web.markup import document_segments, sentence_link

TEXT = "Rebels shelled Ostrava.\n\nThe mayor of Ostrava fled."
SENTENCES = (SentenceSpan(0, 0, 23), SentenceSpan(1, 25, 51))
OSTRAVA = (MentionSpan(15, 22, "Ostrava", "city"), MentionSpan(38, 45, "Ostrava", "city"))
SHELLED = (ReportSpan("r1", "ev1", "ASSAULT", 7, 14, "occurred"),)


def plain(blocks):
    return [(b["sentence"], [(p["text"], p.get("entity") or p.get("event")) for p in b["pieces"]]) for b in blocks]


@pytest.mark.parametrize("sentences, mentions, reports, expected", [
    (SENTENCES, OSTRAVA, SHELLED, [
        (0, [("Rebels ", None), ("shelled", "ev1"), (" ", None), ("Ostrava", "city"), (".", None)]),
        (None, [("\n\n", None)]),
        (1, [("The mayor of ", None), ("Ostrava", "city"), (" fled.", None)])]),
    ((), (), (), [(None, [(TEXT, None)])]),                          # no sentences: one block, no anchor
    # a mark over a sentence's end is cut there, so each sentence keeps its own characters
    (SENTENCES, (MentionSpan(15, 30, "Ostrava.\n\nThe m", "x"),), (), [
        (0, [("Rebels shelled ", None), ("Ostrava.", "x")]), (None, [("\n\n", "x")]),
        (1, [("The m", "x"), ("ayor of Ostrava fled.", None)])]),
])
def test_document_segments(sentences, mentions, reports, expected):
    blocks = document_segments(TEXT, sentences, mentions, reports)
    assert plain(blocks) == expected
    assert "".join(p["text"] for b in blocks for p in b["pieces"]) == TEXT


@pytest.mark.parametrize("doc_id, index, link", [
    ("d1", 4, "/documents/d1#s4"),
    ("d1", None, "/documents/d1"),
    ("a/b c", 0, "/documents/a%2Fb%20c#s0"),
])
def test_sentence_link(doc_id, index, link):
    assert sentence_link(doc_id, index) == link
