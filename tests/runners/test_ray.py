"""The Ray engine on a local 2-CPU cluster: the same store as the default engine."""
from __future__ import annotations

import pytest

from claimgraph.config import Settings
from claimgraph.ingest import read_sources
from claimgraph.runners import local
from claimgraph.store import Store
from claimgraph.store.graph import graph
from tests.runners.conftest import RAY_INSTALLED, needs_ray

pytestmark = pytest.mark.ray


def ingest(engine_run, folder, db, settings):
    store = Store(db)
    summary = engine_run(list(read_sources([folder], settings.max_bytes)), store, settings)
    return summary, graph(store)


@needs_ray
@pytest.mark.parametrize("corpus", ["articles_dir", "seeds_dir"])
def test_the_ray_engine_stores_what_the_local_engine_stores(corpus, request, ray_address, tmp_path):
    from claimgraph.runners import ray as ray_engine

    folder = request.getfixturevalue(corpus)
    settings = Settings(engine="ray", engine_options={"address": ray_address})
    ray_summary, ray_graph = ingest(ray_engine.run, folder, tmp_path / "ray.db", settings)
    local_summary, local_graph = ingest(local.run, folder, tmp_path / "local.db", Settings())
    assert ray_summary == local_summary
    assert ray_graph.documents
    assert ray_graph == local_graph


@needs_ray
def test_an_unreachable_cluster_is_a_config_error(tmp_path):
    from claimgraph.errors import ConfigError
    from claimgraph.runners import ray as ray_engine

    settings = Settings(engine="ray", engine_options={"address": "127.0.0.1:1"})
    with pytest.raises(ConfigError, match="cannot connect"):
        ray_engine.run([], Store(tmp_path / "x.db"), settings)


@pytest.mark.skipif(RAY_INSTALLED, reason="Ray is installed")
def test_without_ray_the_engine_says_how_to_install_it(tmp_path):
    from claimgraph.errors import ConfigError
    from claimgraph.runners import ray as ray_engine

    with pytest.raises(ConfigError, match=r"pip install 'claimgraph\[ray\]'"):
        ray_engine.run([], Store(tmp_path / "x.db"), Settings(engine="ray"))
