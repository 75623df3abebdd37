"""Reading sources: which inputs become documents, and the one-line reason for those that do not."""
from __future__ import annotations

import json

import pytest

from claimgraph.ingest import read_sources
from claimgraph.model import RawDocument, Skipped

MAX = 1_000_000


def read(paths, max_bytes=MAX):
    return list(read_sources(paths, max_bytes))


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n  ", "empty file"),
    ("image.txt", bytes(range(256)) * 10, "binary file"),
    ("notes.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
    ("big.txt", b"word " * 300_000, "over the 1 MB limit"),
])
def test_inputs_that_are_not_documents_are_skipped_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    [result] = read([path])
    assert isinstance(result, Skipped) and reason in result.reason and result.source == str(path)


def test_a_missing_path_is_reported():
    [result] = read(["/nonexistent/article.txt"])
    assert result == Skipped("/nonexistent/article.txt", "no such file or folder")


@pytest.mark.parametrize("name, attribute", [("a.txt", "text"), ("a.html", "html"), ("a.htm", "html")])
def test_text_and_html_files(tmp_path, name, attribute):
    (tmp_path / name).write_text("Troops entered the town.", encoding="utf-8")
    [raw] = read([tmp_path / name])
    assert getattr(raw, attribute) == "Troops entered the town."


def test_windows_1252_text_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_bytes("The minister\u2019s caf\u00e9 was shelled.".encode("cp1252"))
    [raw] = read([tmp_path / "a.txt"])
    assert raw.text == "The minister\u2019s caf\u00e9 was shelled."
    assert raw.warnings == ("not UTF-8: decoded as Windows-1252",)


def test_folders_are_read_recursively_in_order_skipping_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "1.txt").write_text("one")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [r.text for r in read([tmp_path])] == ["one", "two"]


def test_jsonl_lines_become_documents_and_bad_lines_are_skipped(tmp_path):
    lines = [json.dumps({"text": "Shelling in the north.", "url": "https://example.org/a", "title": "A",
                         "published": "2021-03-02", "outlet": "Example", "author": "R. Writer"}),
             "{not json",
             json.dumps({"html": "<p>Talks resumed.</p>"}),
             json.dumps({"title": "no body"}),
             json.dumps(["a list"])]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    results = read([tmp_path / "batch.jsonl"])
    assert results[0] == RawDocument(source="https://example.org/a", text="Shelling in the north.",
                                     url="https://example.org/a", title="A", published="2021-03-02",
                                     outlet="Example", author="R. Writer")
    assert isinstance(results[1], Skipped) and "not valid JSON" in results[1].reason
    assert results[1].source.endswith("batch.jsonl:2")
    assert results[2].html == "<p>Talks resumed.</p>"
    assert [type(r) for r in results[3:]] == [Skipped, Skipped]


def test_feed_entries_become_documents(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>Ceasefire agreed</title><link>https://example.org/c</link>
      <pubDate>Tue, 02 Mar 2021 10:00:00 GMT</pubDate><description>&lt;p&gt;The two sides agreed a ceasefire.&lt;/p&gt;</description></item>
    </channel></rss>"""
    (tmp_path / "wire.rss").write_text(feed, encoding="utf-8")
    [raw] = read([tmp_path / "wire.rss"])
    assert (raw.title, raw.outlet, raw.published, raw.url) == ("Ceasefire agreed", "Wire", "2021-03-02",
                                                              "https://example.org/c")
    assert "agreed a ceasefire" in raw.html
