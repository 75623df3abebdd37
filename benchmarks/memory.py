"""Peak memory of a run: resident memory of this process plus all its children, sampled."""
from __future__ import annotations

import threading

import psutil

# Sampling period: workers live for tens of seconds and grow over seconds, so 0.2 s sees the peak.
SAMPLE_SECONDS = 0.2


class PeakMemory:
    """`with PeakMemory() as peak: ...` then `peak.mb`: the largest RSS sum seen (workers included)."""

    def __init__(self):
        self.mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = psutil.Process()
        while True:
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:      # a worker that exited between listing and reading
                    pass
            self.mb = max(self.mb, total / 2**20)
            if self._stop.wait(SAMPLE_SECONDS):
                return
