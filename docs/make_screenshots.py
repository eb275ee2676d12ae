"""Render screenshots of the app on the sample network into docs/screenshots/.

    python docs/make_screenshots.py              # English: docs/screenshots/*.png
    python docs/make_screenshots.py --language de    # the main window in German
    python docs/make_screenshots.py --language zh_CN # ... in Chinese

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
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    os.environ["OFFICE_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="office-desk-shots-")
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from office_desk.render.map_scheme import register_map_scheme

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    register_map_scheme()
    QCoreApplication.setOrganizationName("Office Desk Screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.environ["OFFICE_DESK_DATA_DIR"])
    app = QApplication(sys.argv[:1])
    language = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--language" else ""
    if language:
        from office_desk.app import _load_translations

        if _load_translations(app, language) != language:
            raise SystemExit(f"no translation for {language!r}")

    from office_desk.app import ensure_sample
    from office_desk.core.database import open_store
    from office_desk.core.finder import find
    from office_desk.ui.main_window import MainWindow

    store = open_store(ensure_sample())
    window = MainWindow(store)
    window.resize(1440, 880)
    window.show()
    OUT.mkdir(exist_ok=True)

    def shot(name: str, wait: float = 0.0) -> None:
        if language:
            name = f"{name}-{language}"
        import time

        end = time.monotonic() + wait
        for _ in range(5):
            app.processEvents()
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.05)
        window.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    from office_desk.core.office_lookup import find_office

    dresden = find_office(store, "Dresden")
    window.open_record("office", dresden.id)
    shot("offices")
    if language:  # one view per language is enough to check the translation
        window.show_page("reports")
        reports_view = window.view("reports")
        reports_view.set_office(dresden.id)  # type: ignore[attr-defined]
        shot("reports", wait=0.5)
        store.close()
        return 0
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
        window.list_view("project").list_button.click()
    window.show_page("map")
    shot("map", wait=8.0)

    from office_desk.ui.reports_view import ReportsView

    window.show_page("reports")
    reports = window.view("reports")
    assert isinstance(reports, ReportsView)
    reports.set_office(dresden.id)
    reports.period_combo.setCurrentIndex(reports.period_combo.findData("all_time"))
    reports.make_preview()
    import time

    deadline = time.monotonic() + 60
    while reports.preview is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    shot("reports", wait=1.0)
    restore_dialog_shot(app, window, store)
    store.close()
    return 0


def restore_dialog_shot(app: object, window: object, store: object) -> None:
    """File ▸ Restore from Backup, over a few backups of the sample network."""
    from datetime import datetime, timedelta

    from office_desk.core.backup import backup_before
    from office_desk.ui import settings
    from office_desk.ui.restore_dialog import RestoreDialog

    path = store.path  # type: ignore[attr-defined]
    folder = settings.backup_folder()
    now = datetime.now().replace(microsecond=0)
    for days, reason in ((40, "before-schema-0003"), (9, "before-import"), (6, "daily"),
                         (2, "before-merge"), (1, "on-close"), (0, "daily")):
        backup_before(path, folder, reason, when=now - timedelta(days=days, hours=days % 5))
    dialog = RestoreDialog(path, folder, window)  # type: ignore[arg-type]
    dialog.resize(900, 420)
    dialog.show()
    for _ in range(10):
        app.processEvents()  # type: ignore[attr-defined]
    dialog.grab().save(str(OUT / "restore-from-backup.png"))
    print(OUT / "restore-from-backup.png")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
