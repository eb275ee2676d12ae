""".ci/typecheck.py: the core must be clean, other files may not get more type errors."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("typecheck", ROOT / ".ci" / "typecheck.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


typecheck = load_script()

UI = "src/office_desk/ui/main_window.py"
CORE = "src/office_desk/core/listing.py"


def line(path: str, number: int) -> str:
    return f'{path}:{number}: error: Item "None" has no attribute "x"  [union-attr]'


def test_only_error_lines_are_counted_per_file() -> None:
    output = [
        line(UI, 3),
        f"{UI}:3: note: See the docs",
        line(UI, 9),
        line(CORE, 1),
        "Success: no issues found in 1 source file",
    ]
    found = typecheck.by_file([text for text in output if typecheck.ERROR.match(text)])
    assert {path: len(lines) for path, lines in found.items()} == {UI: 2, CORE: 1}


def test_an_error_in_the_core_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert typecheck.check(typecheck.by_file([line(CORE, 7)]), {CORE: 5}) == 1
    assert line(CORE, 7) in capsys.readouterr().out


def test_a_file_with_more_errors_than_its_baseline_fails(
    capsys: pytest.CaptureFixture[str],
) -> None:
    found = typecheck.by_file([line(UI, 1), line(UI, 2)])
    assert typecheck.check(found, {UI: 2}) == 0
    assert typecheck.check(found, {UI: 1}) == 1
    out = capsys.readouterr().out
    assert f"{UI}: 2 errors, the baseline allows 1" in out and line(UI, 2) in out


def test_a_new_file_with_errors_fails() -> None:
    assert typecheck.check(typecheck.by_file([line(UI, 1)]), {}) == 1


def test_fewer_errors_pass_and_say_how_to_lower_the_baseline(
    capsys: pytest.CaptureFixture[str],
) -> None:
    gone = "src/office_desk/ui/pages.py"
    assert typecheck.check(typecheck.by_file([line(UI, 1)]), {UI: 3, gone: 2}) == 0
    out = capsys.readouterr().out
    assert f"{UI} 3 -> 1" in out and f"{gone} 2 -> 0" in out
    assert typecheck.UPDATE in out


def test_the_pinned_mypy_is_the_one_installed() -> None:
    from mypy.version import __version__

    assert typecheck.pinned_version() == __version__.split("+")[0]
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert f"mypy=={__version__}" in extras["project"]["optional-dependencies"]["test"]
