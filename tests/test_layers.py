"""The import contract: layers import downwards only, and no packages or modules import each other
in a circle. Every import counts, a deferred one inside a function too (docs/ARCHITECTURE.md)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "claimgraph"

# Lowest first; a module may import its own layer and those below it.
LAYERS = (
    ("model", "views", "ids", "errors", "ontology"), # foundation
    ("clean", "nlp", "extract", "resolve"),          # pure logic
    ("registry", "config", "pipeline", "filters"),   # assembly
    ("ingest", "store", "export"),                   # edges
    ("runners", "watch"),                            # execution
    ("web", "cli", "evaluate"),                      # interfaces
)
LAYER_OF = {part: level for level, parts in enumerate(LAYERS) for part in parts}


def _module_name(path: Path) -> str:
    parts = ("claimgraph", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the claimgraph modules it imports ("from claimgraph import model" imports claimgraph.model)."""
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = graph.setdefault(name, set())
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.split(".")[0] == "claimgraph")
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                    and node.module.split(".")[0] == "claimgraph":
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    targets.add(sub if sub in modules else node.module)
        targets.discard(name)
    return graph


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = _imports(MODULES)


def _part(module: str) -> str:
    """The top-level package or module of claimgraph a module belongs to ("claimgraph" for the root)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "claimgraph"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_part_has_a_layer():
    parts = {_part(m) for m in MODULES} - {"claimgraph"}
    assert parts <= set(LAYER_OF), f"put these in a layer of tests/test_layers.py: {sorted(parts - set(LAYER_OF))}"


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_go_downwards(module):
    if _part(module) == "claimgraph":
        return
    upward = sorted(t for t in GRAPH[module]
                    if _part(t) != "claimgraph" and LAYER_OF[_part(t)] > LAYER_OF[_part(module)])
    assert not upward, f"{module} ({LAYERS[LAYER_OF[_part(module)]]}) imports a higher layer: {upward}"


def test_no_package_cycle():
    packages: dict[str, set[str]] = {}
    for module, targets in GRAPH.items():
        packages.setdefault(_part(module), set()).update(_part(t) for t in targets if _part(t) != _part(module))
    assert _cycles(packages) == []


def test_no_module_cycle():
    assert _cycles(GRAPH) == []


@pytest.mark.parametrize("graph, cycles", [
    ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
])
def test_cycle_finder(graph, cycles):
    assert _cycles(graph) == cycles
