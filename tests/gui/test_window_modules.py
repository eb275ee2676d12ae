"""The main window's modules stay apart: the UI never imports the start-up module
(``office_desk.app``), and no chain of imports (at the top of a module or inside a
function) leads from one of the window's modules back to itself."""

from __future__ import annotations

import ast
from pathlib import Path

import office_desk

SOURCE = Path(office_desk.__file__).parent
#: The main window and the operations it runs (issue 14's "main window and operations").
WINDOW_MODULES = (
    "background",
    "data_exchange",
    "editor_phrases",
    "file_guard",
    "import_dialog",
    "main_actions",
    "main_window",
    "open_file",
    "operation",
    "package_merge_dialog",
    "page_views",
    "pages",
    "record_editor",
    "restore_dialog",
    "undo_commands",
    "unsaved_changes",
)


def _modules(source: Path) -> dict[str, Path]:
    found = {}
    for path in source.rglob("*.py"):
        parts = ["office_desk", *path.relative_to(source).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def import_graph(source: Path) -> dict[str, set[str]]:
    """Module -> the office_desk modules it imports anywhere in its text."""
    modules = _modules(source)

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
                stem = ".".join(p for p in (base, node.module or "") if p)
                targets = [f"{stem}.{alias.name}" for alias in node.names] + [stem]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            for target in targets:
                module = known(target)
                if module is not None and module != name:
                    graph[name].add(module)
    return graph


def cycle_through(graph: dict[str, set[str]], start: str) -> list[str]:
    """A chain of imports from ``start`` back to it ([] when there is none)."""
    paths = {start: [start]}
    todo = [start]
    while todo:
        current = todo.pop()
        for following in sorted(graph[current]):
            if following == start:
                return [*paths[current], start]
            if following not in paths:
                paths[following] = [*paths[current], following]
                todo.append(following)
    return []


def test_the_ui_never_imports_the_app_module() -> None:
    graph = import_graph(SOURCE)
    importers = sorted(
        name
        for name, targets in graph.items()
        if name.startswith("office_desk.ui") and "office_desk.app" in targets
    )
    assert importers == []


def test_no_import_cycle_runs_through_the_window_modules() -> None:
    graph = import_graph(SOURCE)
    cycles = [cycle_through(graph, f"office_desk.ui.{name}") for name in WINDOW_MODULES]
    assert [" -> ".join(cycle) for cycle in cycles if cycle] == []


def test_the_scan_finds_a_cycle_and_an_import_of_the_app(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    ui.mkdir()
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "app.py").write_text("from .ui import window\n")
    (ui / "__init__.py").write_text("")
    (ui / "window.py").write_text("def sample():\n    from ..app import run\n")
    graph = import_graph(tmp_path)
    assert graph["office_desk.ui.window"] == {"office_desk.app"}
    assert cycle_through(graph, "office_desk.ui.window") == [
        "office_desk.ui.window",
        "office_desk.app",
        "office_desk.ui.window",
    ]
