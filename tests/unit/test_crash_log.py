"""The crash log: offered once per crash, never for a run that is still going or one
that ended normally."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from office_desk.core import crash_log


def _file(folder: Path, pid: int, text: str) -> Path:
    path = folder / f"crash-20261202-101010-{pid}.txt"
    path.write_text(text)
    return path


def _gone_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def test_a_crash_of_a_process_that_is_gone_is_offered_once(tmp_path: Path) -> None:
    crashed = _file(tmp_path, _gone_pid(), "Fatal Python error: Segmentation fault\n")
    found = crash_log.unreported_crashes(tmp_path)
    assert [r.path for r in found] == [crashed]
    crash_log.mark_reported(found)
    assert crash_log.unreported_crashes(tmp_path) == []
    assert (tmp_path / crashed.name.replace(".txt", ".reported.txt")).is_file()


def test_the_file_of_an_office_desk_still_running_is_not_a_crash(tmp_path: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        running = _file(tmp_path, other.pid, "a handled exception written on Windows\n")
        assert crash_log.unreported_crashes(tmp_path) == []
        assert running.is_file()  # its file is left alone
    finally:
        other.kill()
        other.wait()


def test_an_empty_file_of_a_killed_run_is_removed(tmp_path: Path) -> None:
    empty = _file(tmp_path, _gone_pid(), "")
    assert crash_log.unreported_crashes(tmp_path) == []
    assert not empty.exists()


def test_a_normal_end_removes_the_file_whatever_it_holds(tmp_path: Path) -> None:
    log = crash_log.start(tmp_path)
    assert log is not None and log.path.is_file()
    assert log.path.name.endswith(f"-{os.getpid()}.txt")
    log.path.write_text("written by faulthandler for an exception that was handled\n")
    log.close()
    assert list(tmp_path.iterdir()) == []


def test_only_the_newest_reported_files_are_kept(tmp_path: Path) -> None:
    for n in range(crash_log.KEEP_REPORTED + 3):
        path = tmp_path / f"crash-2026120{n}-000000-1.reported.txt"
        path.write_text("old")
        os.utime(path, (time.time() - 1000 + n, time.time() - 1000 + n))
    crashed = _file(tmp_path, _gone_pid(), "Fatal Python error: Aborted\n")
    crash_log.mark_reported(crash_log.unreported_crashes(tmp_path))
    kept = sorted(tmp_path.glob("*.reported.txt"))
    assert len(kept) == crash_log.KEEP_REPORTED
    assert crashed.with_name(crashed.name.replace(".txt", ".reported.txt")) in kept
