"""The package's shape: modules import only downward along the data flow, with no circle, and stay small.

Imports are read with ``ast`` from every module under quotetrack/, including
those inside functions (lazy imports) and under ``if TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quotetrack"
MAX_LINES = 600

# The layers in data-flow order, each a top-level module or folder of quotetrack. A module may import from its
# own layer and the ones before it, never from a later one.
LAYERS: list[set[str]] = [
    {"model", "document", "errors", "budget"},
    {"lexicon", "datasets"},
    {"backends"},
    {"attribution"},
    {"responses"},
    {"pipeline", "windows"},
    {"inputs", "records", "terminal", "webpages"},
    {"graph"},
    {"corpus"},
    {"notebook"},
    {"cli"},
    {"__init__", "__main__"},  # the package itself re-exports everything
]
LAYER = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(path: Path) -> set[str]:
    """The quotetrack modules a module imports (``from quotetrack.x import y`` counts as x.y when y is a module)."""
    out = set()
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: up from the module's package
                parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parents + ([base] if base else []))
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        else:
            continue
        out.update(name for name in names if name in MODULES)
    return out


GRAPH = {name: imported(path) - {name} for name, path in MODULES.items()}


def layer(module: str) -> int:
    top = module.split(".")[1] if module != "quotetrack" else "__init__"
    assert top in LAYER, f"{module}: put quotetrack/{top} in a layer of tests/test_architecture.py LAYERS"
    return LAYER[top]


def test_the_import_reader_sees_lazy_imports():
    """Imports inside functions count: the reader is not fooled by a deferred import."""
    assert "quotetrack.corpus.cluster" in GRAPH["quotetrack.corpus.store"]  # imported inside Corpus.add_bag


def test_no_module_imports_a_later_layer():
    wrong = [f"{source} ({layer(source)}) imports {target} ({layer(target)})"
             for source, targets in GRAPH.items() for target in targets
             if target != "quotetrack" and layer(target) > layer(source)]
    assert not wrong, "\n".join(wrong)


def test_no_module_imports_the_package_root():
    """``from quotetrack import x`` inside the package would import everything, a circle through __init__."""
    assert not [name for name, targets in GRAPH.items() if "quotetrack" in targets and name != "quotetrack"]


def test_no_import_circle():
    """Depth-first search over the module graph: no module reaches itself."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(module: str) -> None:
        state[module] = "open"
        stack.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == "open":
                pytest.fail("import circle: " + " -> ".join(stack[stack.index(target):] + [target]))
            if target not in state:
                visit(target)
        stack.pop()
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)


def test_the_model_imports_nothing_above_it():
    assert GRAPH["quotetrack.model"] <= {"quotetrack.errors"}


@pytest.mark.parametrize("path", sorted(MODULES.values()), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_is_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines < MAX_LINES, f"{path.relative_to(PACKAGE)}: {lines} lines"


def test_tests_mirror_the_package_folders():
    """Each folder of the package has its tests in the same folder under tests/."""
    tests = PACKAGE.parent / "tests"
    for folder in ("graph", "corpus", "notebook"):
        modules = {p.stem for p in (PACKAGE / folder).glob("*.py") if p.stem != "__init__"}
        assert {f"test_{m}" for m in modules} <= {p.stem for p in (tests / folder).glob("test_*.py")}, folder
