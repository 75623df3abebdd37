"""Execution engines for ingestion: local processes by default, Ray for a cluster."""
