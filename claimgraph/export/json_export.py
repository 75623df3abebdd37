"""JSON export: exactly the format shared/eval/README.md describes (extra fields allowed)."""
from __future__ import annotations

import json
from typing import TextIO

from claimgraph.views import ExportData, plain


class JsonExporter:
    suffix = ".json"

    def write(self, graph: ExportData, stream: TextIO) -> None:
        json.dump(plain(graph), stream, ensure_ascii=False, indent=1)
        stream.write("\n")
