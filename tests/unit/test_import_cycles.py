"""No import cycles among Office Desk's modules, and the top-level parts import one way.

The graph is grimp's (the library behind import-linter), built from the source. Every
import counts, wherever it is written:

* an import inside a function body: it still ties the two modules; a lazy import
  keeps start-up fast, it does not make the modules independent (and it moves the
  failure of a broken cycle from import time to the first call);
* an import under ``if TYPE_CHECKING:``: neither module can then be read, typed or
  moved without the other. A helper that only needs a few attributes of the object it
  is handed can say so with a ``typing.Protocol`` of its own.

No exception is granted: every cycle found so far had a better home for the helper that
caused it (ensure_sample in core, the scheme handler's reply in its own module, the
contact-file reader dispatch apart from the table types its readers share).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

import grimp
import pytest

import office_desk

PACKAGE = "office_desk"
#: The parts of the app, which import one way: the UI may use the core and render, never
#: the start-up module ``office_desk.app`` that opens its first window.
TOP_LEVEL = (
    f"{PACKAGE}.app",
    f"{PACKAGE}.cli",
    f"{PACKAGE}.core",
    f"{PACKAGE}.render",
    f"{PACKAGE}.ui",
)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    # cache_dir=None: grimp would otherwise write a .grimp_cache folder into the checkout.
    return grimp.build_graph(PACKAGE, cache_dir=None)


def _edges(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    """Every module of the package and the modules of the package it imports."""
    modules = graph.modules
    return {
        module: {
            imported
            for imported in graph.find_modules_directly_imported_by(module)
            if imported in modules
        }
        for module in modules
    }


def strongly_connected(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The cycles of a directed graph: its strongly connected components of two or more
    nodes, each sorted, in a stable order (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(edges.get(target, ())))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
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
    return sorted(found)


def _describe(
    graph: grimp.ImportGraph,
    cycle: list[str],
    edges: Mapping[str, Iterable[str]],
    part_of: Mapping[str, str] | None = None,
) -> str:
    """A cycle as its imports, each with the file's line: what to move to break it."""
    lines = [" <-> ".join(cycle)]
    members = set(cycle)
    for importer in sorted(edges):
        for imported in sorted(edges[importer]):
            a = part_of[importer] if part_of else importer
            b = part_of[imported] if part_of else imported
            if a == b or a not in members or b not in members:
                continue
            for detail in graph.get_import_details(importer=importer, imported=imported):
                lines.append(
                    f"    {importer}:{detail['line_number']} imports {imported}"
                    f"  ({detail['line_contents']})"
                )
    return "\n".join(lines)


def test_the_cycle_finder_finds_rings_and_only_rings() -> None:
    """The finder itself: a ring of three and a pair are found; a chain leading into the
    ring, and a module importing itself, are not cycles between modules."""
    ring = grimp.ImportGraph()
    for importer, imported in (
        ("p.a", "p.b"),
        ("p.b", "p.c"),
        ("p.c", "p.a"),
        ("p.d", "p.e"),
        ("p.e", "p.d"),
        ("p.f", "p.g"),
        ("p.g", "p.a"),
        ("p.h", "p.h"),
    ):
        ring.add_import(
            importer=importer,
            imported=imported,
            line_number=9,
            line_contents=f"    from . import {imported.split('.')[-1]}",
        )
    assert strongly_connected(_edges(ring)) == [["p.a", "p.b", "p.c"], ["p.d", "p.e"]]


def _imports_in_functions() -> list[tuple[str, int, list[str]]]:
    """Every import of the package's own modules written inside a function: (importing
    module, line, the modules it may name: ``from . import x`` is module ``x`` or a name
    in the package)."""
    root = Path(office_desk.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_package else parts)
        package = module.split(".") if is_package else module.split(".")[:-1]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom):
                    base = node.module.split(".") if node.module else []
                    if node.level:
                        base = package[: len(package) - node.level + 1] + base
                    named = ".".join(base)
                    candidates = [named] + [f"{named}.{alias.name}" for alias in node.names]
                elif isinstance(node, ast.Import):
                    candidates = [alias.name for alias in node.names]
                else:
                    continue
                if any(c == PACKAGE or c.startswith(PACKAGE + ".") for c in candidates):
                    found.append((module, node.lineno, candidates))
    return found


def test_the_graph_holds_imports_made_inside_functions(graph: grimp.ImportGraph) -> None:
    """Each import of the package written inside a function body is an edge of the
    graph (else the cycle test would miss the lazy imports that tie modules together)."""
    # Alembic's migration scripts (versions/0001_....py) are files it loads, not modules.
    inside = [found for found in _imports_in_functions() if found[0] in graph.modules]
    assert len(inside) > 50  # the app imports lazily a lot (start-up time)
    missing = [
        f"{module}:{line} {candidates[0]}"
        for module, line, candidates in inside
        if not any(
            candidate in graph.modules
            and any(
                detail["line_number"] == line
                for detail in graph.get_import_details(importer=module, imported=candidate)
            )
            for candidate in candidates
        )
    ]
    assert missing == []


def test_no_import_cycles_between_modules(graph: grimp.ImportGraph) -> None:
    edges = _edges(graph)
    cycles = strongly_connected(edges)
    assert not cycles, "import cycles:\n" + "\n".join(
        _describe(graph, cycle, edges) for cycle in cycles
    )


def test_the_top_level_parts_import_one_way(graph: grimp.ImportGraph) -> None:
    """app, cli, core, render and ui, each taken as a whole (every module inside counted)."""
    part_of = {
        module: next(
            (part for part in TOP_LEVEL if module == part or module.startswith(part + ".")), module
        )
        for module in graph.modules
    }
    edges = _edges(graph)
    parts: dict[str, set[str]] = defaultdict(set)
    for importer, imported in ((a, b) for a, targets in edges.items() for b in targets):
        if part_of[importer] != part_of[imported]:
            parts[part_of[importer]].add(part_of[imported])
    cycles = strongly_connected(parts)
    assert not cycles, "cycles between the parts of the app:\n" + "\n".join(
        _describe(graph, cycle, edges, part_of) for cycle in cycles
    )


def test_the_ui_never_imports_the_start_up_module(graph: grimp.ImportGraph) -> None:
    """``office_desk.app`` builds the first window; a window that imports it back ties
    start-up to every view (what a view needs from there belongs in core or ui)."""
    importers = sorted(
        module
        for module in graph.find_modules_that_directly_import(f"{PACKAGE}.app")
        if module.startswith(f"{PACKAGE}.ui.")
    )
    assert importers == [], "\n".join(
        f"{module}:{d['line_number']}  {d['line_contents']}"
        for module in importers
        for d in graph.get_import_details(importer=module, imported=f"{PACKAGE}.app")
    )
