"""Libraries an exporter needs that claimgraph installs only with an extra."""
from __future__ import annotations

import importlib

from claimgraph.errors import ConfigError


def require(module: str, exporter: str, extra: str = "exchange"):
    """The module, or a ConfigError telling the user the pip command that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ConfigError(f"the {exporter} exporter needs the {module} library: "
                          f"pip install 'claimgraph[{extra}]'") from None
