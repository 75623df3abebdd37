"""Benchmarks: `python -m benchmarks.ingest_bench` (also `make bench`)."""
