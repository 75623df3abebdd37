"""Content-hash ids: the same input always gets the same id, so re-ingesting is a no-op."""
from __future__ import annotations

import hashlib
import unicodedata


def content_hash(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


def document_id(raw_content: str) -> str:
    """The same id for the same article saved with other line endings, trailing whitespace or
    Unicode composition (a copy saved on Windows, a file with or without its final newline)."""
    return content_hash("doc", canonical_content(raw_content))


def canonical_content(text: str) -> str:
    """NFC, `\\n` line endings, no whitespace at the end of a line or around the whole text."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def record_id(kind: str, doc_id: str, *parts: object) -> str:
    """An id for a record extracted from one document, stable across runs."""
    return content_hash(kind, doc_id, *parts)
