"""The package file: writing it byte-for-byte reproducibly, and reading it back safely.

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
"""

from __future__ import annotations

import json
import lzma
import os
import re
import uuid
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import validation
from ..file_replace import move_into_place
from ..i18n import translate
from . import archive as archive_limits
from . import codec
from .codec import COLUMNS, TABLE_ORDER, Row, ValueProblem

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


class PackageError(Exception):
    """A package that cannot be read or merged; ``str()`` is one line for the user."""


#: The longest name of a person or office a package's ``made_by`` may give.
MADE_BY_MAX = 200


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


# --------------------------------------------------------------------------- writing


def package_text(header: dict[str, Any], tables: dict[str, Iterable[dict[str, Any]]]) -> str:
    """The JSON text: header keys in the given order, then ``tables`` (in TABLE_ORDER),
    one row per line with its keys sorted, rows in the order given."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    lines = ["{"]
    lines += [f"{dump(key)}: {dump(value)}," for key, value in header.items()]
    lines.append('"tables": {')
    for t, table in enumerate(TABLE_ORDER):
        rows = [dump(row) for row in tables.get(table, [])]
        end = "," if t < len(TABLE_ORDER) - 1 else ""
        if not rows:
            lines.append(f"{dump(table)}: []{end}")
            continue
        lines.append(f"{dump(table)}: [")
        lines += [row + ("," if i < len(rows) - 1 else "") for i, row in enumerate(rows)]
        lines.append(f"]{end}")
    lines += ["}", "}", ""]
    return "\n".join(lines)


def write_file(path: Path, text: str, stamp: datetime) -> int:
    """Write ``text`` to ``path`` (zipped when it ends in .zip) all at once: the file
    appears complete or not at all. Returns the size written."""
    data = text.encode("utf-8")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        if path.suffix.lower() == ".zip":
            info = zipfile.ZipInfo(ZIP_MEMBER, date_time=_zip_time(stamp))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with zipfile.ZipFile(temporary, "w") as archive:
                archive.writestr(info, data)
        else:
            temporary.write_bytes(data)
        move_into_place(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path.stat().st_size


def _zip_time(stamp: datetime) -> tuple[int, int, int, int, int, int]:
    year = min(max(stamp.year, 1980), 2107)
    return (year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second // 2 * 2)


# --------------------------------------------------------------------------- reading


def is_package(path: Path | str) -> bool:
    """A cheap look: is this a package file (so ``import`` should merge it)?"""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
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
    return parse_package(_load_bytes(path, limits), path.name)


def _load_bytes(path: Path, limits: archive_limits.ArchiveLimits) -> bytes:
    try:
        with path.open("rb") as f:
            head = f.read(len(_ZIP_MAGIC))
        if not head.startswith(_ZIP_MAGIC) and path.suffix.lower() != ".zip":
            return archive_limits.read_plain(path, limits)
    except archive_limits.ArchiveRefused as exc:
        raise PackageError(str(exc)) from None
    except OSError as exc:
        raise PackageError(
            translate("Package", "{path}: cannot read ({reason})").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    try:
        with path.open("rb") as f:
            archive_limits.check_member_count(path.name, f, limits)
            with zipfile.ZipFile(f) as archive:
                if ZIP_MEMBER not in archive.namelist():
                    raise PackageError(
                        translate(
                            "Package",
                            "{name}: a zip file without {member}; not an Office Desk package",
                        ).format(name=path.name, member=ZIP_MEMBER)
                    )
                archive_limits.check_archive(path.name, archive, limits)
                return archive_limits.read_member(path.name, archive, ZIP_MEMBER, limits)
    except archive_limits.ArchiveRefused as exc:
        raise PackageError(str(exc)) from None
    except (*_ZIP_ERRORS, ValueError) as exc:  # ValueError: e.g. a member name not UTF-8
        raise PackageError(
            translate("Package", "{name}: damaged or incomplete zip file ({reason})").format(
                name=path.name, reason=str(exc) or type(exc).__name__
            )
        ) from exc


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
        _check_unique_live(source, table, package.tables[table])
    return package


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
