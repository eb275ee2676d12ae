"""Native crashes leave a report a user can send: Python's ``faulthandler`` writes the
stack of every thread to a file in the log folder when the process dies of a fatal
signal (a segmentation fault in Qt, an abort), which the Python logging never sees.

Each run writes to its own ``crash-<time>-<pid>.txt``; a run that ends normally
removes its (empty) file. At the next start, :func:`unreported_crashes` finds the files
left with content, and :func:`mark_reported` renames them so that each crash is
offered once; the newest few reported ones are kept for a later look.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

PREFIX = "crash-"
RUNNING = ".txt"
REPORTED = ".reported.txt"
#: Reported crash files kept (the oldest go first).
KEEP_REPORTED = 5
#: A crash report is shown and copied up to this size (faulthandler writes a few KB).
MAX_REPORT_BYTES = 256 * 1024


@dataclass(frozen=True)
class CrashReport:
    path: Path
    when: float  # seconds since the epoch: the time the crash was written
    text: str


class CrashLog:
    """This process's crash file, armed with ``faulthandler`` until :meth:`close`."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.path = folder / f"{PREFIX}{stamp}-{os.getpid()}{RUNNING}"
        self._was_enabled = faulthandler.is_enabled()
        self._file: TextIO | None = open(self.path, "w", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=self._file, all_threads=True)

    def close(self) -> None:
        """The run ended normally: stop writing and remove the file. (On Windows
        faulthandler also writes exceptions that were handled and did not end the
        process; a run that got here did not crash, whatever the file says.)"""
        if self._file is None:
            return
        faulthandler.disable()
        if self._was_enabled and sys.stderr is not None:
            faulthandler.enable(file=sys.stderr, all_threads=True)
        self._file.close()
        self._file = None
        with contextlib.suppress(OSError):
            self.path.unlink()


def start(folder: Path) -> CrashLog | None:
    """Arm the crash file in ``folder``; None when it cannot be written (a read-only
    profile): the app then runs without one rather than not at all."""
    try:
        return CrashLog(folder)
    except OSError:
        return None


def _is_running_file(path: Path) -> bool:
    return (
        path.name.startswith(PREFIX)
        and path.name.endswith(RUNNING)
        and not path.name.endswith(REPORTED)
    )


def unreported_crashes(folder: Path, exclude: Path | None = None) -> list[CrashReport]:
    """Crash files from earlier runs that have content, oldest first. Empty files of
    runs that were killed (no stack to show) are removed. ``exclude``: this run's file."""
    if not folder.is_dir():
        return []
    found: list[CrashReport] = []
    for path in sorted(folder.iterdir()):
        if not _is_running_file(path) or path == exclude:
            continue
        if not _owner_gone(path):
            continue  # another Office Desk running now: its file, not a crash
        try:
            info = path.stat()
            if info.st_size == 0:  # killed (no stack to show), or a clean end cut short
                path.unlink(missing_ok=True)
                continue
            with path.open("rb") as handle:
                text = handle.read(MAX_REPORT_BYTES).decode("utf-8", "replace")
        except OSError:
            continue
        found.append(CrashReport(path, info.st_mtime, text))
    found.sort(key=lambda report: report.when)
    return found


def _owner_gone(path: Path) -> bool:
    """True when the process that wrote ``path`` no longer runs (its pid is in the
    name); another Office Desk running now keeps its file."""
    try:
        pid = int(path.name[: -len(RUNNING)].rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return True
    if pid == os.getpid():
        return False
    return not _process_alive(pid)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        # os.kill(pid, 0) would end that process on Windows: ask the kernel instead.
        import ctypes

        synchronize, wait_timeout = 0x00100000, 0x00000102
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return bool(kernel32.WaitForSingleObject(handle, 0) == wait_timeout)
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but another user's
        return True
    return True


def mark_reported(reports: list[CrashReport]) -> None:
    """Offer each crash once: rename its file, and keep only the newest few."""
    for report in reports:
        with contextlib.suppress(OSError):
            report.path.rename(report.path.with_name(report.path.name[: -len(RUNNING)] + REPORTED))
    if not reports:
        return
    folder = reports[0].path.parent
    kept = sorted((p for p in folder.glob(f"{PREFIX}*{REPORTED}")), key=lambda p: p.stat().st_mtime)
    for old in kept[:-KEEP_REPORTED]:
        with contextlib.suppress(OSError):
            old.unlink()


def report_text(reports: list[CrashReport], version: str) -> str:
    """The text a user copies into a bug report."""
    parts = [f"Office Desk {version} on {sys.platform}, Python {sys.version.split()[0]}"]
    for report in reports:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(report.when))
        parts.append(f"--- crash at {when} ({report.path.name})\n{report.text.rstrip()}")
    return "\n\n".join(parts) + "\n"
