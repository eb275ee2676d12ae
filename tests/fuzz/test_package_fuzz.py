"""Malformed network packages against the merge: read → plan → apply into a real
database file (an empty one, or the sample network it was exported from). The only
outcomes allowed:

* a clear :class:`PackageError` (one line) with the database unchanged (same content,
  and the same file bytes); or
* a merge that wrote exactly what its plan said (the rows it adds and changes, as
  many new rows per table as it counted), after which ``office-desk check`` finds
  nothing wrong.

Anything else (another exception, a :class:`StalePlan` although nothing else wrote,
a hang, a partial write) fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from office_desk.core.network_package import (
    MergePlan,
    MergeResult,
    PackageError,
    StalePlan,
    apply_merge,
    is_package,
    plan_merge,
    read_package,
)
from office_desk.core.network_package.codec import TABLE_ORDER, differing_columns
from office_desk.core.network_package.selection import rows_where_in
from tests.fuzz import harness
from tests.fuzz.contact_files import FuzzFile
from tests.fuzz.packages import package_files

pytestmark = pytest.mark.slow


def _merge(copy: harness.Copy, file: FuzzFile) -> tuple[MergePlan, MergeResult]:
    path = copy.folder / file.name
    path.write_bytes(file.data)
    assert isinstance(is_package(path), bool)
    package = read_package(path)
    _ = package.scope, package.row_count
    plan = plan_merge(copy.store, package)
    plan.summary_lines()
    for conflict in plan.conflicts:
        conflict.describe()
    for item in (*plan.refused, *plan.deletions):
        item.describe()
    if plan.refused:
        harness.outcome_note("package: rows refused")
    # Mass deletions need the user's word (tests/unit/test_package_security.py): given
    # here, so that merges that delete are still written and checked.
    result = apply_merge(copy.store, plan, allow_deletions=True)
    result.summary_lines()
    return plan, result


def check_package_import(templates: dict[str, Path], file: FuzzFile, database: str) -> None:
    from office_desk.core.services.erasure_log import log_path

    # Each example starts with no erasure log: an erasure merged by an earlier example
    # (the sample's ids are the same in every copy) would erase again in this one.
    log_path().unlink(missing_ok=True)
    with harness.database_copy(templates[database]) as copy:
        before = harness.fingerprint(copy.path)
        try:
            with harness.time_limit():
                plan, result = _merge(copy, file)
        except StalePlan:
            raise  # nothing else wrote to the database: the plan cannot be stale
        except PackageError as exc:
            harness.assert_clear(exc)
            assert harness.fingerprint(copy.path) == before, "a refused merge changed the database"
            copy.untouched = True
            harness.outcome("package", "clear error: PackageError")
            return
        _check_merge(copy, before, plan, result)
        harness.outcome("package", "merged " + ("nothing" if not plan.write_count else "rows"))


def _check_merge(
    copy: harness.Copy, before: harness.Fingerprint, plan: MergePlan, result: MergeResult
) -> None:
    """The database holds what the plan said to write, and checks clean."""
    after = harness.fingerprint(copy.path)
    assert result.rows_written == plan.write_count
    counts_before, counts_after = harness.row_counts(before), harness.row_counts(after)
    for table in TABLE_ORDER:
        counted = plan.counts[table]
        adds = sum(1 for action, _ in plan.writes.get(table, []) if action == "add")
        assert counts_after[table] - counts_before[table] == adds, table
        assert adds == counted["added"] + counted["deletions_recorded"], table
    if not plan.write_count:
        assert after == before, "a merge of nothing changed the database"
    untouched = {t for t in TABLE_ORDER if not plan.writes.get(t)}
    assert {n: d for n, _, d in before if n in untouched} == {
        n: d for n, _, d in after if n in untouched
    }
    with copy.store.engine.connect() as conn:
        for table, writes in plan.writes.items():
            stored = {
                r["id"]: r
                for r in rows_where_in(conn, table, "id", [row["id"] for _, row in writes])
            }
            for _action, row in writes:
                mine = stored[row["id"]]
                assert not differing_columns(table, mine, row), (table, row["id"])
                assert (mine["created_at"], mine["updated_at"]) == (
                    row["created_at"],
                    row["updated_at"],
                ), (table, row["id"])
    harness.assert_checks_clean(copy.store)


@harness.fuzz_settings
@given(data=st.data(), database=st.sampled_from(["empty", "sample"]))
def test_packages(
    templates: dict[str, Path], package_texts: list[str], data: st.DataObject, database: str
) -> None:
    file, done = data.draw(package_files(package_texts), label="package")
    for what in done[1:]:
        harness.outcome_note(f"package: {what.split(' (')[0]}")
    check_package_import(templates, file, database)
