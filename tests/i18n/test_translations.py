"""The German and Chinese translations are complete and in step with the code.

Fails when a user-visible string was added or changed in the code without its
translations (run ``python packaging/translations.py update``, translate, then
``compile``), when a translation is missing, or when a ``.qm`` is older than its ``.ts``.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_translations_are_complete_and_current() -> None:
    problems = translations_tool().problems()
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize("language", ["de", "zh_CN"])
def test_placeholders_survive_translation(language: str) -> None:
    path = ROOT / "resources" / "translations" / f"office_desk_{language}.ts"
    broken = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and sorted(PLACEHOLDER.findall(source)) != sorted(
            PLACEHOLDER.findall(translation)
        ):
            broken.append(f"{source!r} -> {translation!r}")
    assert broken == []


def test_the_app_shows_german_and_chinese(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    for language, expected in (("de", "Datei"), ("zh_CN", "文件")):
        translator = QTranslator()
        assert translator.load(
            str(ROOT / "resources" / "translations" / f"office_desk_{language}.qm")
        )
        QCoreApplication.installTranslator(translator)
        try:
            assert expected in QCoreApplication.translate("MainWindow", "&File")
        finally:
            QCoreApplication.removeTranslator(translator)
