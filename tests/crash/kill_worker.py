"""Kill tests: a large write in a child process, SIGKILLed at a random moment.

Two sides, one module (so the operation, how it is run and how its result is judged
live together):

* the child (``python tests/crash/kill_worker.py OPERATION DB [--input FILE] [--count
  N]``, or ``python -m tests.crash.kill_worker ...`` from the project folder) prepares
  its operation without writing (reads the file, plans), prints ``READY``, waits for
  ``GO`` on its standard input, prints ``STARTED``, does the operation the way the app
  and the command line do it, prints ``DONE`` and exits. The edit burst also prints
  ``COMMITTED i`` after each edit returned. Only ``office_desk`` and the standard
  library are imported, so it runs from any folder once the package is installed.
* the parent (:func:`prepare` then :func:`run_once`, used by ``test_kill.py`` and
  ``bench/kill_test.py``) builds the "before" database and the operation's input, runs
  the operation once uncut to learn how long it takes and what the database looks like
  after it, then, per run: copies the "before" database, starts the child, kills it
  after a random delay, runs ``office-desk check`` on the file in a new process
  (exit status 0 required), and compares the data with the "before" and "after"
  states: each operation must be wholly there or wholly absent.

Operations:

``import``
    ``apply_plan`` of a CSV of N new contacts (unique names and e-mails, 50 new
    organizations); after: exactly N new contacts, every row of the file present
    once, the 50 organizations, nothing else changed.
``merge``
    ``apply_merge`` of a package from another copy of the network (thousands of new
    contacts, edited contacts, deleted projects); after: every row, search document
    and timestamp exactly as in the uncut run.
``edits``
    N edits, one transaction each, through the editor's service
    (``record_state.capture`` / ``apply``): edit ``i`` sets position, city, notes and the
    tags of a contact to generation ``i``. After a kill, every contact holds one
    generation in all its fields and tags, and the edits applied are a prefix of the
    sequence including every edit reported committed.
``delete``
    ``records.delete`` of every live contact (thousands, with their links) in one call;
    after: the state of the uncut run (timestamps aside), one deletion time for all.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

OPERATIONS = ("import", "merge", "edits", "delete")

#: How a run ended, as seen from the child's output.
BEFORE_START, DURING, FINISHED = "killed before start", "killed during", "finished before kill"

IMPORT_FAMILY = "Crash"
ORGANIZATION_POOL = 50
EDIT_PREFIX = "gen-"
CHILD_TIMEOUT = 600.0

# --------------------------------------------------------------------------- child side


def _say(word: str) -> None:
    sys.stdout.write(word + "\n")
    sys.stdout.flush()


def _prepare_import(store: Any, source: Path, _count: int) -> Callable[[], None]:
    from office_desk.core.import_contacts import apply_plan, guess_mapping, plan_import, read_source

    table = read_source(source)
    plan = plan_import(store, table, guess_mapping(table, "contacts"), "contacts")
    if plan.error_count or plan.summary()["duplicates"]:
        raise SystemExit(f"the import file does not import cleanly: {plan.summary()}")

    def run() -> None:
        apply_plan(store, plan, _no_progress)

    return run


def _prepare_merge(store: Any, source: Path, _count: int) -> Callable[[], None]:
    from office_desk.core.network_package import apply_merge, plan_merge, read_package

    plan = plan_merge(store, read_package(source))

    def run() -> None:
        apply_merge(store, plan, _no_progress)

    return run


def _prepare_edits(store: Any, _source: Path | None, count: int) -> Callable[[], None]:
    from office_desk.core.models import Contact
    from office_desk.core.services import record_state

    with store.session() as session:
        ids = [i.hex for i in session.exec(_live_contact_ids(Contact)).all()]
    targets = edit_targets(ids, count)

    def run() -> None:
        for number, target in enumerate(targets):
            record_id = uuid.UUID(hex=target)
            state = record_state.capture(store, Contact, record_id)
            mark = generation_mark(number)
            state.fields.update(position=f"{mark} position", city=mark, notes=f"{mark} notes")
            state.tags = [mark]
            record_state.apply(store, Contact, record_id, state)
            _say(f"COMMITTED {number}")

    return run


def _prepare_delete(store: Any, _source: Path | None, _count: int) -> Callable[[], None]:
    from office_desk.core.models import Contact
    from office_desk.core.services import records

    with store.session() as session:
        ids = list(session.exec(_live_contact_ids(Contact)).all())

    def run() -> None:
        records.delete(store, Contact, ids, _no_progress)

    return run


def _live_contact_ids(contact: Any) -> Any:
    """The ids of the live contacts (a store session leaves out deleted ones)."""
    from sqlmodel import select

    return select(contact.id).order_by(contact.id)


def _no_progress(_done: int, _total: int) -> None:
    pass


_PREPARE: dict[str, Callable[[Any, Any, int], Callable[[], None]]] = {
    "import": _prepare_import,
    "merge": _prepare_merge,
    "edits": _prepare_edits,
    "delete": _prepare_delete,
}


def child_main(argv: Sequence[str] | None = None) -> int:
    """The child: prepare, ``READY``, wait for ``GO``, ``STARTED``, operate, ``DONE``."""
    parser = argparse.ArgumentParser(prog="kill_worker", description=__doc__.split("\n")[0])
    parser.add_argument("operation", choices=OPERATIONS)
    parser.add_argument("db", type=Path)
    parser.add_argument("--input", type=Path, help="the CSV (import) or package (merge)")
    parser.add_argument("--count", type=int, default=0, help="number of edits (edits)")
    args = parser.parse_args(argv)
    from office_desk.core.store.database import open_store

    store = open_store(args.db)
    try:
        run = _PREPARE[args.operation](store, args.input, args.count)
        _say("READY")
        if sys.stdin.readline().strip() != "GO":
            return 3
        _say("STARTED")
        run()
        _say("DONE")
    finally:
        store.close()
    return 0


# --------------------------------------------------------------------------- shared helpers


def generation_mark(number: int) -> str:
    return f"{EDIT_PREFIX}{number:04d}"


def edit_targets(contact_ids: Sequence[str], count: int, seed: int = 7) -> list[str]:
    """Which contact (id as 32 hex digits) edit ``i`` changes: every contact in turn,
    in a shuffled order."""
    rng = random.Random(seed)
    order = sorted(uuid.UUID(str(i)).hex for i in contact_ids)
    targets: list[str] = []
    while len(targets) < count:
        rng.shuffle(order)
        targets.extend(order)
    return targets[:count]


def write_contacts_csv(path: Path, rows: int, family: str = IMPORT_FAMILY) -> Path:
    """``rows`` new contacts, none a duplicate of another or of the sample network: row
    ``i`` is family name ``{family}{i:06d}``, e-mail ``{family}{i}@...``, in one of
    ``ORGANIZATION_POOL`` new organizations."""
    given = ["Anna", "Jürgen", "Wei", "Fang", "Lukas", "Sophie", "Jing", "Björn", "Min", "Uwe"]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "Given name",
                "Family name",
                "Position",
                "Organization",
                "City",
                "Country",
                "E-mail",
                "Phone",
                "Notes",
            ]
        )
        for i in range(rows):
            writer.writerow(
                [
                    given[i % len(given)],
                    f"{family}{i:06d}",
                    "Engineer",
                    f"{family} Partner {i % ORGANIZATION_POOL:02d} GmbH",
                    "Dresden" if i % 2 else "Jinan",
                    "DE" if i % 2 else "CN",
                    f"{family.lower()}{i:06d}@kill-test.example",
                    f"+49 351 {1000000 + i}",
                    f"{family} row {i}",
                ]
            )
    return path


# --------------------------------------------------------------------------- database states

Rows = dict[str, dict[str, Any]]
State = dict[str, Rows]
_TIMESTAMPS = ("created_at", "updated_at")


def read_state(db: Path) -> State:
    """Every row of every table, by id (``alembic_version`` by version), and the
    search index as ``search[record_id] = (kind, title, detail, fts title, fts body)``."""
    # Read-write, though it only reads: a read-only connection to a WAL file leaves
    # the -wal and -shm files behind, and the file is copied afterwards. An encrypted
    # file opens with $OFFICE_DESK_PASSPHRASE.
    from office_desk.core.store import cipher

    conn = cipher.connect(db)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_%' ORDER BY name"
            )
        ]
        state: State = {}
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            key = "id" if "id" in columns else columns[0]
            state[table] = {}
            for values in cursor:
                row = dict(zip(columns, values, strict=True))
                state[table][str(row[key])] = row
        state["search"] = {
            str(record_id): {"value": rest}
            for record_id, *rest in conn.execute(
                "SELECT k.record_id, k.kind, k.title, k.detail, i.title, i.body"
                " FROM search_key k LEFT JOIN search_index i ON i.rowid = k.rowid"
            )
        }
        return state
    finally:
        conn.close()


def without_timestamps(state: State) -> State:
    """``state`` with created/updated times left out and deletion times as yes/no."""
    out: State = {}
    for table, rows in state.items():
        out[table] = {}
        for key, row in rows.items():
            row = {c: v for c, v in row.items() if c not in _TIMESTAMPS}
            if "deleted_at" in row:
                row["deleted_at"] = row["deleted_at"] is not None
            out[table][key] = row
    return out


def differences(state: State, expected: State, limit: int = 3) -> list[str]:
    """Where ``state`` differs from ``expected``: a few lines for a failure message."""
    found: list[str] = []
    for table in sorted(set(state) | set(expected)):
        mine, theirs = state.get(table, {}), expected.get(table, {})
        extra, missing = set(mine) - set(theirs), set(theirs) - set(mine)
        changed = [k for k in set(mine) & set(theirs) if mine[k] != theirs[k]]
        if extra or missing or changed:
            example = ""
            if changed:
                k = sorted(changed)[0]
                cols = [c for c in theirs[k] if mine[k].get(c) != theirs[k][c]]
                example = f"; e.g. {k}: " + ", ".join(
                    f"{c} {theirs[k][c]!r} -> {mine[k].get(c)!r}" for c in cols[:3]
                )
            found.append(
                f"{table}: {len(extra)} extra, {len(missing)} missing, "
                f"{len(changed)} changed rows{example}"
            )
    return found[:limit] if limit else found


# --------------------------------------------------------------------------- verdicts


@dataclass
class Verdict:
    """What the data says after a run: ``applied`` is "none", "all" or, for the edit
    burst, "k/N" (a prefix of k edits); ``problems`` is empty when all is well."""

    applied: str
    problems: list[str] = field(default_factory=list)
    edits_applied: int = -1


def judge_exact(state: State, before: State, after: State) -> Verdict:
    if state == before:
        return Verdict("none")
    if state == after:
        return Verdict("all")
    return Verdict(
        "partial",
        [
            "neither the state before nor the state after the operation: "
            + " | ".join(differences(state, after))
        ],
    )


def judge_delete(state: State, before: State, after: State) -> Verdict:
    verdict = judge_exact(
        without_timestamps(state), without_timestamps(before), without_timestamps(after)
    )
    if verdict.applied == "all":
        newly = {
            row["deleted_at"]
            for table_name, table in state.items()
            for key, row in table.items()
            if row.get("deleted_at") is not None
            and before.get(table_name, {}).get(key, {}).get("deleted_at") is None
        }
        if len(newly) != 1:
            verdict.problems.append(
                f"the records deleted carry {len(newly)} different deletion times, not one"
            )
    return verdict


def judge_import(state: State, before: State, rows: int) -> Verdict:
    problems: list[str] = []
    for table in set(state) | set(before):
        if table in ("contact", "organization", "search"):
            continue
        if state.get(table) != before.get(table):
            found = differences({table: state.get(table, {})}, {table: before.get(table, {})})
            problems.append(f"{table} changed: {found}")
    new: dict[str, Rows] = {}
    for table in ("contact", "organization", "search"):
        mine, old = state.get(table, {}), before.get(table, {})
        lost = [k for k in old if mine.get(k) != old[k]]
        if lost:
            problems.append(f"{table}: {len(lost)} rows from before changed or disappeared")
        new[table] = {k: v for k, v in mine.items() if k not in old}
    contacts, organizations = new["contact"], new["organization"]
    numbers = sorted(
        int(m.group(1))
        for c in contacts.values()
        if (m := re.fullmatch(rf"{IMPORT_FAMILY}(\d{{6}})", c["family_name"]))
    )
    if len(numbers) != len(contacts):
        problems.append(f"{len(contacts) - len(numbers)} new contacts are not from the file")
    pool = {f"{IMPORT_FAMILY} Partner {i:02d} GmbH" for i in range(ORGANIZATION_POOL)}
    names = sorted(o["name"] for o in organizations.values())
    if not contacts and not organizations:
        applied = "none"
    elif numbers == list(range(rows)) and set(names) == pool and len(names) == len(pool):
        applied = "all"
        by_id = {k: o["name"] for k, o in organizations.items()}
        wrong = [
            c
            for c in contacts.values()
            if by_id.get(str(c["organization_id"]))
            != f"{IMPORT_FAMILY} Partner {int(c['family_name'][-6:]) % 50:02d} GmbH"
        ]
        if wrong:
            problems.append(f"{len(wrong)} imported contacts point at the wrong organization")
    else:
        applied = "partial"
        problems.append(
            f"partial import: {len(contacts):,} of {rows:,} contacts "
            f"({len(set(numbers)):,} distinct rows), {len(names)} of "
            f"{len(pool)} organizations"
        )
    indexed = set(new["search"])
    if indexed != set(contacts) | set(organizations):
        problems.append(
            f"search index: {len(indexed)} new documents for "
            f"{len(contacts) + len(organizations)} new records"
        )
    return Verdict(applied, problems)


def _live_tags(state: State) -> dict[str, list[str]]:
    names = {k: t["name"] for k, t in state["tag"].items()}
    tags: dict[str, list[str]] = {}
    for link in state["tag_link"].values():
        if link["contact_id"] is not None and link["deleted_at"] is None:
            tags.setdefault(str(link["contact_id"]), []).append(names[str(link["tag_id"])])
    return {k: sorted(v) for k, v in tags.items()}


def judge_edits(state: State, before: State, count: int, committed: int) -> Verdict:
    """Each contact in one generation (all of its edited fields and its tags); the
    generations applied a prefix of the burst, including the last edit reported
    committed (``committed``, -1 for none)."""
    problems: list[str] = []
    for table in set(state) | set(before):
        if table not in ("contact", "tag", "tag_link", "search") and state.get(table) != before.get(
            table
        ):
            problems.append(f"{table} changed")
    targets = edit_targets(
        [k for k, row in before["contact"].items() if row["deleted_at"] is None], count
    )
    tags_now, tags_then = _live_tags(state), _live_tags(before)
    from office_desk.core.store.sort_keys import SORT_KEYS, value_of

    # The sort keys of the edited columns follow them (in the same transaction); each
    # must be the key of the value the row holds now.
    derived = {
        k.column: k
        for k in SORT_KEYS
        if k.table == "contact" and set(k.sources) <= {"position", "city", "notes"}
    }
    generation: dict[str, int] = {}
    for key, old in before["contact"].items():
        row = state["contact"].get(key)
        if row is None:
            problems.append(f"contact {key} disappeared")
            continue
        others = [
            c
            for c in old
            if c not in ("position", "city", "notes", "updated_at", *derived) and row[c] != old[c]
        ]
        if others:
            problems.append(f"contact {key}: {', '.join(others)} changed")
        stale = [
            c for c, k in derived.items() if row[c] != value_of(k, (row[s] for s in k.sources))
        ]
        if stale:
            problems.append(f"contact {key}: {', '.join(stale)} not the key of the new value")
        seen = (row["position"], row["city"], row["notes"], tags_now.get(key, []))
        if seen == (old["position"], old["city"], old["notes"], tags_then.get(key, [])):
            generation[key] = -1
            continue
        match = re.fullmatch(rf"{EDIT_PREFIX}(\d{{4}})", row["city"])
        mark = match.group(0) if match else ""
        if not match or seen != (f"{mark} position", mark, f"{mark} notes", [mark]):
            problems.append(f"contact {key} is half-edited: {seen!r}")
            continue
        generation[key] = int(match.group(1))
    made = sorted(
        int(t["name"][len(EDIT_PREFIX) :])
        for t in state["tag"].values()
        if re.fullmatch(rf"{EDIT_PREFIX}\d{{4}}", t["name"])
    )
    last = max([*generation.values(), *made, -1])
    if made != list(range(last + 1)):
        problems.append(f"the tags made by edits 0..{last} are {made[:5]}...")
    for key, number in generation.items():
        wanted = max((i for i in range(last + 1) if targets[i] == key), default=-1)
        if number != wanted:
            problems.append(
                f"contact {key} holds edit {number}, but edits 0..{last} were "
                f"applied and its last one is {wanted}: not a prefix"
            )
    if last < committed:
        problems.append(
            f"edit {committed} was reported committed, but only edits up to {last} are in the file"
        )
    applied = "none" if last < 0 else "all" if last == count - 1 else f"{last + 1}/{count}"
    return Verdict(applied, problems[:5], last + 1)


# --------------------------------------------------------------------------- the parent side


@dataclass
class Scenario:
    """An operation ready to be run and killed: its "before" file, its input, and what
    the uncut run looked like."""

    operation: str
    base: Path
    input: Path | None
    count: int
    prep_seconds: float = 0.0
    op_seconds: float = 0.0
    before: State = field(default_factory=dict)
    after: State = field(default_factory=dict)

    def judge(self, state: State, committed: int) -> Verdict:
        if self.operation == "import":
            return judge_import(state, self.before, self.count)
        if self.operation == "edits":
            return judge_edits(state, self.before, self.count, committed)
        if self.operation == "delete":
            return judge_delete(state, self.before, self.after)
        return judge_exact(state, self.before, self.after)


@dataclass
class RunResult:
    operation: str
    outcome: str
    delay: float
    verdict: Verdict
    check_ok: bool
    check_output: str = ""
    folder: Path | None = None
    #: How long the operation took (GO to DONE), when it finished before the kill.
    op_seconds: float | None = None

    @property
    def ok(self) -> bool:
        return self.check_ok and not self.verdict.problems


def _copy_database(source: Path, target: Path) -> Path:
    """A copy of the closed database file ``source``: byte for byte when everything is
    in the file itself (no journal, or an empty ``-wal`` a read-only reader left),
    else through SQLite's backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    pending = [source.with_name(source.name + s) for s in ("-wal", "-journal")]
    if any(p.exists() and p.stat().st_size > 0 for p in pending):
        from office_desk.core.store.backup import backup_file

        return backup_file(source, target)
    shutil.copyfile(source, target)
    return target


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["OFFICE_DESK_DATA_DIR"] = str(folder / "data")
    env.pop("OFFICE_DESK_DB", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def worker_command(scenario: Scenario, db: Path) -> list[str]:
    command = [sys.executable, str(Path(__file__).resolve()), scenario.operation, str(db)]
    if scenario.input is not None:
        command += ["--input", str(scenario.input)]
    if scenario.operation == "edits":
        command += ["--count", str(scenario.count)]
    return command


def office_desk_check(db: Path, folder: Path) -> tuple[bool, str]:
    """``office-desk check`` in a new process: (exit status 0, what it printed)."""
    done = subprocess.run(
        [sys.executable, "-m", "office_desk", "--db", str(db), "--language", "en", "check"],
        capture_output=True,
        text=True,
        env=child_env(folder),
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    return done.returncode == 0, (done.stdout + done.stderr).strip()


class _Child:
    """The worker process and the lines it printed, each with when it arrived."""

    def __init__(self, scenario: Scenario, db: Path, folder: Path) -> None:
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.seen: list[str] = []
        self.when: dict[str, float] = {}
        self.stderr_path = folder / "worker-stderr.txt"
        self.started = time.perf_counter()
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                worker_command(scenario, db),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=child_env(folder),
                text=True,
                bufsize=1,
            )
        assert self.process.stdout is not None
        self.reader = threading.Thread(target=self._pump, args=(self.process.stdout,), daemon=True)
        self.reader.start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            when, word = time.perf_counter(), line.strip()
            self.when.setdefault(word, when)
            self.lines.put((when, word))
        self.lines.put((time.perf_counter(), ""))  # end of output

    def wait_for(self, word: str, timeout: float = CHILD_TIMEOUT) -> float:
        """When the child printed ``word``; RuntimeError if it ended first."""
        deadline = time.perf_counter() + timeout
        while True:
            try:
                when, line = self.lines.get(timeout=max(deadline - time.perf_counter(), 0.01))
            except queue.Empty:
                raise RuntimeError(f"the worker did not say {word} in {timeout:.0f} s") from None
            if line == "":
                raise RuntimeError(f"the worker ended before saying {word}: {self.stderr()}")
            self.seen.append(line)
            if line == word:
                return when

    def go(self) -> float:
        assert self.process.stdin is not None
        self.process.stdin.write("GO\n")
        self.process.stdin.flush()
        return time.perf_counter()

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)

    def finish(self) -> list[str]:
        """Wait for the process to end; every line it printed."""
        self.process.wait(timeout=CHILD_TIMEOUT)
        self.reader.join(timeout=CHILD_TIMEOUT)
        while True:
            try:
                _when, line = self.lines.get_nowait()
            except queue.Empty:
                break
            if line:
                self.seen.append(line)
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):  # the pipe's reader was killed
                self.process.stdin.close()
        return self.seen

    def stderr(self) -> str:
        try:
            return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        except OSError:
            return ""


def prepare(
    operation: str,
    folder: Path,
    sample: Path,
    *,
    rows: int = 100_000,
    merge_rows: int = 10_000,
    edits: int = 300,
    delete_rows: int = 5_000,
    passphrase: str | None = None,
) -> Scenario:
    """Build the "before" file and the input of ``operation`` in ``folder`` from the
    sample network at ``sample`` (a closed file), then run the operation once, uncut,
    to time it and record the state after it (checked clean by ``office-desk check``).
    With ``passphrase``, the file is encrypted in travel mode first (the caller sets
    ``$OFFICE_DESK_PASSPHRASE``, which the workers and checks inherit)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = _copy_database(sample, folder / "before.sqlite")
    if passphrase is not None:
        from office_desk.core.store import encryption

        encryption.encrypt(base, passphrase, backup_folder=folder / "backups")
    scenario = Scenario(operation, base, None, 0)
    if operation == "import":
        scenario.input = write_contacts_csv(folder / "contacts.csv", rows)
        scenario.count = rows
    elif operation == "merge":
        scenario.input = make_package(sample, folder, merge_rows)
    elif operation == "edits":
        scenario.count = edits
    elif operation == "delete":
        _import_into(base, write_contacts_csv(folder / "more.csv", delete_rows, "Gone"))
    else:
        raise ValueError(f"unknown operation {operation!r}")
    scenario.before = read_state(base)
    calibration = folder / "calibration"
    db = _copy_database(base, calibration / "office-desk.sqlite")
    child = _Child(scenario, db, calibration)
    try:
        ready = child.wait_for("READY")
        went = child.go()
        done = child.wait_for("DONE")
    except BaseException:
        child.kill()
        raise
    finally:
        lines = child.finish()
    if child.process.returncode != 0:
        raise RuntimeError(f"{operation}: the uncut run failed: {child.stderr()}")
    scenario.prep_seconds = ready - child.started
    scenario.op_seconds = done - went
    clean, output = office_desk_check(db, calibration)
    if not clean:
        raise RuntimeError(f"{operation}: the uncut run leaves problems: {output}")
    scenario.after = read_state(db)
    committed = max((int(x.split()[1]) for x in lines if x.startswith("COMMITTED")), default=-1)
    verdict = scenario.judge(scenario.after, committed)
    if verdict.applied != "all" or verdict.problems:
        raise RuntimeError(f"{operation}: the uncut run is not judged complete: {verdict}")
    shutil.rmtree(calibration, ignore_errors=True)
    return scenario


def _import_into(db: Path, source: Path) -> None:
    from office_desk.core.import_contacts import (
        apply_plan,
        guess_mapping,
        plan_import,
        read_source,
    )
    from office_desk.core.store.database import open_store

    store = open_store(db)
    try:
        table = read_source(source)
        apply_plan(store, plan_import(store, table, guess_mapping(table, "contacts")))
    finally:
        store.close()


def make_package(sample: Path, folder: Path, rows: int) -> Path:
    """Another office's copy of the network, grown and edited, exported as a package:
    ``rows`` new contacts and their organizations, 20 contacts edited (later than the
    sample's), 4 projects deleted with their links."""
    from sqlmodel import select

    from office_desk.core.models import Contact, Project
    from office_desk.core.network_package import export_package
    from office_desk.core.services import records
    from office_desk.core.store.database import open_store

    other = _copy_database(sample, folder / "other-office.sqlite")
    _import_into(other, write_contacts_csv(folder / "other-office.csv", rows, "Merged"))
    store = open_store(other)
    try:
        with store.session() as session:
            contacts = list(session.exec(select(Contact.id).order_by(Contact.id)).all())
            projects = list(session.exec(select(Project.id).order_by(Project.id)).all())
        for number, contact_id in enumerate(contacts[:20]):
            records.update(
                store,
                Contact,
                contact_id,
                position=f"Edited abroad {number}",
                notes="changed in the other office",
            )
        records.delete(store, Project, projects[:4])
        package = folder / "other-office.json"
        export_package(store, package)
    finally:
        store.close()
    json.loads(package.read_text(encoding="utf-8"))  # a whole, readable package
    return package


def run_once(
    scenario: Scenario,
    folder: Path,
    rng: random.Random,
    *,
    window: float = 1.3,
    before_share: float = 0.1,
    delay: float | None = None,
) -> RunResult:
    """One run: copy the "before" file, start the child, kill it, check, judge.

    The kill lands, with probability ``before_share``, while the child starts and
    prepares (before ``GO``); otherwise at a uniform delay after ``GO`` over ``window``
    times the operation's uncut duration. ``delay`` (seconds after ``GO``; negative:
    that long after the child was started, without ``GO``) fixes it instead.
    """
    folder.mkdir(parents=True, exist_ok=True)
    db = _copy_database(scenario.base, folder / "office-desk.sqlite")
    if delay is None:
        if rng.random() < before_share:
            delay = -rng.uniform(0.0, scenario.prep_seconds)
        else:
            delay = rng.uniform(0.0, window * scenario.op_seconds)
    child = _Child(scenario, db, folder)
    went = None
    try:
        if delay < 0:
            _sleep_while_running(child.process, -delay)
        else:
            child.wait_for("READY")
            went = child.go()
            _sleep_while_running(child.process, went + delay - time.perf_counter())
    finally:
        child.kill()
        lines = child.finish()
    took = child.when["DONE"] - went if went is not None and "DONE" in child.when else None
    if "DONE" in lines:
        outcome = FINISHED
    elif "STARTED" in lines:
        outcome = DURING
    else:
        outcome = BEFORE_START
    clean, output = office_desk_check(db, folder)
    committed = max((int(x.split()[1]) for x in lines if x.startswith("COMMITTED")), default=-1)
    if clean:
        verdict = scenario.judge(read_state(db), committed)
    else:
        verdict = Verdict("unknown", ["office-desk check failed"])
    if outcome == BEFORE_START and verdict.applied != "none":
        verdict.problems.append(f"killed before it started, yet {verdict.applied} applied")
    if outcome == FINISHED and verdict.applied != "all":
        verdict.problems.append(f"finished before the kill, yet {verdict.applied} applied")
    return RunResult(scenario.operation, outcome, delay, verdict, clean, output, folder, took)


def _sleep_while_running(process: subprocess.Popen[str], seconds: float) -> None:
    """Sleep ``seconds``, or until ``process`` has ended (it is not reaped: a kill
    after it ended is harmless)."""
    if seconds <= 0:
        return
    deadline = time.perf_counter() + seconds
    while (left := deadline - time.perf_counter()) > 0:
        if process.poll() is not None:
            return
        time.sleep(min(left, 0.005))


if __name__ == "__main__":
    raise SystemExit(child_main())
