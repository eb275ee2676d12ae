"""Opening, creating and talking to an Office Desk database file.

* The engine comes from :func:`office_desk.core.store.engine.make_engine` (any
  SQLAlchemy URL, with the SQLite settings every connection needs).
* :func:`open_store` checks a file before anything writes to it: a file that is not a
  database, is corrupt, locked, read-only or from a newer version is refused with a
  :class:`StoreError` whose message is one line a user can act on, and the file is left
  byte-for-byte as it was. So is a file whose schema is not Office Desk's own (a
  trigger, view, index or table the app did not make, or one of its own changed; see
  :mod:`office_desk.core.store.schema_audit`): :class:`ForeignObjects`, before anything
  writes, migrations included. An older file is backed up, then migrated.
* :class:`Store` hands out short sessions. Every session validates each new or changed
  record before it is flushed, stamps ``updated_at``, keeps the search index in step,
  and hides tombstoned rows from every query unless asked with
  ``execution_options(include_deleted=True)``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria
from sqlmodel import Session, col

from .. import paths, search, validation
from ..i18n import translate
from ..models import ALL_TABLES, Record
from . import cipher, schema_audit, sort_keys
from .backup import backup_file, backup_name
from .column_types import utcnow
from .engine import DEFAULT_TIMEOUT, StoreError, make_engine, sqlite_url
from .schema_audit import SchemaObject, SchemaReport

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class MissingDatabase(StoreError):
    pass


class NotADatabase(StoreError):
    pass


class CorruptDatabase(StoreError):
    pass


class LockedDatabase(StoreError):
    pass


class ReadOnlyDatabase(StoreError):
    pass


class NewerSchema(StoreError):
    pass


class NotOfficeDesk(StoreError):
    pass


class ForeignObjects(StoreError):
    """The file's schema is not Office Desk's own; ``report`` says how (the GUI lists
    it and offers to remove the objects after a backup)."""

    def __init__(self, path: Path, report: SchemaReport) -> None:
        super().__init__(schema_audit.refusal_message(path, report))
        self.path = path
        self.report = report


# --------------------------------------------------------------------------- sessions


class StoreSession(Session):
    """A session that validates, stamps and indexes what it writes, and hides tombstones.

    Set ``session.info["keep_timestamps"] = True`` to keep ``updated_at`` as given
    (merging records from another copy of the database).
    """


#: One criterion per table: ``all_mappers`` misses entities named only in select_from().
_LIVE_ONLY = tuple(
    with_loader_criteria(model, col(model.deleted_at).is_(None), include_aliases=True)
    for model in ALL_TABLES
)


@event.listens_for(StoreSession, "do_orm_execute")
def _hide_deleted(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.is_relationship_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(*_LIVE_ONLY)


@event.listens_for(StoreSession, "before_flush")
def _validate_and_stamp(session: Session, _context: Any, _instances: Any) -> None:
    keep = session.info.get("keep_timestamps", False)
    now = utcnow()
    for obj in list(session.new):
        if isinstance(obj, Record):
            validation.check(obj)
    for obj in list(session.dirty):
        if isinstance(obj, Record) and session.is_modified(obj):
            validation.check(obj)
            if not keep:
                obj.updated_at = now


@event.listens_for(StoreSession, "after_flush")
def _update_search_index(session: Session, _context: Any) -> None:
    changed = [o for o in (*session.new, *session.dirty) if search.is_searchable(o)]
    gone = [o.id for o in session.deleted if search.is_searchable(o)]
    conn = session.connection()
    if changed:
        search.put(conn, changed)
    if gone:
        search.remove(conn, gone)


# --------------------------------------------------------------------------- the store


@dataclass
class Store:
    """An open Office Desk database: an engine plus the path it came from."""

    engine: Engine
    path: Path | None = None
    #: Opened with ``mode=ro``: every write fails (see :func:`open_store`).
    read_only: bool = False

    def session(self) -> StoreSession:
        """A short read session (``with store.session() as s: ...``)."""
        return StoreSession(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[StoreSession]:
        """One write transaction: commits at the end, rolls everything back on error.

        BEGIN IMMEDIATE takes the write lock up front, so two writers queue politely
        (busy timeout) instead of one failing half-way.
        """
        engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        with StoreSession(engine, expire_on_commit=False) as session:
            try:
                yield session
                session.flush()
                # The sort keys of what was written (a few index probes when none is
                # missing): see sort_keys.
                sort_keys.fill(session.connection())
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @property
    def label(self) -> str:
        return str(self.path) if self.path else str(self.engine.url)

    def close(self) -> None:
        self.engine.dispose()


# --------------------------------------------------------------------------- opening files


@dataclass(frozen=True)
class FileState:
    revision: str | None
    #: Every row of the file's sqlite_master.
    objects: tuple[SchemaObject, ...] = ()


def _refuse_unusable_path(path: Path, read_only: bool = False) -> None:
    if not path.exists():
        raise MissingDatabase(translate("Database", "{path}: no such file").format(path=path))
    if not path.is_file():
        raise NotADatabase(
            translate("Database", "{path}: is a folder, not a database file").format(path=path)
        )
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if len(header) == 0:
        raise NotADatabase(
            translate("Database", "{path}: the file is empty, not an Office Desk database").format(
                path=path
            )
        )
    if header != SQLITE_HEADER and not cipher.is_encrypted(path):
        raise NotADatabase(
            translate(
                "Database", "{path}: not an Office Desk database (not an SQLite file)"
            ).format(path=path)
        )
    if read_only:
        return
    mode = path.stat().st_mode
    if not (mode & 0o200) or not _writable(path):
        raise ReadOnlyDatabase(
            translate(
                "Database",
                "{path}: the file is read-only; Office Desk needs to write to it "
                "(make it writable, or copy it to a writable folder)",
            ).format(path=path)
        )
    if not _writable(path.parent):
        raise ReadOnlyDatabase(
            translate(
                "Database",
                "{path}: its folder is read-only; SQLite needs to write its journal "
                "beside it (move the file to a writable folder)",
            ).format(path=path)
        )


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK)


def inspect_file(
    path: Path, timeout: float = DEFAULT_TIMEOUT, read_only: bool = False
) -> FileState:
    """Read-only look at an existing file: intact? which schema? Never writes.
    Unless ``read_only``, a file Office Desk could not write to is refused too."""
    _refuse_unusable_path(path, read_only)
    try:  # an encrypted file's key is looked up here: KeyNeeded or WrongKey if amiss
        conn = cipher.connect(path, read_only=True, timeout=timeout)
    except cipher.Error as exc:  # pragma: no cover - depends on the OS
        raise StoreError(
            translate("Database", "{path}: cannot open ({reason})").format(path=path, reason=exc)
        ) from exc
    try:
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        except cipher.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise LockedDatabase(
                    translate(
                        "Database",
                        "{path}: the file is locked by another program; "
                        "close it there and try again",
                    ).format(path=path)
                ) from exc
            raise CorruptDatabase(
                translate("Database", "{path}: the file is damaged ({reason})").format(
                    path=path, reason=exc
                )
            ) from exc
        except cipher.DatabaseError as exc:
            raise CorruptDatabase(
                translate("Database", "{path}: the file is damaged ({reason})").format(
                    path=path, reason=exc
                )
            ) from exc
        if result != [("ok",)]:
            first = result[0][0] if result else translate("Database", "unknown problem")
            raise CorruptDatabase(
                translate(
                    "Database", "{path}: the file is damaged (integrity check: {problem})"
                ).format(path=path, problem=first)
            )
        objects = schema_audit.read_objects(conn)
        revision = schema_audit.revision_of(conn, objects)
        return FileState(revision, objects)
    finally:
        conn.close()


def open_store(
    path: Path | str,
    *,
    create: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    backup_folder: Path | None = None,
    read_only: bool = False,
) -> Store:
    """Open the Office Desk database at ``path`` (creating it if ``create``).

    Raises :class:`StoreError` (with a one-line message) and leaves the file untouched
    if it cannot be used. An older schema is backed up to ``backup_folder`` (default:
    the per-user backups folder) and upgraded.

    ``read_only``: every connection is opened with SQLite's ``mode=ro``, so nothing
    can be written through this store (a file another user's Office Desk has open);
    an older schema is refused then, since upgrading it would be a write.
    """
    from . import schema

    path = Path(path).expanduser()
    if read_only:
        return _open_read_only(path, timeout)
    if not path.exists():
        if not create:
            raise MissingDatabase(
                translate(
                    "Database",
                    "{path}: no such database (create one with 'office-desk sample {path}')",
                ).format(path=path)
            )
        return _create(path, timeout)

    state = inspect_file(path, timeout)
    if state.revision is None:
        if not state.objects and create:  # an empty SQLite file: nothing in it at all
            return _create(path, timeout)
        raise NotOfficeDesk(
            translate("Database", "{path}: an SQLite database, but not an Office Desk file").format(
                path=path
            )
        )
    if not schema.is_known_revision(state.revision):
        raise NewerSchema(
            translate(
                "Database",
                "{path}: made by a newer version of Office Desk (schema {revision}); "
                "update Office Desk to open it",
            ).format(path=path, revision=state.revision)
        )
    _refuse_foreign_objects(path, state)
    if state.revision != schema.head_revision():
        backup_and_upgrade(path, state.revision, backup_folder, timeout)
    return Store(make_engine(sqlite_url(path), timeout=timeout), path)


def backup_and_upgrade(
    path: Path, revision: str, backup_folder: Path | None, timeout: float = 5.0
) -> Path:
    """Back ``path`` up, then upgrade it to the newest schema. Returns the backup."""
    from . import schema

    folder = backup_folder or paths.backup_dir()
    copy = backup_file(path, folder / backup_name(path, f"before-schema-upgrade-from-{revision}"))
    log.warning("upgrading %s from schema %s; backup at %s", path, revision, copy)
    schema.upgrade(path, timeout)
    return copy


def _open_read_only(path: Path, timeout: float) -> Store:
    from . import schema

    state = inspect_file(path, timeout, read_only=True)
    if state.revision is None:
        raise NotOfficeDesk(
            translate("Database", "{path}: an SQLite database, but not an Office Desk file").format(
                path=path
            )
        )
    if schema.is_known_revision(state.revision):
        _refuse_foreign_objects(path, state)
    if state.revision != schema.head_revision():
        raise ReadOnlyDatabase(
            translate(
                "Database",
                "{path}: made by another version of Office Desk (schema {revision}); "
                "it can only be opened read-only once it has been upgraded",
            ).format(path=path, revision=state.revision)
        )
    url = f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true"
    return Store(make_engine(url, timeout=timeout, wal=False), path, read_only=True)


def _refuse_foreign_objects(path: Path, state: FileState) -> None:
    """:class:`ForeignObjects` unless the file's schema is exactly Office Desk's own at
    its revision (``state.revision``, a known one)."""
    assert state.revision is not None
    report = schema_audit.compare(state.objects, state.revision)
    if not report.clean:
        raise ForeignObjects(path, report)


def _create(path: Path, timeout: float) -> Store:
    from . import schema

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        schema.upgrade(path, timeout)
    except BaseException:
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return Store(make_engine(sqlite_url(path), timeout=timeout), path)
