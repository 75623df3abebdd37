"""Exporters: the resolved graph written in the formats analysts use. Registered in claimgraph.registry."""
