"""The package file: what it holds, and reading it back safely (writing it is
:mod:`.file_writing`).

A package is one UTF-8 JSON document (``.json``), or the same document as the single
member ``office-desk-package.json`` of a deflated zip (``.zip``). The format is
described for other developers in ``docs/package-format.md``.

Reading checks everything before any database is touched: the format name, the version
(a newer one is refused with "made by a newer Office Desk"), the JSON syntax (line and
column), every row's columns and value types, and every record against the same
validation the app applies when saving (texts no longer than their columns). Any
problem is a :class:`PackageError` whose message is one line naming the file and, where
it applies, the table, row id and column. No more of a file is read than
:mod:`.archive`'s limits allow.

A sealed package (:mod:`.sealing`) holds such a file encrypted and signed; reading
opens it first, and the :class:`Package` says who sealed it (:attr:`Package.seal`).
A package made without personal data (``"personal_data": false``) leaves the contact
details (:data:`~office_desk.core.personal_fields.CONTACT_DETAILS`) out of every
contact; reading marks them as left out, so a merge keeps the receiving side's.
"""

from __future__ import annotations

import io
import json
import lzma
import re
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import validation
from ..i18n import translate
from . import archive as archive_limits
from . import codec
from .codec import COLUMNS, TABLE_ORDER, Row, ValueProblem
from .errors import MADE_BY_MAX, PackageError

if TYPE_CHECKING:
    from .sealing import Seal

FORMAT_NAME = "office-desk-package"
FORMAT_VERSION = 1
ZIP_MEMBER = "office-desk-package.json"
_ZIP_MAGIC = b"PK\x03\x04"
_MARKER = re.compile(rb'"format"\s*:\s*"office-desk-package"')
#: What reading a damaged zip raises: damaged data (per compression method), an
#: unknown compression method (NotImplementedError), an encrypted member (RuntimeError).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
)


@dataclass(frozen=True)
class MadeBy:
    """Who made a package: a person's name (one the user set, or their OS user name)
    and the office they made it in. Not signed: anyone can write anything here, so it
    is shown to the importer for what it is, a claim."""

    person: str
    office_id: uuid.UUID | None = None
    office_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "office_id": codec.encode("uuid", self.office_id),
            "office_name": self.office_name,
            "person": self.person,
        }


def default_person() -> str:
    """The OS user name, or "" where the system has none to give."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - OSError or KeyError, depending on the platform
        return ""


@dataclass
class Package:
    """A package read from a file and checked: rows as Python values, by table."""

    source: str
    version: int
    exported_at: datetime | None
    app_version: str
    schema_revision: str
    office_id: uuid.UUID | None
    office_name: str | None
    tables: dict[str, list[Row]] = field(default_factory=dict)
    #: Rows that leave out columns an older Office Desk did not have (see
    #: :data:`.codec.LATER_COLUMNS`): table → row id → those columns.
    left_out: dict[str, dict[uuid.UUID, tuple[str, ...]]] = field(default_factory=dict)
    #: Who made it; None for a package from an Office Desk that did not say.
    made_by: MadeBy | None = None
    #: False: made without the contacts' details (they are in :attr:`left_out`).
    personal_data: bool = True
    #: Who sealed and signed it (None: a plain package, which nothing vouches for).
    seal: Seal | None = None

    def rows(self, table: str) -> list[Row]:
        return self.tables.get(table, [])

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    @property
    def scope(self) -> str:
        return (
            translate("Package", "office {name}").format(name=self.office_name)
            if self.office_id
            else translate("Package", "whole database")
        )

    @property
    def provenance(self) -> str:
        """Who made the package, where and when, in one line for the user."""
        when = (
            self.exported_at.strftime("%Y-%m-%d %H:%M UTC")
            if self.exported_at
            else translate("Package", "an unknown time")
        )
        made = self.made_by
        if made is None:
            return translate(
                "Package",
                "Made {when}; who made it is not recorded (a package from an older Office Desk)",
            ).format(when=when)
        person = made.person or translate("Package", "an unnamed person")
        if made.office_name:
            return translate("Package", "Made by {person} ({office}), {when}").format(
                person=person, office=made.office_name, when=when
            )
        return translate("Package", "Made by {person}, {when}").format(person=person, when=when)


# --------------------------------------------------------------------------- reading


def is_package(path: Path | str) -> bool:
    """A cheap look: is this a package file (so ``import`` should merge it)?"""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    from .sealing import is_sealed

    if is_sealed(head):
        return True
    if head.startswith(_ZIP_MAGIC):
        try:
            with path.open("rb") as f:
                count = archive_limits.declared_member_count(f)
            if count is not None and count > archive_limits.DEFAULT_LIMITS.members:
                # Too many members to list cheaply: a .zip goes to read_package, which
                # says why it is refused; anything else is not taken for a package.
                return path.suffix.lower() == ".zip"
            with zipfile.ZipFile(path) as archive:
                return ZIP_MEMBER in archive.namelist()
        except (*_ZIP_ERRORS, UnicodeDecodeError):  # a member name that is not UTF-8
            return False
    return _MARKER.search(head) is not None


def read_package(
    path: Path | str, limits: archive_limits.ArchiveLimits = archive_limits.DEFAULT_LIMITS
) -> Package:
    """Read and check the package at ``path``; raises :class:`PackageError`.

    No more than ``limits`` allow is read from the file (see :mod:`.archive`)."""
    path = Path(path)
    seal = None
    try:
        with path.open("rb") as f:
            head = f.read(64)
    except OSError as exc:
        raise PackageError(
            translate("Package", "{path}: cannot read ({reason})").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    from .sealing import is_sealed, open_sealed

    if is_sealed(head):
        plain, seal = open_sealed(path, limits)
        with io.BytesIO(plain) as f:
            data = _load_bytes(path.name, f, plain.startswith(_ZIP_MAGIC), limits)
    else:
        with _opened(path) as f:
            zipped = head.startswith(_ZIP_MAGIC) or path.suffix.lower() == ".zip"
            data = _load_bytes(path.name, f, zipped, limits)
    package = parse_package(data, path.name)
    package.seal = seal
    return package


def _opened(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise PackageError(
            translate("Package", "{path}: cannot read ({reason})").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc


def _load_bytes(
    name: str, f: BinaryIO, zipped: bool, limits: archive_limits.ArchiveLimits
) -> bytes:
    """The package document's bytes from ``f`` (a package file, or a sealed one's
    content), at most what ``limits`` allow."""
    try:
        if not zipped:
            return archive_limits.read_plain(f, name, limits)
        archive_limits.check_member_count(name, f, limits)
        with zipfile.ZipFile(f) as archive:
            if ZIP_MEMBER not in archive.namelist():
                raise PackageError(
                    translate(
                        "Package",
                        "{name}: a zip file without {member}; not an Office Desk package",
                    ).format(name=name, member=ZIP_MEMBER)
                )
            archive_limits.check_archive(name, archive, limits)
            return archive_limits.read_member(name, archive, ZIP_MEMBER, limits)
    except archive_limits.ArchiveRefused as exc:
        raise PackageError(str(exc)) from None
    except OSError as exc:
        if not zipped:
            raise PackageError(
                translate("Package", "{path}: cannot read ({reason})").format(
                    path=name, reason=exc.strerror or exc
                )
            ) from exc
        raise _damaged_zip(name, exc) from exc
    except (*_ZIP_ERRORS, ValueError) as exc:  # ValueError: e.g. a member name not UTF-8
        raise _damaged_zip(name, exc) from exc


def _damaged_zip(name: str, exc: BaseException) -> PackageError:
    return PackageError(
        translate("Package", "{name}: damaged or incomplete zip file ({reason})").format(
            name=name, reason=str(exc) or type(exc).__name__
        )
    )


def parse_package(data: bytes, source: str = "package") -> Package:
    """Check and decode the package ``data`` (the JSON document's bytes)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackageError(
            translate("Package", "{source}: not UTF-8 text (byte {byte})").format(
                source=source, byte=exc.start
            )
        ) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackageError(
            translate(
                "Package", "{source}: not valid JSON at line {line}, column {column}: {reason}"
            ).format(source=source, line=exc.lineno, column=exc.colno, reason=exc.msg)
        ) from exc
    except RecursionError as exc:
        raise PackageError(
            translate("Package", "{source}: not a package (nested too deeply)").format(
                source=source
            )
        ) from exc
    except ValueError as exc:  # a whole number of more than 4,300 digits
        raise PackageError(
            translate("Package", "{source}: not a package (a number too long to read)").format(
                source=source
            )
        ) from exc
    return _decode_document(document, source)


def _decode_document(document: Any, source: str) -> Package:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        found = document.get("format") if isinstance(document, dict) else None
        if found is not None:
            text = translate(
                "Package", "{source}: not an Office Desk package (its format is {format})"
            ).format(source=source, format=repr(found))
        else:
            text = translate("Package", "{source}: not an Office Desk package").format(
                source=source
            )
        raise PackageError(text)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PackageError(
            translate("Package", "{source}: package version {version} is not valid").format(
                source=source, version=repr(version)
            )
        )
    if version > FORMAT_VERSION:
        raise PackageError(
            translate(
                "Package",
                "{source}: made by a newer Office Desk (package version "
                "{version}; this one reads version {supported}); update "
                "Office Desk to import it",
            ).format(source=source, version=version, supported=FORMAT_VERSION)
        )
    schema = str(document.get("schema_revision") or "")
    exported_at = _header_value(source, "exported_at", document.get("exported_at"), "datetime")
    scope = document.get("scope") or {}
    if not isinstance(scope, dict):
        raise PackageError(
            translate("Package", "{source}: scope must be an object").format(source=source)
        )
    office_id = _header_value(source, "scope.office_id", scope.get("office_id"), "uuid")
    office_name = scope.get("office_name")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise PackageError(
            translate("Package", '{source}: no "tables" object').format(source=source)
        )
    unknown = sorted(set(tables) - set(TABLE_ORDER))
    if unknown:
        raise PackageError(
            translate("Package", "{source}: unknown table {table}").format(
                source=source, table=repr(unknown[0])
            )
            + _newer_hint(schema)
        )
    package = Package(
        source,
        version,
        exported_at,
        str(document.get("app_version") or ""),
        schema,
        office_id,
        office_name if isinstance(office_name, str) else None,
        made_by=_made_by(source, document.get("made_by")),
        personal_data=_personal_data(source, document.get("personal_data", True)),
    )
    seen: dict[uuid.UUID, str] = {}
    for table in TABLE_ORDER:
        raw_rows = tables.get(table, [])
        if not isinstance(raw_rows, list):
            raise PackageError(
                translate("Package", "{source}: table {table} must be a list of rows").format(
                    source=source, table=table
                )
            )
        package.tables[table] = [
            _decode_row(source, schema, table, n, raw, seen) for n, raw in enumerate(raw_rows, 1)
        ]
        later = codec.LATER_COLUMNS.get(table, ())
        if later:
            for raw, row in zip(raw_rows, package.tables[table], strict=True):
                missing = tuple(c for c in later if c not in raw)
                if missing:
                    package.left_out.setdefault(table, {})[row["id"]] = missing
        if table == "contact" and not package.personal_data:
            _details_left_out(package, raw_rows)
        _check_unique_live(source, table, package.tables[table])
    return package


def _personal_data(source: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise PackageError(
            translate("Package", "{source}: personal_data must be true or false").format(
                source=source
            )
        )
    return value


def _details_left_out(package: Package, raw_rows: list[Any]) -> None:
    """A package without personal data holds no contact details: each contact's are
    marked as left out (the merge keeps the receiving side's), and a row that holds
    them anyway makes the package one that says one thing and does another."""
    from ..personal_fields import CONTACT_DETAILS

    left_out = package.left_out.setdefault("contact", {})
    for raw, row in zip(raw_rows, package.tables["contact"], strict=True):
        held = [c for c in CONTACT_DETAILS if c in raw]
        if held:
            raise PackageError(
                translate(
                    "Package",
                    "{source}: contact {id}: {column}: the package says it holds no "
                    "personal data, but this contact has it",
                ).format(source=package.source, id=row["id"], column=held[0])
            )
        left_out[row["id"]] = (*left_out.get(row["id"], ()), *CONTACT_DETAILS)


def _made_by(source: str, value: Any) -> MadeBy | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise PackageError(
            translate("Package", "{source}: made_by must be an object").format(source=source)
        )
    texts: dict[str, str | None] = {}
    for key in ("person", "office_name"):
        text = value.get(key)
        if text is not None and (not isinstance(text, str) or len(text) > MADE_BY_MAX):
            raise PackageError(
                translate(
                    "Package", "{source}: made_by.{key} must be text of at most {limit} characters"
                ).format(source=source, key=key, limit=MADE_BY_MAX)
            )
        texts[key] = " ".join(text.split()) if text is not None else None
    office_id = _header_value(source, "made_by.office_id", value.get("office_id"), "uuid")
    return MadeBy(texts["person"] or "", office_id, texts["office_name"] or None)


def _header_value(source: str, name: str, value: Any, kind: str) -> Any:
    if value is None:
        return None
    try:
        return codec.decode(codec.Column(name, kind, True, None, None), value)
    except ValueProblem as exc:
        raise PackageError(f"{source}: {name}: {exc}") from None


def _newer_hint(schema: str) -> str:
    from ..store.schema import is_known_revision

    if schema and not is_known_revision(schema):
        return translate(
            "Package", " (the package comes from a newer Office Desk, schema {schema})"
        ).format(schema=schema)
    return ""


def _decode_row(
    source: str, schema: str, table: str, number: int, raw: Any, seen: dict[uuid.UUID, str]
) -> Row:
    where = translate("Package", "{source}: {table} row {number}").format(
        source=source, table=table, number=number
    )
    if not isinstance(raw, dict):
        raise PackageError(
            translate("Package", "{where}: a row must be an object").format(where=where)
        )
    try:
        row_id = codec.decode(COLUMNS[table]["id"], raw.get("id"))
    except ValueProblem as exc:
        raise PackageError(f"{where}: id: {exc}") from None
    where = f"{source}: {table} {row_id}"
    try:
        row = codec.decode_row(table, raw)
    except codec.TooLong as exc:  # the value may be the name: say which record it is
        raise PackageError(f"{where}{_short_title(table, raw)}: {exc}") from None
    except ValueProblem as exc:
        hint = _newer_hint(schema) if str(exc).startswith("unknown column") else ""
        raise PackageError(f"{where}: {exc}{hint}") from None
    if row_id in seen:
        raise PackageError(
            translate("Package", "{where}: the id appears twice (also in {table})").format(
                where=where, table=seen[row_id]
            )
        )
    seen[row_id] = table
    problems = [str(e) for e in validation.validate(codec.make_record(table, row))]
    if table == "tag_link":
        targets = [
            c
            for c in ("office_id", "organization_id", "contact_id", "project_id", "event_id")
            if row[c] is not None
        ]
        if len(targets) != 1:
            problems.append(translate("Package", "a tag link must point at exactly one record"))
    if problems:
        raise PackageError(f"{where}: {'; '.join(problems)}")
    return row


#: The columns that name a record to a user, by table.
_TITLE_COLUMNS = {
    "office": ("name",),
    "organization": ("name",),
    "tag": ("name",),
    "project": ("title",),
    "event": ("title",),
    "contact": ("given_name", "family_name", "name_native"),
}


def _short_title(table: str, raw: dict[str, Any]) -> str:
    """`` ('Anna Schmidt')``: the record's name as the package has it, cut to 40
    characters (it may be the very value that is wrong), or "" if it has none."""
    parts = [raw.get(c) for c in _TITLE_COLUMNS.get(table, ())]
    text = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
    if not text:
        return ""
    shown = text if len(text) <= 40 else text[:40] + "…"
    return f" ({shown!r})"


def _check_unique_live(source: str, table: str, rows: list[Row]) -> None:
    owners: dict[tuple[Any, ...], uuid.UUID] = {}
    for row in rows:
        key = codec.unique_key(table, row)
        if key is None:
            continue
        if key in owners:
            columns = ", ".join(codec.UNIQUE_LIVE[table])
            raise PackageError(
                translate(
                    "Package", "{source}: {table} {id}: same {columns} as live {table} {owner}"
                ).format(
                    source=source, table=table, id=row["id"], columns=columns, owner=owners[key]
                )
            )
        owners[key] = row["id"]
