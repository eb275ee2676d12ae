"""The core stays free of Qt and of the GUI, so the CLI and tests run without a screen."""

from __future__ import annotations

import ast
from pathlib import Path

import office_desk.core

CORE = Path(office_desk.core.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "office_desk.ui", "office_desk.render", "qtawesome")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_core_imports_no_qt_and_no_gui() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 10  # the scan really looks at the core
    offenders = [
        f"{path.relative_to(CORE)} imports {name}"
        for path in files
        for name in _imports(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []
