"""JSON export: exactly the format shared/eval/README.md describes (extra fields allowed)."""
from __future__ import annotations

import json
from typing import TextIO


class JsonExporter:
    suffix = ".json"

    def write(self, graph: dict, stream: TextIO) -> None:
        json.dump(graph, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
