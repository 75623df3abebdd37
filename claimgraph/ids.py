"""Content-hash ids: the same input always gets the same id, so re-ingesting is a no-op."""
from __future__ import annotations

import hashlib


def content_hash(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


def document_id(raw_content: str) -> str:
    return content_hash("doc", raw_content)


def record_id(kind: str, doc_id: str, *parts: object) -> str:
    """An id for a record extracted from one document, stable across runs."""
    return content_hash(kind, doc_id, *parts)
