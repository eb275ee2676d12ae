"""Benchmark of list exports (issue 5): all 100,000 contacts of the big database to XLSX
and CSV, as ratios to floors measured in the same run; and (issue 17) all contacts to
vCard and all events to iCalendar, as ratios to the CSV export of the same records.

    python bench/export_bench.py [/tmp/office-desk-big.sqlite] [--runs N]
                                 [--part lists|cards|all] [--former]

Each measurement runs in a fresh Python process (median of N runs, 3 by default), which
also gives its peak memory (max RSS):

* XLSX floor: openpyxl in write-only mode writing the same number of rows and columns
  of one constant string, no database;
* CSV floor: ``csv.writer`` writing the same rows of constant strings (UTF-8 with BOM);
* a read floor for context: sqlite3 alone reading the same columns (with the office and
  organization names) in the list's order, no Python work per row;
* Office Desk: ``export_list`` of the whole contacts list (the list's order, every
  column typed, formula-safe), to XLSX and to CSV.

vCard and iCalendar (``--part cards``): each run exports the contacts to CSV
(``export_list``, the floor) and then to vCard (``export_vcards``), and the events to
CSV and then to iCalendar (``export_calendar``), each in a fresh process; the ratio is
the median of the runs' own ratios (a run's two exports see the same load). The goal
is 3x at most. ``--former`` also times, once, the export's former way (a vobject or
icalendar component per record, built from ORM objects: minutes).

Machines here are shared and noisy: read the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = Path(tempfile.mkdtemp(prefix="office-desk-export-bench-"))
ENV = {**os.environ, "OFFICE_DESK_DATA_DIR": str(OUT / "data")}

PEAK = """
import json, sys, time
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
def report(started, **extra):
    print(json.dumps({"seconds": time.perf_counter() - started, "rss_mb": peak_mb(), **extra}))
"""

XLSX_FLOOR = (
    PEAK
    + """
from openpyxl import Workbook
rows, columns, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
started = time.perf_counter()
workbook = Workbook(write_only=True)
sheet = workbook.create_sheet("Contacts")
row = ["constant text"] * columns
for _ in range(rows + 1):
    sheet.append(row)
workbook.save(out)
report(started)
"""
)

CSV_FLOOR = (
    PEAK
    + """
import csv
rows, columns, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
started = time.perf_counter()
row = ["constant text"] * columns
with open(out, "w", encoding="utf-8-sig", newline="") as handle:
    writer = csv.writer(handle, lineterminator="\\r\\n")
    for _ in range(rows + 1):
        writer.writerow(row)
report(started)
"""
)

READ_FLOOR = (
    PEAK
    + """
import sqlite3
db = sys.argv[1]
started = time.perf_counter()
conn = sqlite3.connect(db)
rows = conn.execute(
    "SELECT c.id, c.given_name, c.family_name, c.name_native, c.family_name_first,"
    " c.position, org.name, office.name, c.city, c.country, c.emails, c.phones,"
    " c.messaging, c.languages, c.last_contacted_on, c.notes FROM contact c"
    " LEFT JOIN organization org ON org.id = c.organization_id AND org.deleted_at IS NULL"
    " LEFT JOIN office ON office.id = c.office_id AND office.deleted_at IS NULL"
    " WHERE c.deleted_at IS NULL ORDER BY lower(c.family_name), c.id").fetchall()
report(started, rows=len(rows))
"""
)

OURS = (
    PEAK
    + """
from pathlib import Path
from office_desk.core.store.database import open_store
from office_desk.core.export_lists import export_list
from office_desk.core.listing import ListQuery
store = open_store(Path(sys.argv[1]))
started = time.perf_counter()
written = export_list(store, ListQuery("contact"), Path(sys.argv[2]))
report(started, rows=written)
"""
)


LIST_CSV = (
    PEAK
    + """
from pathlib import Path
from office_desk.core.store.database import open_store
from office_desk.core.export_lists import export_list
from office_desk.core.listing import ListQuery
store = open_store(Path(sys.argv[1]))
started = time.perf_counter()
written = export_list(store, ListQuery(sys.argv[3]), Path(sys.argv[2]))
report(started, rows=written)
"""
)

VCARD = (
    PEAK
    + """
from pathlib import Path
from office_desk.core.store.database import open_store
from office_desk.core.export_vcard import export_vcards
store = open_store(Path(sys.argv[1]))
started = time.perf_counter()
written = export_vcards(store, None, Path(sys.argv[2]))
report(started, rows=written)
"""
)

ICAL = (
    PEAK
    + """
from pathlib import Path
from office_desk.core.store.database import open_store
from office_desk.core.export_calendar import export_calendar
store = open_store(Path(sys.argv[1]))
started = time.perf_counter()
written = export_calendar(store, None, Path(sys.argv[2]))
report(started, rows=written)
"""
)

# The former way (before issue 17), kept runnable from the modules' reference builders:
# ORM objects a chunk at a time, one vobject / icalendar component per record.
FORMER_VCARD = (
    PEAK
    + """
from pathlib import Path
from sqlmodel import select
from office_desk.core.store.database import open_store
from office_desk.core.export_vcard import contact_card
from office_desk.core.listing import ListQuery, ids
from office_desk.core.models import Contact, Office, Organization
store = open_store(Path(sys.argv[1]))
started = time.perf_counter()
wanted, written = ids(store, ListQuery("contact")), 0
with open(sys.argv[2], "w", encoding="utf-8", newline="") as handle:
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        with store.session() as session:
            found = {c.id: c for c in session.exec(select(Contact).where(Contact.id.in_(chunk)))}
            contacts = [found[i] for i in chunk if i in found]
            def names(model, keys):
                keys = [k for k in keys if k is not None]
                statement = select(model.id, model.name).where(model.id.in_(keys))
                return dict(session.exec(statement).all())
            organizations = names(Organization, {c.organization_id for c in contacts})
            offices = names(Office, {c.office_id for c in contacts})
        for c in contacts:
            handle.write(contact_card(c, organizations.get(c.organization_id, ""),
                                      offices.get(c.office_id, "")).serialize())
        written += len(contacts)
report(started, rows=written)
"""
)

FORMER_ICAL = (
    PEAK
    + """
from datetime import UTC, datetime
from pathlib import Path
from sqlmodel import select
from office_desk.core.store.database import open_store
from office_desk.core.export_calendar import _linked, calendar_event
from office_desk.core.listing import ListQuery, ids
from office_desk.core.models import Event, Office
store = open_store(Path(sys.argv[1]))
started = time.perf_counter()
wanted, written = ids(store, ListQuery("event")), 0
with store.session() as session:
    offices = {o.id: o.name for o in session.exec(select(Office)).all()}
stamp = datetime.now(UTC).replace(microsecond=0)
with open(sys.argv[2], "wb") as handle:
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        with store.session() as session:
            found = {e.id: e for e in session.exec(select(Event).where(Event.id.in_(chunk)))}
        events = [found[i] for i in chunk if i in found]
        organizations, projects = _linked(store, [e.id for e in events])
        for e in events:
            office = offices.get(e.office_id, "") if e.office_id else ""
            handle.write(calendar_event(e, stamp, office, organizations.get(e.id, []),
                                        projects.get(e.id, [])).to_ical())
        written += len(events)
report(started, rows=written)
"""
)

#: Measured before issue 17's serializers, on the shared two-core machine (loaded), with
#: the former code, each export once after the other: (CSV s, export s).
BEFORE = {"vCard": (6.40, 123.48), "iCalendar": (2.29, 39.28)}


def _child(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=1200,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def _median_run(runs: int, code: str, *args: str) -> dict:
    results = [_child(code, *args) for _ in range(runs)]
    return {
        "seconds": statistics.median(r["seconds"] for r in results),
        "rss_mb": max(r["rss_mb"] for r in results),
        "rows": results[0].get("rows"),
    }


def _cards(big: Path, runs: int, former: bool) -> None:
    """vCard and iCalendar exports as ratios to the CSV export of the same records."""
    print(
        f"vCard / iCalendar export of {big}, ratio to the CSV export of the same records "
        f"(median of {runs} runs' own ratios; each export in a fresh process; goal <= 3x):"
    )
    for name, kind, code, former_code, suffix in (
        ("vCard", "contact", VCARD, FORMER_VCARD, "vcf"),
        ("iCalendar", "event", ICAL, FORMER_ICAL, "ics"),
    ):
        pairs = []
        for _ in range(runs):
            floor = _child(LIST_CSV, str(big), str(OUT / f"{kind}s.csv"), kind)
            ours = _child(code, str(big), str(OUT / f"{kind}s.{suffix}"))
            assert ours["rows"] == floor["rows"], (ours["rows"], floor["rows"])
            pairs.append((floor, ours))
        n = pairs[0][0]["rows"]
        floor_s = statistics.median(f["seconds"] for f, _ in pairs)
        ours_s = statistics.median(o["seconds"] for _, o in pairs)
        ratio = statistics.median(o["seconds"] / f["seconds"] for f, o in pairs)
        size = (OUT / f"{kind}s.{suffix}").stat().st_size / 1e6
        peak = max(o["rss_mb"] for _, o in pairs)
        print(f"  {f'CSV: export_list, {n:,} {kind}s':44} {floor_s:6.2f} s   (floor)")
        print(
            f"  {f'{name}: Office Desk export':44} {ours_s:6.2f} s   ratio {ratio:5.2f}x   "
            f"peak {peak:6.1f} MB   ({size:.1f} MB file)"
        )
        if former:
            old = _child(former_code, str(big), str(OUT / f"former.{suffix}"))
            print(
                f"  {f'{name}: former way (one run)':44} {old['seconds']:6.2f} s   "
                f"ratio {old['seconds'] / floor_s:5.2f}x   peak {old['rss_mb']:6.1f} MB"
            )
        csv_s, before_s = BEFORE[name]
        print(
            f"  {f'{name}: before issue 17 (measured once)':44} {before_s:6.2f} s   "
            f"ratio {before_s / csv_s:5.2f}x   (CSV then {csv_s:.2f} s)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", default="/tmp/office-desk-big.sqlite")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--part", choices=("lists", "cards", "all"), default="all")
    parser.add_argument("--former", action="store_true", help="also time the former way")
    options = parser.parse_args()
    big, runs = Path(options.database), options.runs
    if not big.exists():
        sys.path.insert(0, str(HERE))
        from big_network import build

        print(f"building {big} (once) ...", flush=True)
        build(big)
    if options.part != "lists":
        _cards(big, runs, options.former)
    if options.part == "cards":
        return 0

    from office_desk.core.export_lists import EXPORT_COLUMNS

    columns = len(EXPORT_COLUMNS["contact"])
    read = _median_run(runs, READ_FLOOR, str(big))
    n = int(read["rows"])
    print(
        f"export of all contacts of {big} ({n:,} rows x {columns} columns, "
        f"median of {runs} runs, each in a fresh process):"
    )
    print(
        f"  {'sqlite3 read of the same rows':44} {read['seconds']:6.2f} s   "
        f"{'(context)':15} peak {read['rss_mb']:6.1f} MB"
    )
    for fmt, floor_code, floor_name in (
        ("xlsx", XLSX_FLOOR, "openpyxl write-only"),
        ("csv", CSV_FLOOR, "csv.writer"),
    ):
        floor = _median_run(runs, floor_code, str(n), str(columns), str(OUT / f"floor.{fmt}"))
        ours = _median_run(runs, OURS, str(big), str(OUT / f"contacts.{fmt}"))
        assert ours["rows"] == n, (ours["rows"], n)
        size = (OUT / f"contacts.{fmt}").stat().st_size / 1e6
        ratio = f"ratio {ours['seconds'] / floor['seconds']:5.2f}x"
        print(
            f"  {fmt.upper() + ': ' + floor_name + ', constant strings':44} "
            f"{floor['seconds']:6.2f} s   {'(floor)':15} peak {floor['rss_mb']:6.1f} MB"
        )
        print(
            f"  {fmt.upper() + ': Office Desk export_list':44} {ours['seconds']:6.2f} s   "
            f"{ratio:15} peak {ours['rss_mb']:6.1f} MB   ({size:.1f} MB file)"
        )
        if fmt == "csv":
            both = floor["seconds"] + read["seconds"]
            print(
                f"  {'CSV: writer floor + sqlite3 read':44} {both:6.2f} s   "
                f"(ours: {ours['seconds'] / both:4.2f}x)"
            )
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    finally:
        shutil.rmtree(OUT, ignore_errors=True)
