"""Kill test (issue "Never lose a record"): large writes SIGKILLed at random moments.

    python bench/kill_test.py [--runs 200] [--operations import,merge,edits,delete]
                              [--jobs 2] [--rows 100000] [--seed 1] [--keep DIR]

Per operation, the "before" database (a copy of the sample network) and the input
are made once, and the operation is run once uncut to time it (T) and to record the
state after it. Then each run copies the "before" file, starts the operation in a
child process (``tests/crash/kill_worker.py``), SIGKILLs it (10 % of the runs while
the child starts and prepares; the rest at a uniform moment in 0..1.3 T after it was
told to go, so kills land before, during and after the commit), runs ``office-desk
check`` on the file in a new process (exit status 0 required) and compares the data
with the states before and after: the operation must be wholly there or wholly
absent (the edit burst: every edit whole, the edits applied a prefix of the burst,
including every edit reported committed).

The operations: ``import`` (100,000 new contacts and 50 organizations from a CSV,
one transaction), ``merge`` (another office's package: 20,000 new contacts, edits,
deleted projects), ``edits`` (300 edits of contacts through the editor's service, one
transaction each), ``delete`` (5,040 contacts with their links, one call).

The summary counts, per operation: runs; kills before the operation started, during
it, and after it had finished; of the kills during it, how many left it applied (the
kill came after the commit, before the child said so); ``office-desk check``
failures (corruption); partial operations. Exit status 1 if any run failed; the
failed runs' files are kept (under --keep, else a temporary folder that is printed).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project folder

from tests.crash.kill_worker import (  # noqa: E402 - after the path is set
    BEFORE_START,
    DURING,
    FINISHED,
    OPERATIONS,
    RunResult,
    Scenario,
    prepare,
    run_once,
)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="runs per operation")
    parser.add_argument(
        "--operations",
        default=",".join(OPERATIONS),
        help=f"comma-separated, from {', '.join(OPERATIONS)}",
    )
    parser.add_argument("--jobs", type=int, default=2, help="runs at the same time")
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the import")
    parser.add_argument(
        "--merge-rows", type=int, default=20_000, help="new contacts in the merged package"
    )
    parser.add_argument("--edits", type=int, default=300, help="edits in the burst")
    parser.add_argument(
        "--delete-rows",
        type=int,
        default=5_000,
        help="contacts added to the sample network, then all deleted",
    )
    parser.add_argument(
        "--window",
        type=float,
        default=1.3,
        help="kills land in 0..WINDOW x the uncut duration (default 1.3)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="keep every run's files here (default: only failed runs')",
    )
    return parser.parse_args()


def _sample(folder: Path) -> Path:
    from office_desk.core.sample_store import create_sample

    path = folder / "sample.sqlite"
    create_sample(path)
    return path


def _duration_under_load(scenario: Scenario, folder: Path, jobs: int) -> float:
    """The operation's duration when ``jobs`` uncut runs go at the same time (the
    kill runs share the machine the same way)."""
    rng = random.Random(0)
    long_enough = 20 * scenario.op_seconds + 30

    def uncut(number: int) -> float:
        result = run_once(scenario, folder / f"under-load-{number}", rng, delay=long_enough)
        if not result.ok or result.op_seconds is None:
            raise RuntimeError(f"{scenario.operation}: an uncut run failed: {result}")
        shutil.rmtree(folder / f"under-load-{number}", ignore_errors=True)
        return result.op_seconds

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        took = list(pool.map(uncut, range(jobs)))
    return sum(took) / len(took)


def _line(result: RunResult, number: int, runs: int) -> str:
    verdict = result.verdict
    status = (
        "ok"
        if result.ok
        else "FAILED: "
        + "; ".join(
            ([] if result.check_ok else [result.check_output.splitlines()[-1]]) + verdict.problems
        )
    )
    return (
        f"  {result.operation:<7} {number + 1:>4}/{runs}  kill at {result.delay:+7.2f} s  "
        f"{result.outcome:<21} applied {verdict.applied:<8} {status}"
    )


def main() -> int:
    args = _arguments()
    operations = [o.strip() for o in args.operations.split(",") if o.strip()]
    unknown = set(operations) - set(OPERATIONS)
    if unknown:
        print(f"unknown operations: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    root = args.keep or Path(tempfile.mkdtemp(prefix="office-desk-kill-test-"))
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    sample = _sample(root)
    print(
        f"kill test: {args.runs} runs per operation, {args.jobs} at a time, seed "
        f"{args.seed}, files in {root}"
    )
    scenarios: dict[str, Scenario] = {}
    for operation in operations:
        scenario = prepare(
            operation,
            root / operation,
            sample,
            rows=args.rows,
            merge_rows=args.merge_rows,
            edits=args.edits,
            delete_rows=args.delete_rows,
        )
        scenarios[operation] = scenario
        alone = scenario.op_seconds
        if args.jobs > 1:
            scenario.op_seconds = max(
                alone, _duration_under_load(scenario, root / operation, args.jobs)
            )
        print(
            f"  {operation}: prepared; the uncut run starts in {scenario.prep_seconds:.2f} s "
            f"and writes in {alone:.2f} s alone, {scenario.op_seconds:.2f} s with "
            f"{args.jobs} runs at a time (T)",
            flush=True,
        )
    results: dict[str, list[RunResult]] = {o: [] for o in operations}
    lock = threading.Lock()

    def one(operation: str, number: int) -> None:
        rng = random.Random(f"{args.seed}-{operation}-{number}")
        folder = root / operation / f"run-{number:04d}"
        try:
            result = run_once(scenarios[operation], folder, rng, window=args.window)
        except Exception as exc:  # the harness itself failed: counted, shown
            from tests.crash.kill_worker import Verdict

            result = RunResult(
                operation,
                "harness error",
                0.0,
                Verdict("unknown", [f"{type(exc).__name__}: {exc}"]),
                True,
            )
        with lock:
            results[operation].append(result)
            print(_line(result, len(results[operation]) - 1, args.runs), flush=True)
        if result.ok and args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)

    tasks = [(operation, n) for n in range(args.runs) for operation in operations]
    with ThreadPoolExecutor(max_workers=max(args.jobs, 1)) as pool:
        for future in [pool.submit(one, operation, n) for operation, n in tasks]:
            future.result()
    seconds = time.perf_counter() - started
    failed = _summary(operations, results, seconds)
    if failed:
        print(f"files of the failed runs are kept in {root}")
    elif args.keep is None:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failed else 0


def _summary(operations: list[str], results: dict[str, list[RunResult]], seconds: float) -> int:
    headers = [
        "operation",
        "runs",
        "killed before start",
        "killed mid-operation",
        "(of which applied)",
        "completed before kill",
        "check failures (corruption)",
        "partial operations",
        "other failures",
    ]
    rows = []
    totals = Counter()
    for operation in operations:
        done = results[operation]
        outcomes = Counter(r.outcome for r in done)
        counts = {
            "runs": len(done),
            "killed before start": outcomes[BEFORE_START],
            "killed mid-operation": outcomes[DURING],
            "(of which applied)": sum(
                1 for r in done if r.outcome == DURING and r.verdict.applied == "all"
            ),
            "completed before kill": outcomes[FINISHED],
            "check failures (corruption)": sum(1 for r in done if not r.check_ok),
            "partial operations": sum(
                1 for r in done if r.check_ok and r.verdict.applied == "partial"
            ),
            "other failures": sum(
                1
                for r in done
                if r.check_ok and r.verdict.problems and r.verdict.applied != "partial"
            ),
        }
        totals.update(counts)
        rows.append([operation, *(str(counts[h]) for h in headers[1:])])
    rows.append(["total", *(str(totals[h]) for h in headers[1:])])
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print()
    print(
        "  ".join(
            h.ljust(w) if i == 0 else h.rjust(w)
            for i, (h, w) in enumerate(zip(headers, widths, strict=True))
        )
    )
    for row in rows:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    edits = [r for r in results.get("edits", []) if r.outcome == DURING]
    if edits:
        prefixes = sorted(r.verdict.edits_applied for r in edits)
        print(
            f"edit burst killed mid-way: {len(prefixes)} runs left between {prefixes[0]} "
            f"and {prefixes[-1]} of the edits applied"
        )
    failed = (
        totals["check failures (corruption)"]
        + totals["partial operations"]
        + totals["other failures"]
    )
    print(
        f"{sum(totals[h] for h in ['runs'])} runs in {seconds / 60:.1f} min: "
        f"{'no failures' if not failed else f'{failed} FAILED'}"
    )
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
