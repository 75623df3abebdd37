"""ACLED's event categories and how PLOVER types map onto them (ontology/acled.yaml), read once."""
from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

ACLED_FILE = Path(__file__).with_name("acled.yaml")
CIVILIANS = "civilians"


@dataclass(frozen=True)
class AcledRule:
    id: str
    type: str
    event_type: str
    sub_event_type: str
    modes: tuple[str | None, ...] | None = None    # None: any mode
    targets: str | None = None                      # None: any targets; "civilians"

    def applies(self, type: str, mode: str | None, civilian_targets: bool) -> bool:
        return (type == self.type and (self.modes is None or mode in self.modes)
                and (self.targets != CIVILIANS or civilian_targets))


@dataclass(frozen=True)
class Acled:
    rules: tuple[AcledRule, ...]
    outside: frozenset[str]                  # PLOVER types ACLED does not code
    modalities: frozenset[str]               # the modalities written as rows
    disorder_types: Mapping[str, str]        # event_type -> disorder_type
    time_precision: Mapping[str, int]        # claimgraph date precision -> ACLED's code
    reported_by_precision: int
    date_windows: Mapping[int, int]          # ACLED time_precision -> days either side
    date_slack: int
    civilian_words: frozenset[str]
    civilian_entity_types: frozenset[str]

    def category(self, type: str, mode: str | None, civilian_targets: bool) -> AcledRule | None:
        """The first rule for the event, None when ACLED codes no such event."""
        return next((r for r in self.rules if r.applies(type, mode, civilian_targets)), None)

    def window(self, time_precision: int) -> int:
        return self.date_windows.get(time_precision, max(self.date_windows.values()))


@functools.cache
def load_acled() -> Acled:
    data = yaml.safe_load(ACLED_FILE.read_text("utf-8"))
    rules = tuple(AcledRule(id=r["id"], type=r["type"], event_type=r["event_type"],
                            sub_event_type=r["sub_event_type"],
                            modes=tuple(r["modes"]) if "modes" in r else None, targets=r.get("targets"))
                  for r in data["rules"])
    return Acled(rules=rules, outside=frozenset(data["outside"]), modalities=frozenset(data["modalities"]),
                 disorder_types=data["disorder_types"], time_precision=data["time_precision"],
                 reported_by_precision=data["reported_by_precision"],
                 date_windows={int(k): v for k, v in data["date_windows"].items()},
                 date_slack=data["date_slack"], civilian_words=frozenset(data["civilian_words"]),
                 civilian_entity_types=frozenset(data["civilian_entity_types"]))
