"""The texts a widget looks up for translation, against what lupdate extracts.

PySide's ``self.tr`` looks a text up under the class of the object at run time, while
lupdate files it under the class whose code calls it: a view class whose texts are
shown by a subclass (``ProjectBoardView`` under ``ProjectBoard``) would be translated
until the next ``translations.py update``, then fall back to English without any test
noticing. Recording the lookups a widget makes and comparing them with a fresh
extraction finds that at once.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]


class RecordingTranslator(QTranslator):
    """Translates nothing; remembers every (context, text) looked up."""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.lookups.add((context, source_text))
        return source_text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@contextmanager
def recorded_lookups() -> Iterator[set[tuple[str, str]]]:
    """The (context, text) pairs looked up for translation inside the ``with`` block."""
    translator = RecordingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        yield translator.lookups
    finally:
        QCoreApplication.removeTranslator(translator)


def extracted(folder: Path) -> set[tuple[str, str]]:
    """(context, text) of every message lupdate finds in the sources now."""
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    target = folder / "extracted.ts"
    tool.lupdate(target, "de")
    found: set[tuple[str, str]] = set()
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        found |= {(name, m.findtext("source") or "") for m in context.iter("message")}
    return found


def not_extracted(lookups: set[tuple[str, str]], folder: Path) -> list[tuple[str, str]]:
    """The app's lookups (not Qt's own) that no translator would ever be given."""
    known = extracted(folder)
    return sorted(
        pair for pair in lookups if not pair[0].startswith("Q") and pair[1] and pair not in known
    )
