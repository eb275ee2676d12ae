"""Malformed CSV, vCard and XLSX files against the contact import: read → plan → import
into a real database file. The only outcomes allowed:

* a clear error (the importer's own: :class:`ImportFileError` for a file it cannot
  read, :class:`PlanHasErrors` for rows with errors, and the two documented
  ``ValueError``s: no name column, a merge that cannot be saved) whose message is one
  line, with the database unchanged (same content, and the same file bytes); or
* an import that wrote what the dry run said (as many new records, organizations and
  merges), after which ``office-desk check`` finds nothing wrong.

Anything else (another exception, a hang past the deadline, a partial write) fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from office_desk.core.import_contacts import (
    CHOICES,
    TARGET_FIELDS,
    ColumnMapping,
    ImportFileError,
    ImportPlan,
    ImportResult,
    PlanHasErrors,
    SourceTable,
    apply_plan,
    guess_mapping,
    plan_import,
    read_source,
)
from office_desk.core.import_contacts.merging import LIST_FIELDS
from office_desk.core.models import Contact, Organization
from office_desk.core.network_package import is_package
from tests.fuzz import harness
from tests.fuzz.contact_files import FuzzFile, csv_files, vcard_files, xlsx_files

pytestmark = [
    pytest.mark.slow,
    # openpyxl warns about every odd cell of a damaged workbook
    pytest.mark.filterwarnings("ignore::UserWarning:openpyxl.*"),
]

#: The documented ValueErrors of plan_import and apply_plan (a clear error each), and
#: how the tally names them.
DOCUMENTED_VALUE_ERRORS = {
    "no column is mapped to a name": "no name column",
    "merging gives a record that cannot be saved": "merge cannot be saved",
}
#: Tables an import of contacts or organizations never writes (tag and tag_link too,
#: unless a Tags column gave tags: see ``_untouched``).
UNTOUCHED_TABLES = (
    "office",
    "project",
    "event",
    "project_partner",
    "project_contact",
    "event_organization",
    "event_contact",
    "event_project",
    "tag",
    "tag_link",
    "exchange_rate",
    "alembic_version",
)


@dataclass(frozen=True)
class Options:
    """How the user runs the import: into which database, as what, with which
    mapping, and what to do with duplicates and rows with errors."""

    database: str
    target: str
    mapping: str
    choice: str
    skip_errors: bool


OPTIONS = st.builds(
    Options,
    database=st.sampled_from(["empty", "sample"]),
    target=st.sampled_from(["contacts", "contacts", "contacts", "organizations"]),
    mapping=st.sampled_from(["guess", "guess", "guess", "random"]),
    choice=st.sampled_from(CHOICES),
    skip_errors=st.booleans(),
)


def _mapping(
    table_headers: list[str], options: Options, data: st.DataObject, guessed: ColumnMapping
) -> ColumnMapping:
    if options.mapping == "guess":
        return guessed
    keys = [spec.key for spec in TARGET_FIELDS[options.target]]
    columns = {
        i: data.draw(st.one_of(st.none(), st.sampled_from(keys)), label=f"column {i}")
        for i in range(len(table_headers))
    }
    return ColumnMapping(columns, options.target)


def _squeezed(text: str) -> str:
    return "".join(text.replace("\ufeff", " ").split())


def _check_nothing_lost(file: FuzzFile, table: SourceTable) -> None:
    """A file read without an error holds every cell it was written with (when its
    content is intact and its separator was recognised)."""
    if file.expected is None:
        return
    if file.delimiter is not None and table.delimiter != file.delimiter:
        harness.outcome_note(f"separator {file.delimiter!r} read as {table.delimiter!r}")
        return
    found = {_squeezed(h) for h in table.headers}
    found.update(_squeezed(v) for row in table.rows for v in row.values)
    lost = [c for c in file.expected if _squeezed(c) not in found]
    assert not lost, f"read without an error, but {len(lost)} cells are lost: {lost[:3]!r}"


@dataclass
class Done:
    plan: ImportPlan
    summary: dict[str, int]
    organizations: list[str]
    created_rows: list[Any]
    result: ImportResult


def _import(copy: harness.Copy, file: FuzzFile, options: Options, data: st.DataObject) -> Done:
    path = copy.folder / file.name
    path.write_bytes(file.data)
    assert isinstance(is_package(path), bool)  # the import command's first look
    table = read_source(path)
    table.describe()
    _check_nothing_lost(file, table)
    mapping = _mapping(table.headers, options, data, guess_mapping(table, options.target))
    mapping.describe(table.headers)
    plan = plan_import(copy.store, table, mapping, options.target)
    plan.set_duplicate_choice(options.choice)
    plan.skip_errors = options.skip_errors
    plan.summary_lines()  # the dry run as the user sees it
    summary = plan.summary()
    organizations = plan.organizations_to_create()
    created_rows = [row for row in plan.rows if row.action == "create"]
    result = apply_plan(copy.store, plan)
    result.summary()
    return Done(plan, summary, organizations, created_rows, result)


def check_contact_import(
    importer: str, templates: dict[str, Path], file: FuzzFile, options: Options, data: st.DataObject
) -> None:
    """One example: a clear error and nothing changed, or a correct import."""
    with harness.database_copy(templates[options.database]) as copy:
        before = harness.fingerprint(copy.path)
        try:
            with harness.time_limit():
                done = _import(copy, file, options, data)
        except (ImportFileError, PlanHasErrors) as exc:
            _refused(importer, copy, before, exc)
            return
        except ValueError as exc:
            kind = next(
                (name for words, name in DOCUMENTED_VALUE_ERRORS.items() if words in str(exc)), None
            )
            if kind is None:
                raise
            _refused(importer, copy, before, exc, f" ({kind})")
            return
        _check_import(copy, before, options, done)
        harness.outcome(
            importer,
            "imported "
            + ("nothing" if done.summary["create"] == done.summary["update"] == 0 else "records"),
        )


def _refused(
    importer: str, copy: harness.Copy, before: harness.Fingerprint, exc: Exception, kind: str = ""
) -> None:
    harness.assert_clear(exc)
    assert harness.fingerprint(copy.path) == before, "a refused import changed the database"
    copy.untouched = True
    harness.outcome(importer, f"clear error: {type(exc).__name__}{kind}")


def _check_import(
    copy: harness.Copy, before: harness.Fingerprint, options: Options, done: Done
) -> None:
    """What the import wrote is what the dry run said, and the database checks clean."""
    summary, result = done.summary, done.result
    after = harness.fingerprint(copy.path)
    counts_before, counts_after = harness.row_counts(before), harness.row_counts(after)
    added = {t: counts_after[t] - counts_before[t] for t in ("contact", "organization")}
    assert result.created == summary["create"] == len(done.created_rows)
    assert result.merged_rows == summary["update"]
    assert result.skipped == summary["skip"]
    assert result.left_out == summary["error"]
    assert result.organizations_created == len(done.organizations)
    if options.target == "contacts":
        assert added == {"contact": summary["create"], "organization": len(done.organizations)}
    else:
        assert added == {"contact": 0, "organization": summary["create"]}
    untouched = _untouched(done)
    unchanged = {name: (count, digest) for name, count, digest in before if name in untouched}
    assert unchanged == {
        name: (count, digest) for name, count, digest in after if name in untouched
    }
    if not (summary["create"] or summary["update"]):
        assert after == before, "an import of nothing changed the database"
    harness.assert_checks_clean(copy.store)
    _check_created(copy, options, done)


def _untouched(done: Done) -> tuple[str, ...]:
    """The tables this import must have left alone: the tags only when it gave none."""
    if done.result.tag_ids or done.result.tag_link_ids:
        return tuple(t for t in UNTOUCHED_TABLES if t not in ("tag", "tag_link"))
    return UNTOUCHED_TABLES


def _check_created(copy: harness.Copy, options: Options, done: Done) -> None:
    """Every new record holds what its row gave (a merge of a later row of the file
    only fills what is empty, and adds to lists)."""
    model: Any = Contact if options.target == "contacts" else Organization
    ids = done.result.created_ids
    with copy.store.session() as session:
        stored = {r.id: r for r in session.exec(select(model).where(model.id.in_(ids))).all()}
    for row, record_id in zip(done.created_rows, ids, strict=True):
        record = stored[record_id]
        assert record.deleted_at is None
        for name, value in row.fields.items():
            if name == "organization":
                continue
            kept = getattr(record, name)
            if name in LIST_FIELDS:
                missing = [v for v in value if v.strip() and v.strip() not in kept]
                assert not missing, f"line {row.line}: {name} lost {missing!r}"
            else:
                assert kept == value, f"line {row.line}: {name} {kept!r} != {value!r}"


@harness.fuzz_settings
@given(data=st.data(), options=OPTIONS)
def test_csv_files(
    templates: dict[str, Path], own_exports: dict[str, bytes], data: st.DataObject, options: Options
) -> None:
    file = data.draw(csv_files(own_exports), label="file")
    check_contact_import("csv", templates, file, options, data)


@harness.fuzz_settings
@given(data=st.data(), options=OPTIONS)
def test_vcard_files(
    templates: dict[str, Path], own_exports: dict[str, bytes], data: st.DataObject, options: Options
) -> None:
    file = data.draw(vcard_files(own_exports), label="file")
    check_contact_import("vcard", templates, file, options, data)


@harness.fuzz_settings
@given(data=st.data(), options=OPTIONS)
def test_xlsx_files(
    templates: dict[str, Path], own_exports: dict[str, bytes], data: st.DataObject, options: Options
) -> None:
    file = data.draw(xlsx_files(own_exports), label="file")
    check_contact_import("xlsx", templates, file, options, data)
