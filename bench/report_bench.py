"""How long the network report takes on the benchmark database, as PDF and XLSX.

    .venv/bin/python bench/report_bench.py [--db PATH] [--runs 3]

Uses the database of ``bench/big_network.py`` (the sample network plus 100,000
contacts and thousands of organizations, projects and events; built if missing).
Measures, in fresh processes so no run warms the next: the network report's content,
its charts and map pictures, and the PDF pages (everything ``office-desk report
--network -o FILE.pdf`` does), then the same report as XLSX. The floor, measured in the
same run, is the same PDF machinery on the bare sample network (8 offices, 18
projects): the fixed cost of Qt, the fonts, QtWebEngine and the map page. The goal
from the issue is under 10 s for the PDF. Nothing is asserted: the figures are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = Path(tempfile.gettempdir()) / "office-desk-big.sqlite"

CHILD = r"""
import json, os, sys, time
from pathlib import Path
started = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
from office_desk.core.store.database import open_store
from office_desk.core.reports import ReportRequest
fmt, db, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
store = open_store(db)
request = ReportRequest(None)
if fmt == "pdf":
    from office_desk.render.map_picture import ensure_application
    ensure_application()
    from office_desk.render import report_files
    t0 = time.perf_counter()
    report = report_files.build_report(store, request)
    t1 = time.perf_counter()
    pictures = report_files.report_pictures(store, report, request)
    t2 = time.perf_counter()
    report_files.save_report(report, pictures, "pdf", out)
    t3 = time.perf_counter()
    phases = {"content": t1 - t0, "pictures": t2 - t1, "pages": t3 - t2}
else:
    from office_desk.core.reports import build_network_report, write_report_xlsx
    from datetime import date
    t0 = time.perf_counter()
    report = build_network_report(store, request, date.today())
    t1 = time.perf_counter()
    write_report_xlsx(report, out)
    t3 = time.perf_counter()
    phases = {"content": t1 - t0, "workbook": t3 - t1}
total = time.perf_counter() - started
print(json.dumps({"total": total, "phases": phases, "bytes": out.stat().st_size}))
"""


def run_child(fmt: str, db: Path) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="office-desk-report-bench-") as folder:
        out = Path(folder) / f"report.{fmt}"
        env = dict(os.environ)
        env["PYTHONPATH"] = str(ROOT / "src")
        done = subprocess.run(
            [sys.executable, "-c", CHILD, fmt, str(db), str(out)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"the {fmt} run failed:\n{done.stderr[-2000:]}")
        line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
        return json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db} with bench/big_network.py …")
        # big_network.py takes the file as its one argument (not --db).
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "big_network.py"), str(args.db)], check=True
        )
    with tempfile.TemporaryDirectory(prefix="office-desk-report-floor-") as folder:
        sample = Path(folder) / "sample.sqlite"
        sys.path.insert(0, str(ROOT / "src"))
        from office_desk.core.sample_store import create_sample

        create_sample(sample)
        floors, pdfs, xlsxs = [], [], []
        for _ in range(args.runs):
            floors.append(run_child("pdf", sample))
            pdfs.append(run_child("pdf", args.db))
            xlsxs.append(run_child("xlsx", args.db))
    floor = statistics.median(float(r["total"]) for r in floors)  # type: ignore[arg-type]
    pdf = statistics.median(float(r["total"]) for r in pdfs)  # type: ignore[arg-type]
    xlsx = statistics.median(float(r["total"]) for r in xlsxs)  # type: ignore[arg-type]
    print(
        f"database: {args.db} ({args.db.stat().st_size / 1e6:.0f} MB); {args.runs} runs, "
        "medians, each run a fresh process (start-up included)"
    )
    print(f"floor  (network report PDF of the bare sample network): {floor:6.2f} s")
    print(
        f"network report PDF, benchmark database:  {pdf:6.2f} s   "
        f"{pdf / floor:4.1f}x the floor   (goal: under 10 s)"
    )
    last = pdfs[-1]["phases"]
    print("   phases of the last run: " + ", ".join(f"{k} {v:.2f} s" for k, v in last.items()))  # type: ignore[union-attr]
    print(
        f"network report XLSX, benchmark database: {xlsx:6.2f} s   "
        f"{xlsx / floor:4.1f}x the PDF floor"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
