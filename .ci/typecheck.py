"""Type check with the pinned mypy: office_desk.core without errors, the rest not worse.

    .venv/bin/python .ci/typecheck.py            # check (what CI runs)
    .venv/bin/python .ci/typecheck.py --update   # write the counts of today as the baseline

mypy's settings are in pyproject.toml ([tool.mypy]). Any error in src/office_desk/core
fails. Elsewhere the errors are counted per file and compared with .ci/mypy_baseline.json:
a file with more errors than its baseline (a new file: more than none) fails, with its
errors printed. When a file has fewer, the check passes and says how to lower the
baseline, so that the errors fixed stay fixed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / ".ci" / "mypy_baseline.json"
CORE = "src/office_desk/core/"
ERROR = re.compile(r"^(?P<path>[^:\s][^:]*\.pyi?):\d+(?::\d+)?: error: ")
UPDATE = ".venv/bin/python .ci/typecheck.py --update"


def pinned_version() -> str:
    """The version of ``mypy==X`` in pyproject.toml's test extras."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in extras["project"]["optional-dependencies"]["test"]:
        name, _, version = requirement.partition("==")
        if name.strip().lower() == "mypy":
            return version.strip()
    raise SystemExit("pyproject.toml: the test extras pin no mypy (mypy==X)")


def run_mypy() -> list[str]:
    """mypy's error lines (notes left out), with paths relative to the project."""
    from mypy import api

    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                "--no-pretty", "--no-error-summary", "--hide-error-context"])
    if status not in (0, 1) or err.strip():
        sys.stdout.write(out)
        sys.stderr.write(err)
        raise SystemExit(f"mypy did not run through (exit status {status})")
    return [line for line in out.splitlines() if ERROR.match(line)]


def errors(count: int) -> str:
    return "1 error" if count == 1 else f"{count} errors"


def by_file(lines: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        match = ERROR.match(line)
        assert match is not None
        found[Path(match["path"]).as_posix()].append(line)
    return found


def check(found: dict[str, list[str]], baseline: dict[str, int]) -> int:
    """Print what changed; the exit status (1 when core has errors or a file got worse)."""
    failed = False
    core = {path: lines for path, lines in found.items() if path.startswith(CORE)}
    if core:
        failed = True
        print(f"office_desk.core must have no type errors; it has "
              f"{errors(sum(map(len, core.values())))}:")
        for lines in core.values():
            print("\n".join(lines))
    counts = Counter({path: len(lines) for path, lines in found.items() if path not in core})
    worse = sorted(path for path in counts if counts[path] > baseline.get(path, 0))
    better = sorted(path for path in baseline if counts[path] < baseline[path])
    for path in worse:
        failed = True
        print(f"\n{path}: {errors(counts[path])}, the baseline allows "
              f"{baseline.get(path, 0)}:")
        print("\n".join(found[path]))
    if better:
        print("\nFewer type errors than the baseline (well done): "
              + ", ".join(f"{path} {baseline[path]} -> {counts[path]}" for path in better))
        print(f"Lower the baseline so that they stay fixed: {UPDATE}")
    total = sum(counts.values())
    print(f"\nmypy: {errors(sum(map(len, core.values())))} in office_desk.core; "
          f"{errors(total)} in {len(counts)} other files (baseline {sum(baseline.values())}).")
    if failed:
        print("Fix the errors above (a count may only grow with a reason, by "
              f"{UPDATE}).")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true",
                        help=f"write today's counts outside the core to {BASELINE.name}")
    args = parser.parse_args(argv)
    from mypy.version import __version__

    if __version__.split("+")[0] != pinned_version():
        print(f"mypy {__version__} is installed, pyproject.toml pins {pinned_version()}: "
              "counts differ between versions (pip install -e '.[test]')")
        return 1
    os.chdir(ROOT)  # mypy reads the files of its settings relative to the project
    found = by_file(run_mypy())
    if args.update:
        counts = {path: len(lines) for path, lines in sorted(found.items())
                  if not path.startswith(CORE)}
        BASELINE.write_text(json.dumps({"mypy": __version__, "errors": counts}, indent=2)
                            + "\n", encoding="utf-8")
        print(f"{BASELINE.relative_to(ROOT)}: {errors(sum(counts.values()))} in "
              f"{len(counts)} files outside the core.")
        return check(found, counts)
    saved = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    if saved.get("mypy", __version__) != __version__:
        print(f"{BASELINE.name} was counted with mypy {saved['mypy']}, this is "
              f"{__version__}: count again with {UPDATE}")
        return 1
    return check(found, saved.get("errors", {}))


if __name__ == "__main__":
    sys.exit(main())
