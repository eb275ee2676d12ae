"""Benchmark of team sync (issue 15) against a throwaway PostgreSQL cluster on loopback.

    .venv/bin/python bench/sync_bench.py [--contacts 100000] [--laptops 50] [--rounds 5]
                                         [--profile FOLDER]

The cluster is started by the bench itself (``tests/pg_cluster.py``: initdb and pg_ctl
in a temp folder, fsync off, max_connections=200) and removed at the end. Three figures:

1. **First full pull.** Headquarters' laptop pushes the big network of
   ``bench/big_network.py`` (its first sync: every record queued and sent; timed and
   printed for context), then a new, empty laptop file joins with ``sync`` and pulls the
   whole network. Floor, measured in the same run on the same server: psycopg's
   ``COPY (SELECT tbl, id, fields FROM office_desk.record) TO STDOUT`` written into a
   fresh SQLite file with ``executemany`` into one plain table (median of 3). Goal: the
   pull under 3x the floor.
2. **A sync of 100 changed records.** The new laptop (a Dresden account) edits 100 of
   its office's contacts and syncs (push, then pull); then headquarters' laptop syncs
   and pulls them. Median of ``--rounds`` rounds; goal under 1 s each on loopback.
3. **Many laptops at once.** A smaller network (about ``200 x --laptops`` contacts) is
   pushed by headquarters into a second database; ``--laptops`` office accounts join
   one after the other (not timed). Each laptop, in its own process (multiprocessing,
   spawn), edits 100 contacts of its own office (disjoint), then all sync at the same
   moment (a barrier). Printed: each sync's wall time as 95th percentile and maximum,
   and each laptop process's own CPU time in its sync (the laptops and the server share
   this machine's CPUs, which a real team does not). For context, one more laptop that
   stayed offline meanwhile then syncs alone and receives every change. Then every
   laptop syncs again, one at a time, until nothing moves, and the bench checks that
   every laptop converged with the server: no change queued, the same record ids in
   every table, every contact's edited field equal to the server's, every laptop's own
   100 edits on the server, and a sample of whole records equal field by field.

``--profile FOLDER`` runs headquarters' first push, the first pull, the first round of
the 100-record syncs, the first laptop's simultaneous sync and the offline laptop's
sync of part 3 under cProfile (``FOLDER/*.prof``; their times then include cProfile's
overhead). ``--laptops 0`` skips the third part.

Machines here are shared and noisy: read the ratios, not the seconds. Nothing is
asserted about times; the figures are printed next to their goals.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# The spawned laptop processes import this module again: they share the parent's folder.
WORK = Path(
    os.environ.get("OFFICE_DESK_SYNC_BENCH_DIR")
    or tempfile.mkdtemp(prefix="office-desk-sync-bench-")
)
os.environ["OFFICE_DESK_SYNC_BENCH_DIR"] = str(WORK)
os.environ.setdefault("OFFICE_DESK_DATA_DIR", str(WORK / "data"))
for folder in (str(ROOT), str(HERE)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

from sqlalchemy import text  # noqa: E402
from sqlmodel import col, select  # noqa: E402

from office_desk.core import sync  # noqa: E402
from office_desk.core.models import Contact  # noqa: E402
from office_desk.core.network_package import codec  # noqa: E402
from office_desk.core.store.database import Store, open_store  # noqa: E402
from office_desk.core.sync import local  # noqa: E402
from office_desk.core.sync.server import add_user, engine_for, init_server  # noqa: E402

EDITS = 100
BACKUPS = WORK / "backups"


# --------------------------------------------------------------------------- helpers


def network_file(contacts: int) -> Path:
    """The big network of ``contacts`` contacts (organizations, projects and events in
    the proportions of bench/big_network.py), built once and reused from /tmp."""
    from big_network import build

    name = "office-desk-big.sqlite" if contacts == 100_000 else f"office-desk-big-{contacts}.sqlite"
    path = Path(tempfile.gettempdir()) / name
    if not path.exists():
        print(f"building {path} (once) ...", flush=True)
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(
            partial,
            contacts=contacts,
            organizations=max(contacts // 20, 10),
            projects=max(contacts // 5, 10),
            events=max(contacts // 2, 10),
        )
        partial.rename(path)
        print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def laptop_copy(source: Path, name: str) -> Store:
    """A laptop's own copy of ``source`` (the cached file stays untouched)."""
    path = WORK / f"{name}.sqlite"
    shutil.copyfile(source, path)
    return open_store(path, backup_folder=BACKUPS)


PROFILE: Path | None = None


def run_sync(
    store: Store, url: str, user: str, password: str, profile: str | None = None
) -> tuple[float, Any]:
    """One timed sync; under cProfile into ``PROFILE/profile.prof`` if both are set."""
    profiler = None
    if PROFILE is not None and profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    result = sync.sync(store, url, user, password, backup_folder=BACKUPS)
    seconds = time.perf_counter() - started
    if profiler is not None and PROFILE is not None:
        profiler.disable()
        PROFILE.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(PROFILE / f"{profile}.prof")
    return seconds, result


def server_count(admin_url: str) -> dict[str, int]:
    engine = engine_for(admin_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT tbl, count(*) FROM office_desk.record GROUP BY tbl")
            ).all()
            return {tbl: int(n) for tbl, n in rows}
    finally:
        engine.dispose()


def laptop_count(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        found = {}
        for name in codec.TABLE_ORDER:
            n = int(conn.execute(text(f"SELECT count(*) FROM {name}")).scalar() or 0)  # noqa: S608
            if n:
                found[name] = n
        return found


def office_contacts(store: Store, office: uuid.UUID) -> list[uuid.UUID]:
    with store.session() as session:
        return list(
            session.exec(
                select(Contact.id).where(Contact.office_id == office).order_by(Contact.id)
            ).all()
        )


def edit_contacts(store: Store, ids: list[uuid.UUID], value: str) -> None:
    """Change the position of each contact in ``ids`` (one write, as the app does)."""
    with store.write() as session:
        contacts = session.exec(select(Contact).where(col(Contact.id).in_(ids))).all()
        for contact in contacts:
            contact.position = value
    assert len(contacts) == len(ids), (len(contacts), len(ids))


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


# --------------------------------------------------------------------------- the floor


def copy_floor(cluster: Any, database: str) -> tuple[float, int]:
    """COPY the server's records out and write them into a fresh SQLite file."""
    target = WORK / f"floor-{uuid.uuid4().hex[:6]}.sqlite"
    query = "COPY (SELECT tbl, id, fields FROM office_desk.record) TO STDOUT"
    started = time.perf_counter()
    lite = sqlite3.connect(target)
    lite.execute("CREATE TABLE record (tbl TEXT NOT NULL, id TEXT PRIMARY KEY, fields TEXT)")
    with (
        cluster.admin(database, autocommit=False) as pg,
        pg.cursor() as cursor,
        cursor.copy(query) as copy,
        lite,
    ):
        lite.executemany("INSERT INTO record VALUES (?, ?, ?)", copy.rows())
    seconds = time.perf_counter() - started
    count = lite.execute("SELECT count(*) FROM record").fetchone()[0]
    lite.close()
    target.unlink()
    return seconds, count


# --------------------------------------------------------------------------- 1 and 2


def first_pull_and_small_syncs(cluster: Any, options: argparse.Namespace) -> None:
    database = cluster.create_database()
    admin_url = cluster.url(database)
    url = admin_url.replace("postgres@", "")
    init_server(admin_url)
    big = network_file(options.contacts)

    hq_password = add_user(admin_url, "hq", hq=True)
    hq = laptop_copy(big, "hq")
    records = sum(laptop_count(hq).values())
    print(
        f"\n1. first full pull of the {options.contacts:,}-contact network "
        f"({records:,} records of every kind)",
        flush=True,
    )
    push_seconds, pushed = run_sync(hq, url, "hq", hq_password, "first-push")
    print(
        f"  {'headquarters pushes the network (first sync)':52} {push_seconds:7.2f} s   "
        f"({pushed.pushed:,} records sent)",
        flush=True,
    )

    dora_password = add_user(admin_url, "dora", office="Dresden")
    laptop = open_store(WORK / "dresden.sqlite", create=True)
    pull_seconds, pulled = run_sync(laptop, url, "dora", dora_password, "first-pull")
    floors = [copy_floor(cluster, database) for _ in range(3)]
    floor = statistics.median(f[0] for f in floors)
    on_server = server_count(admin_url)
    here = laptop_count(laptop)
    print(
        f"  {'floor: COPY out of PostgreSQL + SQLite executemany':52} {floor:7.2f} s   "
        f"(floor, median of 3; {floors[0][1]:,} rows)"
    )
    print(
        f"  {'a new laptop joins: sync pulls the whole network':52} {pull_seconds:7.2f} s   "
        f"ratio {pull_seconds / floor:5.2f}x   (goal under 3x; {pulled.pulled:,} records "
        f"received; same counts as the server: {'yes' if here == on_server else 'NO'})",
        flush=True,
    )

    print(
        f"\n2. a sync of {EDITS} changed records (loopback; median of {options.rounds} rounds)",
        flush=True,
    )
    with laptop.engine.connect() as conn:
        dresden = local.read_state(conn)["office"]
    candidates = office_contacts(laptop, uuid.UUID(dresden))
    pushes, pulls = [], []
    for round_no in range(options.rounds):
        ids = candidates[(round_no * EDITS) % len(candidates) :][:EDITS]
        value = f"Bench round {round_no}"
        edit_contacts(laptop, ids, value)
        first = round_no == 0
        seconds, sent = run_sync(laptop, url, "dora", dora_password, "send-100" if first else None)
        pushes.append(seconds)
        seconds, received = run_sync(hq, url, "hq", hq_password, "receive-100" if first else None)
        pulls.append(seconds)
        with hq.engine.connect() as conn:
            arrived = conn.execute(
                text("SELECT count(*) FROM contact WHERE position = :v"), {"v": value}
            ).scalar()
        assert (sent.pushed, received.pulled, arrived) == (len(ids),) * 3, (
            sent.pushed,
            received.pulled,
            arrived,
        )
    for label, times in (
        (f"the editing laptop syncs (sends {EDITS})", pushes),
        (f"headquarters syncs (receives {EDITS})", pulls),
    ):
        every = ", ".join(f"{t:.2f}" for t in times)
        print(f"  {label:52} {statistics.median(times):7.2f} s   (goal under 1 s; runs: {every})")
    hq.close()
    laptop.close()
    cluster.drop_database(database)
    cluster.drop_login_roles(keep=set())  # logins are cluster-wide


# --------------------------------------------------------------------------- 3


def laptop_worker(
    path: str,
    url: str,
    user: str,
    password: str,
    ids: list[str],
    value: str,
    barrier: Any,
    results: Any,
    profile: str | None = None,
) -> None:
    """One laptop in its own process: edit, wait for the others, sync, report (under
    cProfile into the file ``profile`` if given)."""
    os.environ["OFFICE_DESK_DATA_DIR"] = str(Path(path).parent / "data")
    outcome: dict[str, Any] = {"user": user}
    try:
        store = open_store(Path(path))
        edit_contacts(store, [uuid.UUID(i) for i in ids], value)
        barrier.wait(timeout=600)
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started, cpu = time.perf_counter(), time.process_time()
        result = sync.sync(store, url, user, password, backup_folder=Path(path).parent)
        if profile:
            profiler.disable()
            profiler.dump_stats(profile)
        outcome.update(
            seconds=time.perf_counter() - started,
            cpu=time.process_time() - cpu,
            pushed=result.pushed,
            pulled=result.pulled,
        )
        store.close()
    except Exception as exc:  # reported by the parent, never lost
        outcome["error"] = f"{type(exc).__name__}: {exc}"
        barrier.abort()  # the others stop waiting for this one
    results.put(outcome)


def many_laptops(cluster: Any, options: argparse.Namespace) -> None:
    count = options.laptops
    base_contacts = max(2_000, 200 * count)
    database = cluster.create_database()
    admin_url = cluster.url(database)
    url = admin_url.replace("postgres@", "")
    init_server(admin_url)
    base = network_file(base_contacts)
    print(
        f"\n3. {count} laptops sync {EDITS} changes each at once "
        f"(network of {base_contacts:,} contacts; one process per laptop)",
        flush=True,
    )
    hq_password = add_user(admin_url, "hq", hq=True)
    hq = laptop_copy(base, "base-hq")
    run_sync(hq, url, "hq", hq_password)
    engine = engine_for(admin_url)
    with engine.connect() as conn:
        offices = sorted(
            str(r[0])
            for r in conn.execute(
                text("SELECT id FROM office_desk.record WHERE tbl = 'office' AND NOT deleted")
            )
        )
    engine.dispose()
    by_office = {o: office_contacts(hq, uuid.UUID(o)) for o in offices}
    hq.close()

    laptops: list[dict[str, Any]] = []
    started = time.perf_counter()
    taken: dict[str, int] = {}
    for i in range(count):
        office = offices[i % len(offices)]
        start = taken.get(office, 0)
        ids = by_office[office][start : start + EDITS]
        taken[office] = start + EDITS
        if len(ids) < EDITS:
            raise SystemExit(f"office {office} has too few contacts for {count} laptops")
        laptops.append(join(admin_url, url, f"laptop{i + 1:02d}", office, ids))
    # One more laptop stays out of the simultaneous round (offline): it then receives
    # every change alone, the per-laptop cost of those syncs without the crowd.
    offline = join(admin_url, url, "offline", offices[0], [])
    print(
        f"  {count} laptops joined one after the other in {time.perf_counter() - started:.1f} s "
        "(not timed below)",
        flush=True,
    )

    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(count)
    results = spawn.Queue()
    processes = [
        spawn.Process(
            target=laptop_worker,
            args=(
                str(lap["path"]),
                url,
                lap["user"],
                lap["password"],
                [str(i) for i in lap["ids"]],
                lap["value"],
                barrier,
                results,
                str(PROFILE / "concurrent-sync.prof") if PROFILE and n == 0 else None,
            ),
        )
        for n, lap in enumerate(laptops)
    ]
    if PROFILE:
        PROFILE.mkdir(parents=True, exist_ok=True)
    for process in processes:
        process.start()
    outcomes = gather(processes, results, barrier, [lap["user"] for lap in laptops])
    errors = [o for o in outcomes if "error" in o]
    times = [o["seconds"] for o in outcomes if "seconds" in o]
    for failed in errors:
        print(f"  {failed['user']}: {failed['error']}")
    if times:
        print(
            f"  {'sync wall time, 95th percentile':52} {percentile(times, 0.95):7.2f} s   "
            f"({len(times)} syncs at once; median {statistics.median(times):.2f} s)"
        )
        print(f"  {'sync wall time, maximum':52} {max(times):7.2f} s")
        cpu = [o["cpu"] for o in outcomes if "cpu" in o]
        print(
            f"  {'CPU time of one laptop process in its sync, p95':52} "
            f"{percentile(cpu, 0.95):7.2f} s   (median {statistics.median(cpu):.2f} s; all "
            f"{len(cpu)} laptops and the server share this machine's {os.cpu_count()} CPUs)"
        )
        machine = sum(cpu) / (os.cpu_count() or 1)
        print(
            f"  {'the laptops CPU time together / the CPUs':52} {machine:7.2f} s   "
            "(the least wall time this machine allows, server aside)"
        )
        pushed = sum(o["pushed"] for o in outcomes if "pushed" in o)
        pulled = statistics.median(o["pulled"] for o in outcomes if "pulled" in o)
        print(
            f"  {'records sent by all laptops together':52} {pushed:7,}   "
            f"(each laptop received a median {pulled:,.0f} in the same sync)"
        )

    rounds = 0
    everyone = [*laptops, offline]
    stores = [open_store(lap["path"]) for lap in everyone]
    try:
        seconds, result = run_sync(
            stores[-1], url, offline["user"], offline["password"], "offline-catch-up"
        )
        print(
            f"  {'one more laptop, offline meanwhile, then syncs alone':52} {seconds:7.2f} s   "
            f"(context: {result.pulled:,} records received)"
        )
        while rounds < 5:
            rounds += 1
            moved = 0
            for lap, store in zip(everyone, stores, strict=True):
                _, result = run_sync(store, url, lap["user"], lap["password"])
                moved += result.pushed + result.pulled
            if not moved:
                break
        problems = check_converged(admin_url, everyone, stores)
    finally:
        for store in stores:
            store.close()
    print(
        f"  converged: {'yes' if not problems and not errors else 'no'}   "
        f"(checked after {rounds} more round{'s' if rounds != 1 else ''} of syncs)"
    )
    for problem in problems[:20]:
        print(f"    {problem}")
    cluster.drop_database(database)


def gather(processes: list, results: Any, barrier: Any, users: list[str]) -> list[dict]:
    """Every laptop process's report; a process that died without one is reported as
    an error (and breaks the barrier, so the others do not wait for it)."""
    import queue

    outcomes: list[dict[str, Any]] = []
    deadline = time.monotonic() + 1800
    while len(outcomes) < len(processes) and time.monotonic() < deadline:
        try:
            outcomes.append(results.get(timeout=2))
        except queue.Empty:
            if any(p.exitcode not in (None, 0) for p in processes):
                barrier.abort()
            if all(p.exitcode is not None for p in processes) and results.empty():
                break
    for process in processes:
        process.join(timeout=60)
    reported = {o["user"] for o in outcomes}
    for user, process in zip(users, processes, strict=True):
        if user not in reported:
            outcomes.append({"user": user, "error": f"no report (exit code {process.exitcode})"})
    return outcomes


def join(admin_url: str, url: str, user: str, office: str, ids: list[uuid.UUID]) -> dict:
    """A person of ``office`` with a new laptop file that joined the network."""
    password = add_user(admin_url, user, office=office)
    path = WORK / "many" / f"{user}.sqlite"
    path.parent.mkdir(exist_ok=True)
    store = open_store(path, create=True)
    run_sync(store, url, user, password)
    store.close()
    return {"user": user, "password": password, "path": path, "ids": ids, "value": f"By {user}"}


def check_converged(
    admin_url: str, laptops: list[dict[str, Any]], stores: list[Store]
) -> list[str]:
    """What differs between any laptop and the server (empty: converged)."""
    problems: list[str] = []
    engine = engine_for(admin_url)
    with engine.connect() as conn:
        server_ids: dict[str, set[str]] = {}
        for tbl, record_id in conn.execute(text("SELECT tbl, id FROM office_desk.record")):
            server_ids.setdefault(tbl, set()).add(str(record_id))
        positions = {
            str(i): p
            for i, p in conn.execute(
                text("SELECT id, fields->>'position' FROM office_desk.record WHERE tbl = 'contact'")
            )
        }
        sample = random.Random(15).sample(sorted(server_ids["contact"]), 200)
        sample += [str(i) for lap in laptops for i in lap["ids"][:2]]
        whole = {
            str(i): dict(f)
            for i, f in conn.execute(
                text(
                    "SELECT id, fields FROM office_desk.record WHERE tbl = 'contact' "
                    "AND id = ANY(CAST(:ids AS uuid[]))"
                ),
                {"ids": sample},
            )
        }
    engine.dispose()
    for lap in laptops:
        for record_id in lap["ids"]:
            if positions.get(str(record_id)) != lap["value"]:
                problems.append(f"{lap['user']}: its edit of {record_id} is not on the server")
                break
    for lap, store in zip(laptops, stores, strict=True):
        name = lap["user"]
        with store.engine.connect() as conn:
            if local.pending_count(conn):
                problems.append(f"{name}: {local.pending_count(conn)} changes still queued")
            for tbl in codec.TABLE_ORDER:
                ids = {
                    str(uuid.UUID(str(r)))
                    for (r,) in conn.execute(text(f"SELECT id FROM {tbl}"))  # noqa: S608
                }
                theirs = server_ids.get(tbl, set())
                if ids != theirs:
                    problems.append(f"{name}: {tbl} ids differ ({len(ids ^ theirs)})")
            mine = {
                str(uuid.UUID(str(i))): p
                for i, p in conn.execute(text("SELECT id, position FROM contact"))
            }
            if mine != positions:
                wrong = sum(1 for k, v in positions.items() if mine.get(k) != v)
                problems.append(f"{name}: {wrong} contacts' position differ from the server")
            rows = local.read_rows(conn, "contact", [uuid.UUID(i) for i in sample])
        for record_id, row in rows.items():
            values = json.loads(json.dumps(codec.encode_row("contact", row)))
            values.pop("id")
            server = {k: v for k, v in whole[str(record_id)].items() if k in values}
            if values != server:
                problems.append(f"{name}: contact {record_id} differs from the server")
                break
    return problems


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", type=Path, default=None, metavar="FOLDER")
    options = parser.parse_args()
    global PROFILE
    PROFILE = options.profile

    from tests.pg_cluster import start_cluster

    started = time.perf_counter()
    cluster = start_cluster()
    try:
        print(f"team sync benchmark: PostgreSQL cluster on 127.0.0.1:{cluster.port}, {WORK}")
        first_pull_and_small_syncs(cluster, options)
        if options.laptops > 0:
            many_laptops(cluster, options)
    finally:
        cluster.stop()
    print(f"\n(whole bench: {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
