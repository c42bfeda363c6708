"""The package's layout is its architecture: lower layers never import higher ones, and no
module imports itself back through others (README: "How the code is laid out")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"
# From the bottom up. Each entry is one layer; names in the same layer may not import each
# other (each is its own room), only what lies below them.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("lexicons",),
    ("text",),
    ("extractors",),
    ("scoring",),
    # framing sits below core so that the package face (which re-exports headline) and,
    # later, analyze() may use it; it needs nothing above scoring.
    ("framing",),
    ("core", "evaluation"),
    ("intake",),
    ("report", "printing"),
    # batch: streaming corpora, Dask, the scikit-learn transformer (report's CSV cells).
    ("batch",),
    ("worksheet",),
    ("web",),
    ("cli",),
    ("__main__",),
)
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}
MAX_TOP_LEVEL_MODULES = 8


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(dotted: str) -> bool:
    base = PACKAGE.parent.joinpath(*dotted.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imports_of(path: Path) -> set[str]:
    """Every ``analysis`` module that ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "analysis"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "analysis":
                continue
            for alias in node.names:  # "from analysis.x import y": y may be a module
                sub = f"{node.module}.{alias.name}"
                found.add(sub if is_module(sub) else node.module)
    return found


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


def room(module: str) -> str:
    """The layer entry a module belongs to: its top-level folder or module under analysis."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "core"  # the package face re-exports core


def test_every_room_has_a_layer() -> None:
    rooms = {room(m) for m in graph()}
    assert rooms <= set(RANK), f"modules outside the layer table: {sorted(rooms - set(RANK))}"


def test_no_lower_layer_imports_a_higher_one() -> None:
    wrong = []
    for module, targets in graph().items():
        for target in targets:
            a, b = room(module), room(target)
            if a == b:
                continue
            if RANK[b] >= RANK[a]:
                wrong.append(f"{module} ({a}) imports {target} ({b})")
    assert not wrong, "\n".join(sorted(wrong))


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_circles() -> None:
    edges = graph()
    # A package's __init__ that imports its own submodules (a registry) is not a circle
    # unless a submodule imports the package back.
    assert cycles(edges) == []


def test_cycle_finder_finds_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("folder", sorted(
    p.parent.name for p in PACKAGE.glob("*/__init__.py")))
def test_every_folder_says_what_it_holds(folder: str) -> None:
    doc = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text()))
    assert doc and len(doc.split()) >= 20, f"analysis/{folder}/__init__.py needs a docstring"


def test_top_level_stays_small() -> None:
    modules = [p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"]
    assert len(modules) <= MAX_TOP_LEVEL_MODULES, sorted(modules)
