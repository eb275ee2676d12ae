"""Qt in the tests: set up for the runs that use it, kept out of the runs that do not.

``tests/conftest.py`` decides per run, before any plugin is configured:

* A run that reaches a folder using Qt (the default, and ``.venv/bin/python -m pytest``)
  gets :class:`QtSetUp`, the same set-up for every test as before the split.
* A run of Qt-free folders alone (``tests/unit``) gets :class:`WithoutQt`: pytest-qt is
  not loaded (it imports PySide6 when configured), and importing PySide6 fails with a
  message where it happens. A test there that needs Qt in-process says why with
  ``@pytest.mark.qt("why")``; such tests run last, after the same set-up as above.

The environment Qt reads when it starts (the offscreen platform with its screen size,
the QtWebEngine flags) is set by ``tests/conftest.py`` for every run before any import
of Qt, so processes the tests start inherit it too.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

QT_MODULES = ("PySide6", "shiboken6")

#: The command line reads the language chosen in the app (QSettings) and loads its
#: translations (QTranslator): calling it in-process imports QtCore.
CLI_NEEDS_QT = pytest.mark.qt(
    "office_desk.cli reads the app's language setting and its translations with QtCore"
)


def set_up_qt(settings_folder: Path) -> None:
    """What must happen before the QApplication exists. Qt settings go to the private
    data folder, never the user's registry or plist."""
    from PySide6.QtCore import QCoreApplication, QSettings, Qt

    from office_desk.render.map_scheme import register_map_scheme

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    register_map_scheme()
    QCoreApplication.setOrganizationName("Office Desk Tests")
    QCoreApplication.setApplicationName("Office Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_folder))


class QtSetUp:
    """The plugin for runs that use Qt."""

    def __init__(self, settings_folder: Path) -> None:
        self.settings_folder = settings_folder

    @pytest.hookimpl(tryfirst=True)
    def pytest_configure(self, config: pytest.Config) -> None:
        set_up_qt(self.settings_folder)  # before pytest-qt makes the QApplication

    @pytest.fixture(autouse=True)
    def _collect_garbage_on_the_gui_thread(self) -> Iterator[None]:
        """Once a QApplication exists, Python's cyclic GC runs on its thread only (as in
        the app: office_desk.ui.gui_thread_gc), also between tests."""
        yield
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            from office_desk.ui.gui_thread_gc import collect_on_gui_thread

            collect_on_gui_thread(app).check()


class QtImportRefused(importlib.abc.MetaPathFinder):
    """An import hook that refuses PySide6 where it is imported (with its traceback)."""

    def __init__(self, folders: str) -> None:
        self.folders = folders

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname.partition(".")[0] in QT_MODULES:
            raise ImportError(
                f"{fullname} imported in a run of Qt-free tests ({self.folders}); a test "
                "that needs Qt belongs in tests/gui, or says why with "
                '@pytest.mark.qt("why") (tests/qt_plugin.py)',
                name=fullname,
            )
        return None


class WithoutQt:
    """The plugin for runs of Qt-free folders alone."""

    def __init__(self, settings_folder: Path, folders: str) -> None:
        self.settings_folder = settings_folder
        self.refused = QtImportRefused(folders)
        self.qt_set_up = False

    @pytest.hookimpl(tryfirst=True)
    def pytest_configure(self, config: pytest.Config) -> None:
        loaded = sorted(name for name in sys.modules if name.partition(".")[0] in QT_MODULES)
        if loaded:
            raise pytest.UsageError(f"Qt was imported before the Qt-free tests: {loaded}")
        sys.meta_path.insert(0, self.refused)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        self.allow_qt()

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        """Tests marked ``qt`` last: every other test runs with Qt refused."""
        for item in items:
            mark = item.get_closest_marker("qt")
            if mark is not None and not (mark.args and str(mark.args[0]).strip()):
                raise pytest.UsageError(f"{item.nodeid}: @pytest.mark.qt needs a reason")
        items.sort(key=lambda item: item.get_closest_marker("qt") is not None)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        if item.get_closest_marker("qt") is not None and not self.qt_set_up:
            self.allow_qt()
            set_up_qt(self.settings_folder)
            self.qt_set_up = True

    def allow_qt(self) -> None:
        if self.refused in sys.meta_path:
            sys.meta_path.remove(self.refused)
