"""Shared test set-up: headless Qt, a private data folder, and seeded databases.

Qt runs offscreen (no display needed); QtWebEngine runs without its sandbox (tests run
as root in CI) and without a GPU. Every test session gets its own data folder, so no
test reads or writes the user's real Office Desk files. This file imports no Qt: a run
of tests/unit alone never loads PySide6, the other runs set Qt up through
tests/qt_plugin.py.
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
from tests.memory_keyring import memory_keyring  # noqa: F401  (autouse: no test's keychain is real)

_DATA = Path(tempfile.mkdtemp(prefix="office-desk-test-data-"))
# Qt's offscreen platform with one screen of a desktop monitor's size (its default is
# 800×800, smaller than the windows the tests lay out); tests/e2e walks the app at
# laptop sizes in processes of their own.
_SCREEN = _DATA / "offscreen-screen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, '
    '"height": 1200, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ["OFFICE_DESK_DATA_DIR"] = str(_DATA)
os.environ.pop("OFFICE_DESK_DB", None)


#: Folders whose tests need no Qt: a run of these alone imports no PySide6 (see
#: tests/qt_plugin.py; tests/unit/test_no_qt.py checks it).
QT_FREE_FOLDERS = (Path(__file__).parent / "unit",)


def runs_without_qt(config: pytest.Config) -> bool:
    """Whether every path this run was given lies in a Qt-free folder."""
    if config.option.pyargs:
        return False
    paths = [(config.invocation_params.dir / arg.split("::")[0]).resolve() for arg in config.args]
    return bool(paths) and all(
        any(path.is_relative_to(folder) for folder in QT_FREE_FOLDERS) for path in paths
    )


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Before any plugin is configured: Qt's set-up for the runs that use Qt; the others
    get no pytest-qt (it imports PySide6 when configured) and no Qt at all."""
    from tests.qt_plugin import QtSetUp, WithoutQt

    if runs_without_qt(config):
        config.pluginmanager.set_blocked("pytest-qt")
        folders = ", ".join(os.path.relpath(f, config.rootpath) for f in QT_FREE_FOLDERS)
        config.pluginmanager.register(WithoutQt(_DATA / "qt", folders), "office-desk-no-qt")
    else:
        config.pluginmanager.register(QtSetUp(_DATA / "qt"), "office-desk-qt")


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
def _no_erasure_log_left() -> Iterator[None]:
    """The erasure log lives in the session's data folder, and the sample's ids are the
    same in every copy: a test that erases a sample contact must not make later
    tests' restores, merges and pulls erase it again."""
    yield
    from office_desk.core.services.erasure_log import log_path

    log_path().unlink(missing_ok=True)


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
