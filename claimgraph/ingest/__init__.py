"""Reading sources into RawDocuments: files, folders, JSONL and feeds. Failures become Skipped."""
from claimgraph.ingest.files import SUPPORTED_SUFFIXES, read_sources

__all__ = ["SUPPORTED_SUFFIXES", "read_sources"]
