"""Render screenshots of the app on the sample network into docs/screenshots/.

    python docs/make_screenshots.py

Runs offscreen (no display needed); Chinese text needs a CJK font (Noto CJK).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["OFFICE_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="office-desk-shots-")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("Office Desk Screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["OFFICE_DESK_DATA_DIR"])
    app = QApplication(sys.argv)

    from office_desk.app import ensure_sample
    from office_desk.core.database import open_store
    from office_desk.core.finder import find
    from office_desk.ui.main_window import MainWindow

    store = open_store(ensure_sample())
    window = MainWindow(store)
    window.resize(1440, 880)
    window.show()
    OUT.mkdir(exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    dresden = next(f for f in find(store, "Dresden-Jinan Contact Office") if f.kind == "office")
    window.open_record("office", dresden.id)
    shot("offices")
    zhang = next(f for f in find(store, "张伟") if f.kind == "contact")
    window.open_record("contact", zhang.id)
    shot("contacts")
    lab = next(f for f in find(store, "Intelligent Manufacturing") if f.kind == "project")
    window.open_record("project", lab.id)
    shot("projects")
    board = getattr(window.list_view("project"), "board_button", None)
    if board is not None:
        board.click()
        shot("project-board")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
