"""Never lose a record: large writes SIGKILLed in a child process leave the database
clean (``office-desk check`` passes) and each operation wholly there or wholly absent.

A few runs per operation, at fixed points (while the child starts, and at two points
of the operation); ``bench/kill_test.py`` does hundreds of runs at random moments.
The operations are smaller here than in the bench (which imports 100,000 rows), and
are described in :mod:`tests.crash.kill_worker`.
"""

from __future__ import annotations

import random
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.crash.kill_worker import BEFORE_START, DURING, RunResult, Scenario, prepare, run_once

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

SIZES = {"rows": 3_000, "merge_rows": 1_000, "edits": 40, "delete_rows": 800}


@pytest.mark.parametrize("operation", ["import", "merge", "edits", "delete"])
def test_killed_operation_is_all_or_nothing(
    operation: str, sample_template: Path, tmp_path: Path
) -> None:
    scenario = prepare(operation, tmp_path / "scenario", sample_template, **SIZES)
    # The uncut run (in prepare) finished, passed the check and was judged complete.
    assert scenario.op_seconds > 0
    delays = [-scenario.prep_seconds * 0.6, scenario.op_seconds * 0.3, scenario.op_seconds * 0.75]
    results = _killed_runs(scenario, tmp_path, delays)
    for delay, result in zip(delays, results, strict=True):
        assert result.check_ok, f"kill after {delay:.2f} s: {result.check_output}"
        assert result.verdict.problems == [], f"kill after {delay:.2f} s: {result.verdict}"
        if delay < 0:
            assert result.outcome == BEFORE_START
            assert result.verdict.applied == "none"
        elif result.outcome == DURING and operation == "edits":
            # Some edits were committed before the kill; the rest are absent.
            assert result.verdict.edits_applied >= 0


@pytest.mark.parametrize("operation", ["import", "edits"])
def test_killed_operation_on_an_encrypted_file_is_all_or_nothing(
    operation: str, sample_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same on a file encrypted with SQLCipher (travel mode): a kill mid-write
    leaves an intact encrypted file, the operation wholly there or wholly absent."""
    from office_desk.core.store import cipher

    passphrase = "kill me softly, twice"
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, passphrase)
    scenario = prepare(
        operation, tmp_path / "scenario", sample_template, passphrase=passphrase, **SIZES
    )
    assert cipher.is_encrypted(scenario.base)
    delays = [scenario.op_seconds * 0.3, scenario.op_seconds * 0.75]
    results = _killed_runs(scenario, tmp_path, delays)
    for delay, result in zip(delays, results, strict=True):
        assert result.check_ok, f"kill after {delay:.2f} s: {result.check_output}"
        assert result.verdict.problems == [], f"kill after {delay:.2f} s: {result.verdict}"


def _killed_runs(scenario: Scenario, folder: Path, delays: list[float]) -> list[RunResult]:
    """One run of ``scenario`` killed after each of ``delays`` seconds, two at a time
    (the tests' time)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(
            pool.map(
                lambda numbered: run_once(
                    scenario,
                    folder / f"run-{numbered[0]}",
                    random.Random(numbered[0]),
                    delay=numbered[1],
                ),
                enumerate(delays),
            )
        )
