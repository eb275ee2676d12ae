"""The dry run: what importing a file would do, row by row, before anything is written.

:func:`plan_import` reads every row (see :mod:`.row_fields`), looks for duplicates of
existing records and of earlier rows of the same file (see :mod:`.matching`), and
returns an :class:`ImportPlan`. Each :class:`PlannedRow` says what will happen to it:

* ``create``: a new record;
* ``skip``: a duplicate left out (the default for duplicates, and always for a row
  identical to the record it duplicates);
* ``update``: a duplicate merged into the record it matches (its ``choice`` was set to
  "merge"): empty fields filled, new e-mails and phones added, nothing erased;
* ``error``: a value that cannot be stored; the message names the line and column.

A duplicate's ``choice`` ("skip", "merge" or "create") is the user's to change; the
plan's counts and lines follow. Contacts whose organization is not in the database
bring one new organization per distinct name (matched in any case). ``office_id``
puts every record into that office unless its row names one (a merge only fills an
empty office). Tags (Outlook's categories) are matched to existing tags in any case;
the others are new.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..locale_format import format_number
from ..models import Contact, Organization
from ..store.database import Store
from . import summary_text as words
from .collector import collector_paused
from .encodings import OTHER, LineNote, encoding_name, note_message
from .layouts import ColumnMapping, check_target
from .matching import (
    Index,
    NameKeys,
    database_state,
    display_name,
    load_contacts,
    load_offices,
    load_organization_index,
    load_organizations,
    load_records,
    load_tag_ids,
    load_tags,
    organization_key,
    tag_key,
)
from .merging import field_label, merge_changes
from .row_fields import OfficeNames, ReadRow, RowReader
from .sources import SourceTable

Progress = Callable[[int, int], None]
CHOICES = ("skip", "merge", "create")
SAME_EMAIL = QT_TRANSLATE_NOOP("ImportContacts", "same email")
SAME_NAME_AND_ORGANIZATION = QT_TRANSLATE_NOOP("ImportContacts", "same name and organization")
SAME_NAME_NO_ORGANIZATION = QT_TRANSLATE_NOOP("ImportContacts", "same name, no organization")
SAME_NAME = QT_TRANSLATE_NOOP("ImportContacts", "same name")
MAX_MATCHES = 5
#: The most characters of a row's name the dry run shows.
TITLE_SHOWN = 300


@dataclass(slots=True)
class DuplicateMatch:
    """A record (``record_id``) or an earlier row of the file (``line``) that a row
    duplicates, why (``reason``), and the name a user knows it by (``title``)."""

    reason: str
    title: str
    record_id: uuid.UUID | None = None
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.title} ({self.reason})"


@dataclass(slots=True, eq=False)
class PlannedRow:
    """One row of the file and what importing it will do (see the module's notes).

    ``fields`` holds only what the file gives for the record (keys as in the model,
    plus "organization", the organization's name, for contacts); ``changes`` is what a
    merge would change in the matching record at the time of the dry run."""

    line: int
    fields: dict[str, Any]
    messages: list[str] = field(default_factory=list)
    duplicate_of: list[DuplicateMatch] = field(default_factory=list)
    choice: str = "skip"
    errors: list[str] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)
    unchanged: bool = False
    organization_id: uuid.UUID | None = None
    new_organization: str = ""
    merge_into: uuid.UUID | None = None
    merge_into_row: int | None = None

    @property
    def action(self) -> str:
        """ "create", "update", "skip" or "error", following the ``choice``."""
        if self.errors:
            return "error"
        if not self.duplicate_of:
            return "create"
        if self.choice == "create":
            return "create"
        if (
            self.choice == "merge"
            and not self.unchanged
            and (self.changes or self.merge_into is None)
        ):
            return "update"
        return "skip"

    @property
    def organization_ref(self) -> uuid.UUID | str | None:
        """The contact's organization: an existing id, "new:<name>" or None."""
        if self.organization_id is not None:
            return self.organization_id
        return f"new:{self.new_organization}" if self.new_organization else None

    def title(self) -> str:
        """The row's name as lists show it (cut short if a value is far too long)."""
        f = self.fields
        if "given_name" in f or "family_name" in f or "name_native" in f:
            title = display_name(
                f.get("given_name", ""),
                f.get("family_name", ""),
                f.get("name_native", ""),
                bool(f.get("family_name_first")),
                f.get("title", ""),
            )
        else:
            title = str(f.get("name", ""))
        return title if len(title) <= TITLE_SHOWN else title[: TITLE_SHOWN - 1] + "…"


@dataclass(eq=False)
class ImportPlan:
    """The dry run of importing one file; hand it to :func:`apply_plan` to import.

    Set ``skip_errors`` to import the good rows of a file with errors (otherwise the
    import is refused), and each duplicate row's ``choice``."""

    target: str
    rows: list[PlannedRow]
    source_name: str = ""
    source_description: str = ""
    layout: str | None = None
    organization_names: dict[str, str] = field(default_factory=dict)
    database_state: tuple[Any, ...] = ()
    skip_errors: bool = False
    applied: bool = False
    #: The office chosen for the imported records (rows naming their own keep theirs).
    office_id: uuid.UUID | None = None
    office_name: str = ""
    #: The tags the database had at the dry run, by :func:`.matching.tag_key`.
    known_tags: set[str] = field(default_factory=set)
    #: How a text file was read: its encoding, the lines read in another one or unclear
    #: (:class:`.encodings.LineNote`), and encodings worth trying for those.
    encoding: str = ""
    encoding_notes: list[LineNote] = field(default_factory=list)
    encoding_suggestions: list[str] = field(default_factory=list)

    def defaults(self) -> dict[str, Any]:
        """What the user chose for every record: fills fields a row leaves empty."""
        return {"office_id": self.office_id} if self.office_id is not None else {}

    @property
    def error_count(self) -> int:
        return sum(1 for r in self.rows if r.errors)

    def error_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.errors]

    def duplicate_rows(self) -> list[PlannedRow]:
        """The rows that duplicate a record or an earlier row (and have no error)."""
        return [r for r in self.rows if r.duplicate_of and not r.errors]

    def set_duplicate_choice(self, choice: str) -> None:
        """Skip, merge or create every duplicate row."""
        if choice not in CHOICES:
            raise ValueError(f"{choice!r} is not one of {', '.join(CHOICES)}")
        for row in self.duplicate_rows():
            row.choice = choice

    def write_count(self) -> int:
        """How many rows will create or update a record."""
        return sum(1 for r in self.rows if r.action in ("create", "update"))

    def organizations_to_create(self) -> list[str]:
        """The names of the organizations the import will add (for contacts)."""
        keys: dict[str, None] = {}
        for row in self.rows:
            if row.new_organization and (
                row.action == "create"
                or (row.action == "update" and "organization_id" in row.changes)
            ):
                keys.setdefault(row.new_organization)
        return [self.organization_names[k] for k in keys]

    def tags_to_create(self) -> list[str]:
        """The names of the tags the import will add (new to the database)."""
        wanted: dict[str, str] = {}
        for row in self.rows:
            if row.action == "create":
                names = row.fields.get("tags", [])
            elif row.action == "update":
                names = row.changes.get("tags", [])
            else:
                continue
            for name in names:
                key = tag_key(name)
                if key not in self.known_tags:
                    wanted.setdefault(key, name)
        return list(wanted.values())

    def summary(self) -> dict[str, int]:
        """Counts: rows, create, update, skip, error, duplicates, unchanged,
        new_organizations, new_tags."""
        counts = dict.fromkeys(("create", "update", "skip", "error"), 0)
        duplicates = unchanged = 0
        for row in self.rows:
            counts[row.action] += 1
            if row.duplicate_of and not row.errors:
                duplicates += 1
                unchanged += row.unchanged
        return {
            "rows": len(self.rows),
            **counts,
            "duplicates": duplicates,
            "unchanged": unchanged,
            "new_organizations": len(self.organizations_to_create()),
            "new_tags": len(self.tags_to_create()),
        }

    def unclear_lines(self) -> list[int]:
        """The lines whose encoding is unclear, or not valid in the one chosen."""
        return [n.line for n in self.encoding_notes if n.status != OTHER]

    def encoding_lines(self) -> list[str]:
        """What the dry run says of how the text was read (see :func:`encoding_lines`)."""
        return encoding_lines(self.encoding, self.encoding_notes, self.encoding_suggestions)

    def summary_lines(self, errors_shown: int = 10) -> list[str]:
        """The dry run as text (what the command line prints, and the dialog shows)."""
        counts = self.summary()
        how = self.source_description
        if self.layout:
            how += translate("ImportContacts", ", {layout} layout").format(layout=self.layout)
        head = words.counted(
            words.ROWS,
            counts["rows"],
            source=self.source_name or translate("ImportContacts", "The file"),
        )
        if how:
            head += translate("ImportContacts", " ({how})").format(how=how)
        lines = [
            head,
            "  "
            + words.listed(
                [
                    words.counted(words.NEW_RECORDS[self.target], counts["create"]),
                    words.counted(words.TO_UPDATE, counts["update"]),
                    words.counted(words.SKIPPED, counts["skip"]),
                    words.counted(words.WITH_ERRORS, counts["error"]),
                ]
            ),
        ]
        if self.office_name:
            lines.append(translate("ImportContacts", words.OFFICE).format(office=self.office_name))
        lines.extend(self.encoding_lines())
        if counts["duplicates"]:
            done = dict.fromkeys(("skip", "update", "create"), 0)
            for row in self.duplicate_rows():
                done[row.action] += 1
            skipped = words.counted(words.SKIPPED, done["skip"])
            if counts["unchanged"]:
                skipped = translate("ImportContacts", words.SKIPPED_OF_WHICH).format(
                    skipped=skipped, identical=words.counted(words.IDENTICAL, counts["unchanged"])
                )
            details = words.listed(
                [
                    skipped,
                    words.counted(words.MERGED, done["update"]),
                    words.counted(words.CREATED_ANYWAY, done["create"]),
                ]
            )
            lines.append(words.counted(words.DUPLICATES, counts["duplicates"], details=details))
            for row in self.duplicate_rows()[:errors_shown]:
                matches = "; ".join(str(m) for m in row.duplicate_of[:2])
                lines.append(
                    translate("ImportContacts", "    line {line}: {title} = {matches}").format(
                        line=row.line, title=row.title(), matches=matches
                    )
                )
        for names, pair in (
            (self.organizations_to_create(), words.NEW_ORGANIZATION_NAMES),
            (self.tags_to_create(), words.NEW_TAG_NAMES),
        ):
            if names:
                shown = words.listed(names[:8])
                if len(names) > 8:
                    shown += words.counted(words.AND_MORE, len(names) - 8)
                lines.append(words.counted(pair, len(names), names=shown))
        failed = self.error_rows()
        if failed:
            lines.append(
                translate("ImportContacts", "  Errors (these rows will be left out):")
                if self.skip_errors
                else translate("ImportContacts", "  Errors:")
            )
            for row in failed[:errors_shown]:
                lines.extend(f"    {message}" for message in row.errors[:3])
            if len(failed) > errors_shown:
                lines.append(words.counted(words.MORE_ERRORS, len(failed) - errors_shown))
        return lines


def encoding_lines(encoding: str, notes: list[LineNote], suggestions: list[str]) -> list[str]:
    """What to say of how a text in ``encoding`` was read, when some of its lines
    (``notes``) were read in another encoding or are unclear: a line for each kind."""
    lines = []
    other = [n for n in notes if n.status == OTHER]
    if other:
        encodings = words.listed(dict.fromkeys(encoding_name(n.encoding) for n in other))
        lines.append(
            words.counted(
                words.READ_OTHERWISE,
                len(other),
                main=encoding_name(encoding),
                encodings=encodings,
                lines=_line_list([n.line for n in other]),
            )
        )
    unclear = [n.line for n in notes if n.status != OTHER]
    if unclear:
        text = words.counted(words.UNCLEAR_LINES, len(unclear), lines=_line_list(unclear))
        if suggestions:
            text += translate("ImportContacts", words.TRY_ENCODING).format(
                encodings=words.listed(encoding_name(e) for e in suggestions)
            )
        lines.append(text)
    return lines


def _line_list(lines: list[int], shown: int = 10) -> str:
    """Line numbers as a list, the first ``shown`` of them."""
    text = words.listed(format_number(n) for n in lines[:shown])
    if len(lines) > shown:
        text += words.counted(words.AND_MORE, len(lines) - shown)
    return text


def plan_import(
    store: Store,
    table: SourceTable,
    mapping: ColumnMapping,
    target: str | None = None,
    progress: Progress | None = None,
    office_id: uuid.UUID | None = None,
) -> ImportPlan:
    """The dry run of importing ``table`` as ``target`` ("contacts" or "organizations")
    with ``mapping``, the records going to the office ``office_id`` unless their row
    names one; reads the database, never writes. ``progress(done, total)`` is called
    now and then; raising from it stops the dry run."""
    target = check_target(target or mapping.target)
    if mapping.target != target:
        mapping = ColumnMapping(dict(mapping.columns), target, mapping.layout)
    if not mapping.is_usable:
        raise ValueError("no column is mapped to a name; choose the column with the name")
    keys = NameKeys()
    total = len(table.rows)
    with collector_paused(), store.engine.connect() as conn:
        state = database_state(conn)
        office_rows = load_offices(conn)
        offices = OfficeNames(office_rows)
        organizations = load_organizations(conn)
        existing = (
            load_contacts(conn, keys)
            if target == "contacts"
            else load_organization_index(conn, keys)
        )
        plan = ImportPlan(
            target,
            [],
            table.name,
            table.describe(),
            mapping.layout,
            database_state=state,
            known_tags=set(load_tag_ids(conn)),
            encoding=table.encoding,
            encoding_notes=list(table.encoding_notes),
            encoding_suggestions=list(table.encoding_suggestions),
        )
        if office_id is not None:
            plan.office_name = next(
                (name for found, name, *_ in office_rows if found == office_id), ""
            )
            if not plan.office_name:
                raise ValueError(
                    translate(
                        "ImportContacts",
                        "the office chosen for the import is not in the "
                        "database (any more); choose another",
                    )
                )
            plan.office_id = office_id
        reader = RowReader(table, mapping, offices)
        in_file = Index()
        for number, source in enumerate(table.rows):
            if progress is not None and number % 2000 == 0:
                progress(number, total)
            read = reader.read(source)
            if source.decoding:
                _decoding(read, source.decoding, table.encoding)
            row = PlannedRow(source.line, read.fields, read.errors + read.notes, errors=read.errors)
            plan.rows.append(row)
            if row.errors:
                continue
            if target == "contacts":
                _contact_duplicates(plan, row, number, existing, in_file, organizations, keys)
            else:
                _organization_duplicates(plan, row, number, existing, in_file, keys)
        _plan_merges(conn, plan, organizations, office_rows)
    if progress is not None:
        progress(total, total)
    return plan


def _decoding(read: ReadRow, notes: tuple[LineNote, ...], main: str) -> None:
    """A row's lines read in another encoding (a note) or unclear (an error)."""
    for note in notes:
        message = note_message(note, main)
        (read.notes if note.status == OTHER else read.errors).append(message)


def _matches(
    index: Index, emails: list[str], names: set[str], group: str, by_name_reason: str | None
) -> dict[Any, str]:
    found: dict[Any, str] = {}
    for address in emails:
        for ref in index.by_email.get(address.casefold(), ()):
            found.setdefault(ref, SAME_EMAIL)
            if len(found) >= MAX_MATCHES:
                return found
    if by_name_reason:
        for key in names:
            for ref in index.by_name.get((key, group), ()):
                found.setdefault(ref, by_name_reason)
                if len(found) >= MAX_MATCHES:
                    return found
    return found


def _record(
    plan: ImportPlan,
    row: PlannedRow,
    number: int,
    existing: Index,
    in_file: Index,
    emails: list[str],
    names: set[str],
    group: str,
    reason: str | None,
) -> None:
    for ref, why in _matches(existing, emails, names, group, reason).items():
        row.duplicate_of.append(
            DuplicateMatch(translate("ImportContacts", why), existing.title(ref), record_id=ref)
        )
        if row.merge_into is None:
            row.merge_into = ref
    for ref, why in _matches(in_file, emails, names, group, reason).items():
        earlier = plan.rows[ref]
        title = translate("ImportContacts", "line {line}: {title}").format(
            line=earlier.line, title=earlier.title()
        )
        row.duplicate_of.append(
            DuplicateMatch(translate("ImportContacts", why), title, line=earlier.line)
        )
        if row.merge_into is None and row.merge_into_row is None:
            row.merge_into_row = ref
    in_file.add(number, emails, names, group)


def _contact_duplicates(
    plan: ImportPlan,
    row: PlannedRow,
    number: int,
    existing: Index,
    in_file: Index,
    organizations: Any,
    keys: NameKeys,
) -> None:
    fields = row.fields
    name = fields.get("organization", "")
    group = ""
    if name:
        found = organizations.find(name)
        if found is not None:
            row.organization_id = found
            group = found.hex
        else:
            row.new_organization = organization_key(name)
            plan.organization_names.setdefault(row.new_organization, name)
            group = f"new:{row.new_organization}"
    emails = fields.get("emails", [])
    names = keys.of_person(
        fields.get("given_name", ""), fields.get("family_name", ""), fields.get("name_native", "")
    )
    reason = SAME_NAME_AND_ORGANIZATION if group else None if emails else SAME_NAME_NO_ORGANIZATION
    _record(plan, row, number, existing, in_file, emails, names, group, reason)


def _organization_duplicates(
    plan: ImportPlan, row: PlannedRow, number: int, existing: Index, in_file: Index, keys: NameKeys
) -> None:
    names = {keys(row.fields.get("name", "")), keys(row.fields.get("name_native", ""))}
    names.discard("")
    _record(plan, row, number, existing, in_file, [], names, "", SAME_NAME)


def incoming_fields(row: PlannedRow) -> dict[str, Any]:
    """The row's fields as a merge compares them (the organization as its id)."""
    fields = dict(row.fields)
    fields.pop("organization", None)
    if row.organization_ref is not None:
        fields["organization_id"] = row.organization_ref
    return fields


def _plan_merges(
    conn: Any, plan: ImportPlan, organizations: Any, offices: list[tuple[uuid.UUID, str, str, str]]
) -> None:
    model: Any = Contact if plan.target == "contacts" else Organization
    table = model.__table__
    wanted = list({r.merge_into for r in plan.rows if r.merge_into is not None})
    records = load_records(conn, table, wanted)
    tagged = load_tags(
        conn, "contact_id" if plan.target == "contacts" else "organization_id", wanted
    )
    for record_id, values in records.items():
        values["tags"] = tagged.get(record_id, [])
    names = {str(k): v for k, v in organizations.names.items()}
    names.update({f"new:{k}": v for k, v in plan.organization_names.items()})
    names.update({str(office_id): name for office_id, name, *_ in offices})
    defaults = plan.defaults()
    for row in plan.rows:
        if row.merge_into is not None:
            target = records.get(row.merge_into, {})
            what = translate("ImportContacts", "the existing record")
        elif row.merge_into_row is not None:
            target = {**defaults, **incoming_fields(plan.rows[row.merge_into_row])}
            what = translate("ImportContacts", "line {line}").format(
                line=plan.rows[row.merge_into_row].line
            )
        else:
            continue
        row.changes, conflicts = merge_changes(target, incoming_fields(row), names, defaults)
        row.unchanged = not row.changes and not conflicts
        if row.unchanged:
            row.messages.append(
                translate("ImportContacts", "identical to {what}").format(what=what)
            )
        else:
            if row.changes:
                row.messages.append(
                    translate("ImportContacts", "a merge adds: {fields}").format(
                        fields=words.listed(field_label(k) for k in row.changes)
                    )
                )
            row.messages.extend(conflicts)
