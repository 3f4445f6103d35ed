"""The package's layers, checked on the source with ast (imports inside functions count):

    extensions, schema, data  ->  text  ->  knowledge, records  ->  components, build
    ->  evaluation, annotate  ->  ledger, training, render  ->  cli

No import cycles; a layer never imports one above it. The "nevers" are spelled out
below so that a failure names the rule it breaks."""

import ast
from pathlib import Path
from typing import Dict, List, Set

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "nk_nlp"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> Dict[str, Path]:
    # os.walk-like listing without following the data symlinks (pipeline/, configs/ hold no code)
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if not any(
        part.is_symlink() for part in p.relative_to(PACKAGE).parents if part != Path("."))}


MODULES = _modules()


def _resolve(name: str) -> str:
    """The nk_nlp module an imported name lives in (`nk_nlp.records.doc_to_record` -> `nk_nlp.records`)."""
    while name not in MODULES and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def _imports(name: str, path: Path) -> Set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: Set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        found |= {_resolve(t) for t in targets if t == "nk_nlp" or t.startswith("nk_nlp.")}
    found.discard(name)
    found.discard("nk_nlp")  # the package itself: __version__ only
    return found


GRAPH: Dict[str, Set[str]] = {name: _imports(name, path) for name, path in MODULES.items()}


def _in(module: str, *layers: str) -> bool:
    return any(module == f"nk_nlp.{layer}" or module.startswith(f"nk_nlp.{layer}.") for layer in layers)


def test_the_graph_sees_the_package():
    assert "nk_nlp.components.claims.component" in GRAPH and "nk_nlp.cli" in GRAPH
    assert "nk_nlp.records.convert" in GRAPH["nk_nlp.records"]


def test_no_import_cycles():
    state: Dict[str, int] = {}
    cycles: List[List[str]] = []

    def visit(node: str, stack: List[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert cycles == []


NEVERS = [
    # (importer layers, imported layers, why)
    (("components",), ("evaluation", "records", "annotate", "cli", "build"), "components are the pipeline, below its users"),
    (("text", "knowledge"), ("components", "records", "evaluation", "annotate", "cli", "build"), "tools and data below the components"),
    (("records",), ("components", "evaluation", "annotate", "cli", "build"), "the record format knows no component"),
    (("text", "knowledge", "records", "components", "build", "evaluation", "annotate"), ("ledger", "training", "render"),
     "the ledger, the training data and the HTML page are users of the pipeline and its records"),
    (("evaluation", "annotate", "render", "ledger", "training"), ("cli",), "the CLI is the top"),
]


@pytest.mark.parametrize("importers, imported, why", NEVERS)
def test_layer_never_imports(importers, imported, why):
    broken = sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items() if _in(module, *importers)
        for target in targets if _in(target, *imported)
    )
    assert broken == [], why


@pytest.mark.parametrize("base", ["nk_nlp.extensions", "nk_nlp.schema", "nk_nlp.data"])
def test_base_modules_import_nothing_of_nk_nlp(base):
    if base not in GRAPH:
        pytest.skip(f"{base} does not exist (yet)")
    assert GRAPH[base] == set()
