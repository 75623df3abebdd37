"""The Ray engine: extraction spread over a Ray cluster's CPUs, storage in this process.

Each Ray actor builds the Pipeline once (one spaCy model per actor) and processes chunks of
RawDocuments end to end; the driver sends chunks round-robin with a bounded number in flight,
takes results back in input order and writes them through the local engine's `write_results`,
so there is still one writer and resolution runs once at the end. Ray is imported here only.

engine options (Settings.engine_options): "address" (a running cluster: "auto", "HOST:PORT",
"ray://HOST:10001"; none = start a private local Ray for this run) and "actors" (default: the
workers setting when above 1, else one per CPU of the cluster).
"""
from __future__ import annotations

import itertools
import os
import socket
from collections.abc import Iterable, Iterator

from claimgraph.config import Settings
from claimgraph.errors import ClaimgraphError, ConfigError
from claimgraph.model import IngestSummary, ProcessedDocument, RawDocument, Skipped
from claimgraph.pipeline import Pipeline
from claimgraph.runners.local import Progress, write_results
from claimgraph.runners.pool import CHUNK_DOCUMENTS, CHUNKS_AHEAD_PER_WORKER, chunks, in_order
from claimgraph.store import Store

# Seconds to wait for a cluster's head before calling its address wrong.
CONNECT_TIMEOUT_S = 5


class PipelineActor:
    """Held by one Ray worker process: a Pipeline with its model loaded once."""

    def __init__(self, settings: Settings):
        self.pipeline = Pipeline(settings)
        self.pipeline.nlp

    def process(self, raws: list[RawDocument]) -> list[ProcessedDocument | Skipped]:
        return list(self.pipeline.process_many(raws))


def run(sources: Iterable[RawDocument | Skipped], store: Store, settings: Settings,
        progress: Progress | None = None) -> IngestSummary:
    ray = _import_ray()
    started_here = not ray.is_initialized()
    if started_here:
        _connect(ray, settings.engine_options.get("address"))
    try:
        actor_class = ray.remote(num_cpus=1)(PipelineActor)
        actors = [actor_class.remote(settings) for _ in range(_actor_count(ray, settings))]
        try:
            return write_results(sources, store, lambda raws: _process_on(actors, raws), progress)
        except ray.exceptions.RayError as err:
            raise ClaimgraphError(f"the Ray cluster failed to process documents: {_first_line(err)}; "
                                  f"documents stored so far are kept") from err
        finally:
            for actor in actors:
                ray.kill(actor)
    finally:
        if started_here:
            ray.shutdown()


def _process_on(actors: list, raws: Iterable[RawDocument]) -> Iterator[ProcessedDocument | Skipped]:
    turn = itertools.cycle(actors)

    def submit(chunk: list[RawDocument]):
        return next(turn).process.remote(chunk).future()

    yield from in_order(submit, chunks(raws, CHUNK_DOCUMENTS), len(actors) * CHUNKS_AHEAD_PER_WORKER)


def _connect(ray, address: str | None) -> None:
    # Telemetry off and no token auth on a private cluster, unless the environment says otherwise.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    _check_reachable(address)
    # A new local cluster gets no dashboard; a running cluster keeps its own settings.
    options = {} if address else {"include_dashboard": False}
    try:
        ray.init(address=address, log_to_driver=False, **options)
    except (ConnectionError, ValueError, RuntimeError) as err:
        raise ConfigError(f"cannot connect to the Ray cluster at {address or 'a new local cluster'}: "
                          f"{_first_line(err)}") from err


def _check_reachable(address: str | None) -> None:
    """Fail in seconds on a wrong HOST:PORT: ray.init retries an unreachable one for minutes."""
    host, _, port = (address or "").rpartition(":")
    if not host or "://" in address or not port.isdigit():
        return
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as err:
        raise ConfigError(f"cannot connect to the Ray cluster at {address}: {err}; "
                          f"start it with `ray start --head` or pass --address auto on a cluster node") from err


def _actor_count(ray, settings: Settings) -> int:
    if settings.engine_options.get("actors"):
        return int(settings.engine_options["actors"])
    if settings.workers > 1:
        return settings.workers
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _import_ray():
    try:
        import ray
    except ImportError as err:
        raise ConfigError("the ray engine needs Ray: pip install 'claimgraph[ray]'") from err
    return ray


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [err.__class__.__name__])[0]
