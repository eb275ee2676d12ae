"""No Python code sees every object's events.

An application-wide Python event filter (``app.installEventFilter(obj)``) or a Python
``notify`` override passes every event of every QObject through PySide, among them
the ChildAdded event of a ``QWebEngineUrlRequestJob`` still under construction when
the map's URL scheme handler runs: PySide wraps the half-built object and the process
dies of a segmentation fault on the first map (PySide6 6.12). The e2e walks catch the
crash; this catches the code before it runs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import office_desk

SOURCE = Path(office_desk.__file__).parent
ROOT = SOURCE.parents[1]
APP_WORDS = (
    "app",
    "application",
    "QApplication",
    "QCoreApplication",
    "QGuiApplication",
    "instance",
)


def _names(node: ast.AST) -> set[str]:
    found: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            found.add(child.id)
        elif isinstance(child, ast.Attribute):
            found.add(child.attr)
    return found


def offenders(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "installEventFilter"
        ):
            receiver = _names(node.func.value)
            if receiver & set(APP_WORDS):
                found.append(
                    f"{path.name}:{node.lineno} installs an event filter on the application"
                )
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "notify":
                    found.append(f"{path.name}:{item.lineno} overrides notify() in {node.name}")
    return found


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication.instance()\n"
        "app.installEventFilter(object())\n"
        "QApplication.instance().installEventFilter(object())\n"
        "class A(QApplication):\n"
        "    def notify(self, receiver, event):\n"
        "        return super().notify(receiver, event)\n"
        "self_edit = None\n",
        encoding="utf-8",
    )
    assert len(offenders(bad)) == 3
    good = tmp_path / "good.py"
    good.write_text("self.edit.installEventFilter(self)\n", encoding="utf-8")
    assert offenders(good) == []


def test_no_application_wide_event_filter_or_notify_override() -> None:
    files = sorted(SOURCE.rglob("*.py")) + sorted((ROOT / "packaging").glob("*.py"))
    assert len(files) > 50
    assert [o for path in files for o in offenders(path)] == []
