"""Shared test set-up: headless Qt, a private data folder, and seeded databases.

Qt runs offscreen (no display needed); QtWebEngine runs without its sandbox (tests run
as root in CI) and without a GPU. Every test session gets its own data folder, so no
test reads or writes the user's real Office Desk files.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from office_desk.core.store.database import Store

_DATA = Path(tempfile.mkdtemp(prefix="office-desk-test-data-"))
# Qt's offscreen platform with one screen of a desktop monitor's size (its default is
# 800×800, smaller than the windows the tests lay out); tests/e2e walks the app at
# laptop sizes in processes of their own.
_SCREEN = _DATA / "offscreen-screen.json"
_SCREEN.write_text('{"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, '
                   '"height": 1200, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ["OFFICE_DESK_DATA_DIR"] = str(_DATA)
os.environ.pop("OFFICE_DESK_DB", None)


def pytest_configure(config: pytest.Config) -> None:
    """Qt settings go to the private data folder, never the user's registry or plist."""
    from PySide6.QtCore import QCoreApplication, QSettings, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    from office_desk.render.map_scheme import register_map_scheme

    register_map_scheme()  # before pytest-qt makes the QApplication
    QCoreApplication.setOrganizationName("Office Desk Tests")
    QCoreApplication.setApplicationName("Office Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_DATA / "qt"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_DATA, ignore_errors=True)


@pytest.fixture(autouse=True)
def _own_umask() -> Iterator[None]:
    """office_desk.cli.main.main sets the process's umask to 0077 (files for the user alone);
    tests that call it in-process must not change what later tests see."""
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    os.umask(umask)


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """Once a QApplication exists, Python's cyclic GC runs on its thread only (as in
    the app: office_desk.ui.gui_thread_gc), also between tests."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from office_desk.ui.gui_thread_gc import collect_on_gui_thread

        collect_on_gui_thread(app).check()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample network, built once per test session (copy it before writing)."""
    from office_desk.core.sample_store import create_sample

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    create_sample(path)
    return path


@pytest.fixture
def sample_path(sample_template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample network for one test."""
    from office_desk.core.store.backup import backup_file

    return backup_file(sample_template, tmp_path / "sample.sqlite")


@pytest.fixture
def sample_store(sample_path: Path) -> Iterator[Store]:
    from office_desk.core.store.database import open_store

    store = open_store(sample_path)
    yield store
    store.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    from office_desk.core.store.database import open_store

    store = open_store(tmp_path / "empty.sqlite", create=True)
    yield store
    store.close()
