"""What every fuzz example checks: a clear error with the database unchanged, or a
correct import after which the database passes ``office-desk check``.

An example gets its own copy of a template database (a real SQLite file), runs the
importer's steps on one generated file, and reports its outcome through
:func:`outcome` (a Hypothesis event, shown by ``--hypothesis-show-statistics``, and a
tally printed at the end of the run).
"""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import event, settings

from office_desk.core.checks import run_checks
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import Store, open_store

#: Examples per importer: the default run (CI) and the full run.
DEFAULT_EXAMPLES = 100
FULL_EXAMPLES = 1000
#: The profile the fuzz tests use; conftest.py sets it from the options.
PROFILE = ["office-desk-fuzz"]
#: An example still running after this long is a hang: it is stopped and fails.
HANG_SECONDS = 60.0

_TALLY: Counter[tuple[str, str]] = Counter()
F = TypeVar("F", bound=Callable[..., Any])


def fuzz_settings(test: F) -> F:
    """Apply the chosen profile (see conftest.py) to one fuzz test."""
    return settings(settings.get_profile(PROFILE[0]))(test)  # type: ignore[no-any-return]


def outcome(importer: str, what: str) -> None:
    """Count how one example ended, e.g. ("csv", "error: ImportFileError")."""
    event(f"outcome: {what}")
    _TALLY[(importer, what)] += 1


def outcome_note(what: str) -> None:
    """Something worth knowing about an example that is not its outcome."""
    event(f"note: {what}")
    _TALLY[("notes", what)] += 1


def outcome_lines() -> list[str]:
    lines = []
    for importer in sorted({name for name, _ in _TALLY}):
        counts = {what: n for (name, what), n in _TALLY.items() if name == importer}
        total = sum(counts.values())
        lines.append(
            f"{importer}: {total} examples run"
            if importer != "notes"
            else f"notes ({total}, several per example):"
        )
        lines += [
            f"  {n:6d}  {what}" for what, n in sorted(counts.items(), key=lambda item: -item[1])
        ]
    return lines


class Files(dict[str, bytes]):
    """Files by name, shown short in Hypothesis' reports (not their whole content)."""

    def __repr__(self) -> str:
        return f"Files({sorted(self)})"


class Texts(list[str]):
    """Texts, shown short in Hypothesis' reports."""

    def __repr__(self) -> str:
        return f"Texts({len(self)} texts)"


# --------------------------------------------------------------------------- databases


Fingerprint = tuple[tuple[str, int, str], ...]


def fingerprint(path: Path) -> Fingerprint:
    """(table, row count, hash of its rows) for every table of the database, the
    search index's tables included: equal fingerprints mean equal content."""
    conn = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        found = []
        for name in names:
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            digest = hashlib.sha256("\n".join(sorted(map(repr, rows))).encode()).hexdigest()
            found.append((name, len(rows), digest))
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        found.append(
            ("sqlite_master", len(schema), hashlib.sha256(repr(schema).encode()).hexdigest())
        )
    finally:
        conn.close()
    return tuple(found)


def row_counts(found: Fingerprint) -> dict[str, int]:
    return {name: count for name, count, _ in found}


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Copy:
    """A private copy of a template database for one example: the open store, its
    file, a folder for the example's input files, and the file's hash before."""

    store: Store
    path: Path
    folder: Path
    hash_before: str
    #: Set when the example ended in an error: the file must then be byte-for-byte
    #: what it was (checked once the store is closed).
    untouched: bool = False


@contextmanager
def database_copy(template: Path) -> Iterator[Copy]:
    """A :class:`Copy` of ``template``; everything is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="office-desk-fuzz-") as folder:
        path = backup_file(template, Path(folder) / "db.sqlite")
        copy = Copy(open_store(path), path, Path(folder), file_hash(path))
        try:
            yield copy
        finally:
            copy.store.close()
        if copy.untouched:
            assert file_hash(path) == copy.hash_before, "the refused import changed the file"


class Hang(Exception):
    """An example ran past :data:`HANG_SECONDS`."""


@contextmanager
def time_limit(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Stop the block with :class:`Hang` after ``seconds`` (where a timer signal can
    do it: Unix, main thread; elsewhere Hypothesis' deadline still reports it, once it
    ends)."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def stop(_signum: int, _frame: object) -> None:
        raise Hang(f"no result after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def assert_clear(exc: BaseException) -> None:
    """A clear error: ``str()`` is one non-empty line."""
    text = str(exc)
    assert text.strip(), f"{type(exc).__name__} with an empty message"
    assert "\n" not in text and "\r" not in text, f"not one line: {text!r}"


def assert_checks_clean(store: Store) -> None:
    problems = run_checks(store)
    assert not problems, "office-desk check after the import: " + "; ".join(
        str(p) for p in problems[:5]
    )
