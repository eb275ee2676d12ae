"""tests/unit runs without Qt: a run of it alone imports no PySide6.

Each check runs pytest in a process of its own, as ``.venv/bin/python -m pytest
tests/unit`` does; so they hold in a full run too, where Qt is loaded for other folders.
Within a run of tests/unit alone, importing PySide6 fails where it happens, except in
tests marked ``@pytest.mark.qt("why")`` (tests/qt_plugin.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import runs_without_qt

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import json, sys
    import pytest

    class Probe:
        def __init__(self):
            self.order, self.refused = [], []

        def pytest_collection_finish(self, session):
            self.order = [item.get_closest_marker("qt") is not None for item in session.items]

        def pytest_runtest_call(self, item):
            try:
                import PySide6.QtWidgets  # noqa: F401
            except ImportError as exc:
                self.refused.append(str(exc))

    probe = Probe()
    code = pytest.main(["-q", "-p", "no:cacheprovider", *sys.argv[1:]], plugins=[probe])
    print("RESULT " + json.dumps({
        "code": int(code), "order": probe.order, "refused": probe.refused,
        "qt": sorted(m for m in sys.modules if m.partition(".")[0] in ("PySide6", "shiboken6")),
    }))
""")


def run_child(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], cwd=ROOT, capture_output=True, text=True, timeout=240
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, done.stdout[-4000:] + done.stderr[-4000:]
    result: dict[str, object] = json.loads(lines[-1][len("RESULT ") :])
    result["output"] = done.stdout[-4000:] + done.stderr[-4000:]
    return result


def test_collecting_tests_unit_imports_no_qt_and_puts_the_qt_tests_last() -> None:
    result = run_child("--collect-only", "tests/unit")
    assert result["code"] == 0, result["output"]
    assert result["qt"] == [], result["output"]
    order = result["order"]
    assert isinstance(order, list) and len(order) > 100
    assert True in order  # the command line's tests say that they need Qt
    assert order == sorted(order), "tests marked qt must run after all the others"


def test_a_qt_free_run_refuses_qt_where_it_is_imported() -> None:
    result = run_child("tests/unit/test_money.py")
    assert result["code"] == 0, result["output"]
    refused = result["refused"]
    assert isinstance(refused, list) and len(refused) > 1  # every test's attempt
    assert all("Qt-free tests (tests/unit)" in message for message in refused)
    assert result["qt"] == [], result["output"]


@pytest.mark.parametrize(
    ("where", "args", "without_qt"),
    [
        ("", ["tests/unit"], True),
        ("", ["tests/unit/test_money.py::test_x", "tests/unit/test_cli.py"], True),
        ("tests/unit", ["."], True),
        ("tests/unit", ["test_money.py"], True),
        ("", ["tests"], False),
        ("", ["tests/unit", "tests/gui/test_main_window.py"], False),
        ("tests/unit", ["../gui"], False),
        ("", ["tests/unitary"], False),
    ],
)
def test_which_runs_go_without_qt(where: str, args: list[str], without_qt: bool) -> None:
    config = SimpleNamespace(
        option=SimpleNamespace(pyargs=False),
        args=args,
        invocation_params=SimpleNamespace(dir=ROOT / where),
    )
    assert runs_without_qt(config) is without_qt  # type: ignore[arg-type]


def test_pyargs_runs_keep_qt() -> None:
    config = SimpleNamespace(
        option=SimpleNamespace(pyargs=True),
        args=["tests.unit"],
        invocation_params=SimpleNamespace(dir=ROOT),
    )
    assert runs_without_qt(config) is False  # type: ignore[arg-type]
