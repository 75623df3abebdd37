"""One table of versioned names for every pluggable part, resolved lazily.

Built-ins are registered below as "module:attribute" strings, so `claimgraph --help` imports
nothing heavy. Plugins add entries through the entry-point group "claimgraph.plugins", named
"KIND:NAME" (e.g. `"stages:acme.weapons.v1" = "acme_claimgraph.weapons:STAGE"`).

Kinds:
- stages:     claimgraph.extract.stages.Stage, one step of extraction (name, requires, assigns);
              Settings.stages lists the ones to run, in order, checked when the pipeline is built
- extractors: (ParsedDocument) -> tuple of Report / Relation records: plugins written before
              stages existed, each run as a stage after the entities and the publication date
- exporters:  class with write(data: ExportData, stream) for `claimgraph export --format NAME`
- engines:    function running ingestion: (sources, store, settings, progress) -> IngestSummary
"""
from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from claimgraph.errors import ConfigError

ENTRY_POINT_GROUP = "claimgraph.plugins"

BUILTINS: dict[str, dict[str, str]] = {
    "stages": {
        "claimgraph.mentions.v1": "claimgraph.extract.stages:MENTIONS",
        "claimgraph.triggers.v1": "claimgraph.extract.stages:TRIGGERS",
        "claimgraph.groups.v1": "claimgraph.extract.stages:GROUPS",
        "claimgraph.entities.v1": "claimgraph.extract.stages:ENTITIES",
        "claimgraph.publication_date.v1": "claimgraph.extract.stages:PUBLICATION_DATE",
        "claimgraph.arguments.v1": "claimgraph.extract.stages:ARGUMENTS",
        "claimgraph.event_dates.v1": "claimgraph.extract.stages:EVENT_DATES",
        "claimgraph.casualties.v1": "claimgraph.extract.stages:CASUALTIES",
        "claimgraph.weapons.v1": "claimgraph.extract.stages:WEAPONS",
        "claimgraph.attribution.v1": "claimgraph.extract.stages:ATTRIBUTION",
        "claimgraph.modality.v1": "claimgraph.extract.stages:MODALITY",
        "claimgraph.events.v1": "claimgraph.extract.stages:REPORTS",
        "claimgraph.relations.v1": "claimgraph.extract.stages:RELATIONS",
    },
    "extractors": {},
    "exporters": {
        "json": "claimgraph.export.json_export:JsonExporter",
        "csv": "claimgraph.export.csv_export:CsvExporter",
        "graphml": "claimgraph.export.graphml:GraphmlExporter",
        "gexf": "claimgraph.export.gexf:GexfExporter",
        "acled": "claimgraph.export.acled:AcledExporter",
        "stix": "claimgraph.export.stix:StixExporter",
        "ftm": "claimgraph.export.ftm:FtmExporter",
    },
    "engines": {
        "local": "claimgraph.runners.local:run",
        "ray": "claimgraph.runners.ray:run",
    },
}


def names(kind: str) -> dict[str, str]:
    """Every registered name of one kind, built-ins first, then plugins."""
    if kind not in BUILTINS:
        raise ConfigError(f"unknown registry kind {kind!r}; kinds: {', '.join(BUILTINS)}")
    found = dict(BUILTINS[kind])
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        ep_kind, _, name = ep.name.partition(":")
        if ep_kind == kind and name:
            found[name] = ep.value
    return found


def get(kind: str, name: str):
    target = names(kind).get(name)
    if target is None:
        raise ConfigError(f"no {kind[:-1]} named {name!r}; registered: {', '.join(sorted(names(kind)))}")
    module_name, _, attribute = target.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as err:
        raise ConfigError(f"{kind[:-1]} {name!r} ({target}) cannot be loaded: {err}") from err
