"""PySide6's import hook keeps the source of every module imported after it; the app
puts in a check with the same answers that keeps nothing (ui/pyside_source_reads)."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
from pathlib import Path

import pytest

from office_desk.ui.pyside_source_reads import spare_source_reads, uses_pyside


def _feature_dict() -> dict[str, int]:
    return sys.modules["shibokensupport.feature"].pyside_feature_dict  # type: ignore[no-any-return]


def test_modules_imported_afterwards_are_judged_as_before_and_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert spare_source_reads()
    (tmp_path / "od_probe_qt.py").write_text(
        "import PySide6.QtCore\nVALUE = 1\n" + "# filler line\n" * 2000, encoding="utf-8"
    )
    (tmp_path / "od_probe_plain.py").write_text(
        "VALUE = 2\n" + "# filler line\n" * 2000, encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("od_probe_qt", "od_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    # an import statement goes through builtins.__import__, where shiboken's hook is
    qt = __import__("od_probe_qt")
    plain = __import__("od_probe_plain")
    assert (qt.VALUE, plain.VALUE) == (1, 2)
    # shiboken's own classes: 0 uses PySide (features may be chosen), -1 does not
    assert _feature_dict()["od_probe_qt"] == 0
    assert _feature_dict()["od_probe_plain"] == -1
    assert str(tmp_path / "od_probe_qt.py") not in linecache.cache
    assert str(tmp_path / "od_probe_plain.py") not in linecache.cache


def test_the_check_answers_as_shiboken_for_files_and_for_modules_without_one(
    tmp_path: Path,
) -> None:
    import types

    with_word = types.ModuleType("a")
    with_word.__file__ = str(tmp_path / "a.py")
    Path(with_word.__file__).write_text("from PySide6 import QtCore\n", encoding="utf-8")
    without = types.ModuleType("b")
    without.__file__ = str(tmp_path / "b.py")
    Path(without.__file__).write_text("import sqlite3\n", encoding="utf-8")
    gone = types.ModuleType("c")
    gone.__file__ = str(tmp_path / "c.py")  # never written
    extension = types.ModuleType("d")
    extension.__file__ = str(tmp_path / "d.so")
    assert uses_pyside(with_word)
    assert not uses_pyside(without)
    assert not uses_pyside(gone)
    assert not uses_pyside(extension)
    assert not uses_pyside(types.ModuleType("no_file"))


def test_a_real_start_keeps_no_sources(tmp_path: Path) -> None:
    """The app's own start (create_application, then the main window's modules): the
    sources of the hundreds of modules it imports are not kept in memory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
            "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
        }
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    code = (
        "import linecache, sys\n"
        "from office_desk import app\n"
        "app.create_application()\n"
        "import office_desk.ui.main_window, folium\n"
        "print(len(sys.modules), sum(len(e[2]) for e in linecache.cache.values()"
        " if len(e) > 2))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    modules, lines = map(int, done.stdout.split()[-2:])
    assert modules > 500  # the start imported its hundreds of modules...
    assert lines < 20_000  # ...and kept their sources no more (290,000 lines before)
