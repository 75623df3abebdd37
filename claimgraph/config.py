"""Settings, read once at the interface (CLI, web, tests) and passed down; nothing reads them at import."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from claimgraph.nlp.spacy_model import DEFAULT_MODEL

# The extraction stages, in order (claimgraph.extract.stages; the registry's "stages" kind).
DEFAULT_STAGES = ("claimgraph.mentions.v1", "claimgraph.triggers.v1", "claimgraph.groups.v1",
                  "claimgraph.entities.v1", "claimgraph.publication_date.v1", "claimgraph.arguments.v1",
                  "claimgraph.event_dates.v1", "claimgraph.casualties.v1", "claimgraph.weapons.v1",
                  "claimgraph.attribution.v1", "claimgraph.modality.v1", "claimgraph.events.v1",
                  "claimgraph.relations.v1")
# A cleaned news article is rarely over 100 kB; 20 MB of input is a dump, not a document.
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Settings:
    db: str | None = None                    # file path or SQLAlchemy URL; None = CLAIMGRAPH_DB or ./claimgraph.db
    model: str = DEFAULT_MODEL
    stages: tuple[str, ...] = DEFAULT_STAGES        # registered stage or extractor names, in order
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int = 1
    batch_size: int = 32
    engine: str = "local"
    engine_options: dict = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env = {"db": os.environ.get("CLAIMGRAPH_DB"), "model": os.environ.get("CLAIMGRAPH_MODEL")}
        values = {k: v for k, v in env.items() if v}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
