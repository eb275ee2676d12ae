"""Texts reach the translators only in forms lupdate knows.

pyside6-lupdate extracts ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")``,
``translate("Ctx", "…")`` and ``QT_TRANSLATE_NOOP("Ctx", "…")``. A literal passed to a
helper of our own (``_tr("Save anyway")``) or to another object's ``tr``
(``box.tr("…")``, looked up at run time under "QMessageBox", extracted under "box") is
never translated, and tests/i18n cannot see it missing. This scan finds such calls.
"""

from __future__ import annotations

import ast
from pathlib import Path

import office_desk

SOURCE = Path(office_desk.__file__).parent


def _literal(call: ast.Call) -> bool:
    return (
        bool(call.args)
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    )


def unextracted(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not _literal(node):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("_tr", "tr", "_", "_t"):
            found.append(f"{path.name}:{node.lineno} {func.id}({node.args[0].value!r})")  # type: ignore[attr-defined]
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and not (isinstance(func.value, ast.Name) and func.value.id == "self")
        ):
            found.append(
                f"{path.name}:{node.lineno} .tr({node.args[0].value!r}) on "  # type: ignore[attr-defined]
                "another object"
            )
    return found


def test_the_scan_finds_helpers_and_foreign_tr(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '_tr("Save anyway")\nbox.tr("Copy")\nself.tr("Fine")\ntranslate("Ctx", "Fine too")\n',
        encoding="utf-8",
    )
    assert len(unextracted(sample)) == 2


def test_every_literal_text_is_in_a_form_lupdate_extracts() -> None:
    files = sorted(SOURCE.rglob("*.py"))
    assert [line for path in files for line in unextracted(path)] == []
