"""Start-up as users start it (``app.create_application`` then ``app.run``, in a process
of its own, with its own settings, home and data folders): the window's frame is
painted before the file is opened, the last page comes up with its rows, nothing of
the map is loaded for a page without one, and a file that cannot be opened still gives
its message (the app ends with status 1 for a ``--db`` file; the welcome screen for the
last file used).

The child below only watches: it finds the main window with a timer, watches its
sidebar's paints with an event filter on that one widget, and answers the message box.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import child_environment, offscreen_platform, remember

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from office_desk import app

page, db, entry = sys.argv[1], sys.argv[2], sys.argv[3]
seen = {"painted_before_open": None, "messages": [], "welcome": None}
HEAVY = ("folium", "PySide6.QtWebEngineWidgets", "jinja2", "openpyxl", "reportlab", "pypinyin")


def window():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"),
                None)


class Paints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and seen["painted_before_open"] is None:
            w = window()
            seen["painted_before_open"] = w.context is None
            # What the first paint shows, and what was imported by then.
            seen["frame"] = {
                "sidebar": [w.sidebar.item(r).text() for r in range(w.sidebar.count())],
                "selected": w.sidebar.currentItem().text() if w.sidebar.currentItem() else "",
                "menus": [a.text() for a in w.menuBar().actions()],
                "imported": sorted(m for m in ("sqlmodel", "qtawesome", "sqlalchemy",
                                               "office_desk.core.kinds") if m in sys.modules),
            }
        return False


paints = Paints()
started = time.monotonic()


def tick():
    w = window()
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen["messages"].append(box.text())
        box.accept()
    if w is not None and "watched" not in seen:
        seen["watched"] = True
        seen["context_at_first_sight"] = w.context is not None
        w.sidebar.viewport().installEventFilter(paints)
    if w is not None and w.context is not None and w.current_page() == page:
        seen["sidebar"] = [w.sidebar.item(r).text() for r in range(w.sidebar.count())]
        seen["menus"] = [a.text() for a in w.menuBar().actions()]
        view = w.views[page]
        rows = view.model.rowCount() if hasattr(view, "model") else 0
        if rows > 0:
            seen["rows"] = rows
            seen["title"] = w.windowTitle()
            seen["loaded"] = sorted(m for m in sys.modules if m.startswith(HEAVY))
            w.close()
            return
    if (w is not None and w.context is None and seen["messages"]
            and w.outer.currentWidget() is getattr(w, "welcome", None)):
        seen["welcome"] = True
        w.close()
        return
    if time.monotonic() - started > 120:
        seen["timeout"] = True
        QApplication.exit(5)
        return
    QTimer.singleShot(10, tick)


qapp = app.create_application()
QTimer.singleShot(0, tick)
if entry == "cli":  # as the installed office-desk command starts it
    from office_desk.cli.main import main
    code = main(["--db", db] if db != "-" else [])
else:
    code = app.run(Path(db) if db != "-" else None)
seen["code"] = code
print("SEEN " + json.dumps(seen), flush=True)
"""


def _start(
    root: Path,
    page: str,
    db: Path | None,
    settings: dict[str, str] | None = None,
    returning: bool = False,
    entry: str = "app.run",
):
    """Start the app in ``root`` on ``db`` showing ``page``; ``returning``: with the
    settings the last start in ``root`` left (else new ones)."""
    env = child_environment(root, offscreen_platform(root, 1366, 768))
    if not returning:
        remember(root, {"window/last_view": page, **(settings or {})})
    done = subprocess.run(
        [sys.executable, "-c", CHILD, page, str(db) if db is not None else "-", entry],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=240,
    )
    lines = [line[5:] for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, f"status {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
    return json.loads(lines[-1]), done


def _copy(sample: Path, root: Path) -> Path:
    from office_desk.core.store.backup import backup_file

    (root / "data").mkdir(parents=True, exist_ok=True)
    return backup_file(sample, root / "data" / "network.sqlite")


@pytest.mark.parametrize("page", ["contact", "project"])
def test_the_last_page_comes_up_with_its_rows_and_nothing_of_the_map(
    tmp_path: Path, sample_template: Path, page: str
) -> None:
    db = _copy(sample_template, tmp_path)
    seen, done = _start(tmp_path, page, db)
    assert seen["code"] == 0, done.stderr[-3000:]
    assert seen["rows"] > 0
    assert seen["title"].startswith("network.sqlite")
    # The frame (the window with its sidebar) was on the screen before the file opened.
    assert seen["context_at_first_sight"] is False
    assert seen["painted_before_open"] is True
    assert seen["messages"] == []
    # QtWebEngine's widgets and folium are for the map pages; nor are the importers and
    # report writers loaded for a list.
    assert seen["loaded"] == [], seen["loaded"]


def test_a_damaged_db_file_gives_its_message_and_status_1(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"this is not a database, not even SQLite" * 100)
    seen, done = _start(tmp_path, "contact", damaged)
    assert seen["code"] == 1, done.stderr[-3000:]
    assert len(seen["messages"]) == 1
    assert seen["messages"][0].startswith("The database cannot be opened.")
    assert "damaged.sqlite" in seen["messages"][0]
    assert damaged.read_bytes() == b"this is not a database, not even SQLite" * 100


def test_a_damaged_last_file_gives_its_message_and_the_welcome_screen(tmp_path: Path) -> None:
    damaged = tmp_path / "last.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    seen, done = _start(tmp_path, "contact", None, {"files/last": str(damaged)})
    assert seen["code"] == 0, done.stderr[-3000:]
    assert len(seen["messages"]) == 1
    assert seen["messages"][0].startswith("The database cannot be opened.")
    assert seen["welcome"] is True


@pytest.mark.parametrize("entry", ["app.run", "cli"])
def test_the_frame_is_painted_before_the_record_kinds_and_icons_are_imported(
    tmp_path: Path, sample_template: Path, entry: str
) -> None:
    """The first paint comes before SQLModel, the record kinds and qtawesome are
    imported (started by app.run, and by the office-desk command's main); from the
    second start on, it shows the sidebar's pages (the last page marked) and the menus
    as the last start left them, which the real ones then replace."""
    db = _copy(sample_template, tmp_path)
    first, done = _start(tmp_path, "contact", db, entry=entry)
    assert first["code"] == 0, done.stderr[-3000:]
    assert first["frame"]["imported"] == []
    assert first["frame"]["sidebar"] == []  # nothing kept yet: the bare frame
    pages = ["Offices", "Organizations", "Contacts", "Projects", "Events", "Map", "Reports"]
    assert first["sidebar"] == pages
    again, done = _start(tmp_path, "contact", db, returning=True, entry=entry)
    assert again["code"] == 0, done.stderr[-3000:]
    assert again["painted_before_open"] is True
    assert again["frame"]["imported"] == []
    assert again["frame"]["sidebar"] == pages
    assert again["frame"]["selected"] == "Contacts"
    assert again["frame"]["menus"] == first["menus"] == again["menus"]
    assert again["sidebar"] == pages
    assert again["rows"] > 0
