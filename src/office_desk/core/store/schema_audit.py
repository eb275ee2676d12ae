"""Is a database file made of Office Desk's own objects only?

A database file carries code as well as data: a trigger in it runs on every insert or
update the app makes (it can rewrite e-mail addresses, or copy each new contact into a
hidden table), and a view or index can stand where the app expects its own. So before
Office Desk writes to a file, opens it, restores it or backs it up on request, the
file's schema (every row of ``sqlite_master``: tables, indexes, triggers, views) is
compared with the schema Office Desk itself makes at the file's revision.

"Expected" is not a hand-kept list: it is read from a database made from empty by the
same migrations (in memory), one per revision, with SQLite's own statistics tables
(``ANALYZE``) tolerated. Building it loads Alembic and takes about 0.15 s, so it is
kept in memory and on disk (``<data folder>/cache/schema-objects.json``), under a
fingerprint of everything that shapes it (migration scripts, the search index DDL,
the SQLite, SQLAlchemy and Alembic versions): a new version of any of them rebuilds it.
The cache is trusted as the app's own files are: whoever can write the user's data
folder can replace the database itself.

Objects are matched by type and exact name (a trigger may share its name with one of
our indexes: triggers have a namespace of their own), and their SQL is compared after
:func:`normalise_sql` (whitespace and comments, ASCII case of bare words; string
literals and quoted names are kept as written). Differences are:

* ``foreign``: an object Office Desk does not make (any type);
* ``changed``: one of ours with other SQL (a table with an extra column, an index of
  ours redefined, a trigger with our name);
* ``missing``: one of ours that is not there.

:func:`remove_differences` drops foreign objects and re-creates changed or missing
indexes, views and triggers from the expected SQL, in one transaction; a changed or
missing table cannot be repaired that way (:attr:`SchemaReport.repairable`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_count

log = logging.getLogger(__name__)

FOREIGN, CHANGED, MISSING = "foreign", "changed", "missing"
#: Object types SQLite keeps in sqlite_master, in the order they are dropped.
DROP_ORDER = ("trigger", "view", "index", "table")
#: Object types that can be re-created from their SQL without touching data.
REBUILDABLE = ("index", "view", "trigger")
#: Bump when the cache file's layout changes.
CACHE_FORMAT = "office-desk-schema-objects-1"
#: How many objects a one-line message names before "and N more".
NAMED_IN_LINE = 5
TYPE_WORDS = {
    "table": QT_TRANSLATE_NOOP("SchemaAudit", "table"),
    "index": QT_TRANSLATE_NOOP("SchemaAudit", "index"),
    "trigger": QT_TRANSLATE_NOOP("SchemaAudit", "trigger"),
    "view": QT_TRANSLATE_NOOP("SchemaAudit", "view"),
}


# --------------------------------------------------------------------------- objects


@dataclass(frozen=True)
class SchemaObject:
    """One row of ``sqlite_master``."""

    type: str
    name: str
    table: str
    sql: str | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.type, self.name)


@dataclass(frozen=True)
class Difference:
    """One way the file's schema differs from Office Desk's own."""

    #: FOREIGN, CHANGED or MISSING.
    finding: str
    #: The file's object (foreign, changed), or the expected one (missing).
    obj: SchemaObject
    #: Office Desk's own definition (changed, missing), else None.
    expected: SchemaObject | None = None

    @property
    def removable(self) -> bool:
        """True when :func:`remove_differences` can put this right."""
        if self.finding == FOREIGN:
            return True
        return (
            self.obj.type in REBUILDABLE
            and self.expected is not None
            and self.expected.sql is not None
        )

    def describe(self) -> str:
        """``trigger "copy_mail" on contact``, ``table "contact" (changed)``."""
        what = object_text(self.obj)
        if self.finding == CHANGED:
            return translate("SchemaAudit", "{object} (changed)").format(object=what)
        if self.finding == MISSING:
            return translate("SchemaAudit", "{object} (missing)").format(object=what)
        return what

    def problem(self) -> str:
        """One line for ``office-desk check``."""
        what = object_text(self.obj)
        if self.finding == CHANGED:
            return translate(
                "SchemaAudit", "{object}: differs from the one Office Desk makes"
            ).format(object=what)
        if self.finding == MISSING:
            return translate("SchemaAudit", "{object}: missing").format(object=what)
        return translate("SchemaAudit", "{object}: not made by Office Desk").format(object=what)


_FINDING_ORDER = {FOREIGN: 0, CHANGED: 1, MISSING: 2}
_TYPE_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}


@dataclass(frozen=True)
class SchemaReport:
    """How a file's schema compares with Office Desk's own at its revision."""

    revision: str
    differences: tuple[Difference, ...] = field(default=())

    @property
    def clean(self) -> bool:
        return not self.differences

    @property
    def foreign(self) -> tuple[Difference, ...]:
        return tuple(d for d in self.differences if d.finding == FOREIGN)

    @property
    def repairable(self) -> bool:
        """True when every difference can be removed or re-created (no table of ours is
        changed or missing)."""
        return all(d.removable for d in self.differences)

    def summary(
        self, differences: Sequence[Difference] | None = None, limit: int = NAMED_IN_LINE
    ) -> str:
        """The differences named in one line, the first ``limit`` of them."""
        chosen = list(self.differences if differences is None else differences)
        text = "; ".join(d.describe() for d in chosen[:limit])
        rest = len(chosen) - limit
        if rest > 0:
            text += " " + translate_count(
                "SchemaAudit",
                QT_TRANSLATE_NOOP("SchemaAudit", "and {count} more"),
                QT_TRANSLATE_NOOP("SchemaAudit", "and {count} more"),
                rest,
            )
        return text


def shown_name(name: str, limit: int = 60) -> str:
    """``name`` in double quotes, safe to show on one line: control and formatting
    characters (new lines, right-to-left overrides) and quotes escaped, long names cut."""
    out = []
    for ch in name[:limit]:
        if ch in '"\\':
            out.append("\\" + ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + ("…" if len(name) > limit else "") + '"'


_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,59}")


def shown_table(name: str) -> str:
    """A table's name as :func:`shown_name`, without the quotes when it is a plain
    identifier (``contact``)."""
    return name if _PLAIN_NAME.fullmatch(name) else shown_name(name)


def type_word(kind: str) -> str:
    return translate("SchemaAudit", TYPE_WORDS[kind]) if kind in TYPE_WORDS else kind


def object_text(obj: SchemaObject) -> str:
    """``trigger "copy_mail" on contact``, ``table "harvest"``."""
    if obj.type in ("index", "trigger") and obj.table and obj.table != obj.name:
        return translate("SchemaAudit", "{type} {name} on {table}").format(
            type=type_word(obj.type), name=shown_name(obj.name), table=shown_table(obj.table)
        )
    return translate("SchemaAudit", "{type} {name}").format(
        type=type_word(obj.type), name=shown_name(obj.name)
    )


def read_objects(conn: sqlite3.Connection) -> tuple[SchemaObject, ...]:
    """Every row of the connection's ``sqlite_master``."""
    return tuple(
        SchemaObject(str(kind), str(name), str(table or ""), None if sql is None else str(sql))
        for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM main.sqlite_master"
        )
    )


# --------------------------------------------------------------------------- SQL text

_TOKENS = re.compile(
    r"""(?P<space>\s+)
      |(?P<comment>--[^\n]*|/\*.*?(?:\*/|\Z))
      |(?P<blob>[xX]'[0-9A-Fa-f]*')
      |(?P<string>'(?:[^']|'')*'?)
      |(?P<quoted>"(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\[[^\]]*\]?)
      |(?P<word>[A-Za-z0-9_$\x80-\U0010ffff]+)
      |(?P<op><>|<=|>=|==|!=|<<|>>|\|\||->>|->)
      |(?P<other>.)""",
    re.DOTALL | re.VERBOSE,
)
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def normalise_sql(sql: str | None) -> str | None:
    """``sql`` as SQLite reads it: tokens one space apart, comments dropped, bare words
    (keywords and unquoted names, which SQLite compares without ASCII case) in ASCII
    upper case. String literals and quoted names are kept exactly: two statements with
    the same normal form are the same statement to SQLite."""
    if sql is None:
        return None
    tokens = []
    for match in _TOKENS.finditer(sql):
        kind = match.lastgroup
        if kind in ("space", "comment"):
            continue
        text = match.group()
        tokens.append(text.translate(_ASCII_UPPER) if kind == "word" else text)
    return " ".join(tokens)


# --------------------------------------------------------------------------- expected


@dataclass(frozen=True)
class Expected:
    """Office Desk's own objects at one revision, and SQLite's own it tolerates."""

    own: dict[tuple[str, str], SchemaObject]
    tolerated: dict[tuple[str, str], SchemaObject]
    _normal: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)

    def matches(self, obj: SchemaObject, like: SchemaObject) -> bool:
        """True when the file's ``obj`` is the expected ``like`` (same table, same SQL
        up to :func:`normalise_sql`; the same text needs no normalising)."""
        if obj.table != like.table:
            return False
        if obj.sql == like.sql:
            return True
        if like.key not in self._normal:
            self._normal[like.key] = normalise_sql(like.sql)
        return normalise_sql(obj.sql) == self._normal[like.key]


_memo: dict[str, Expected] = {}
_memo_lock = threading.Lock()


def _fingerprint() -> str:
    """What the expected schemas depend on: change any of it and they are rebuilt."""
    import sqlalchemy

    from .. import search
    from .schema import MIGRATIONS, REVISIONS

    digest = hashlib.sha256()
    for part in (
        CACHE_FORMAT,
        sqlite3.sqlite_version,
        sqlalchemy.__version__,
        repr(REVISIONS),
        repr(search.CREATE_STATEMENTS),
    ):
        digest.update(part.encode() + b"\0")
    spec = importlib.util.find_spec("alembic")
    try:
        digest.update(Path(spec.origin).read_bytes() if spec and spec.origin else b"?")
    except OSError:  # a frozen build: its version is the app's
        from ... import __version__

        digest.update(__version__.encode())
    for script in sorted(MIGRATIONS.rglob("*.py")):
        if "__pycache__" not in script.parts:
            digest.update(script.relative_to(MIGRATIONS).as_posix().encode() + b"\0")
            digest.update(script.read_bytes())
    return digest.hexdigest()


def cache_path() -> Path:
    from .. import paths

    return paths.data_dir() / "cache" / "schema-objects.json"


def _build() -> dict[str, tuple[list[SchemaObject], list[SchemaObject]]]:
    """(own, tolerated) objects of a database made from empty, at every revision."""
    from alembic import command

    from .engine import make_engine
    from .schema import REVISIONS, alembic_config

    built: dict[str, tuple[list[SchemaObject], list[SchemaObject]]] = {}
    engine = make_engine("sqlite://", foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            for revision in REVISIONS:
                command.upgrade(config, revision)
                connection.commit()
                built[revision] = (list(read_objects(raw)), [])
            # SQLite's own bookkeeping tables, as this SQLite writes them: statistics
            # (ANALYZE, PRAGMA optimize) and AUTOINCREMENT's counters.
            raw.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY AUTOINCREMENT)")
            raw.execute("INSERT INTO probe DEFAULT VALUES")
            raw.execute("ANALYZE")
            sqlite_own = [
                o
                for o in read_objects(raw)
                if o.type == "table" and o.name.startswith(("sqlite_stat", "sqlite_sequence"))
            ]
            connection.rollback()
    finally:
        engine.dispose()
    for _own, tolerated in built.values():
        tolerated.extend(sqlite_own)
    return built


def _load_cache(fingerprint: str) -> dict[str, Expected] | None:
    try:
        data = json.loads(cache_path().read_text(encoding="utf-8"))
        if data.get("fingerprint") != fingerprint:
            return None
        return {
            revision: _expected(
                [SchemaObject(*row) for row in entry["own"]],
                [SchemaObject(*row) for row in entry["tolerated"]],
            )
            for revision, entry in data["revisions"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _save_cache(
    fingerprint: str, built: dict[str, tuple[list[SchemaObject], list[SchemaObject]]]
) -> None:
    target = cache_path()
    data = {
        "fingerprint": fingerprint,
        "revisions": {
            revision: {
                "own": [[o.type, o.name, o.table, o.sql] for o in own],
                "tolerated": [[o.type, o.name, o.table, o.sql] for o in tolerated],
            }
            for revision, (own, tolerated) in built.items()
        },
    }
    partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(data), encoding="utf-8")
        partial.replace(target)
    except OSError as exc:  # a read-only data folder: build again next time
        log.info("could not keep the expected schema at %s: %s", target, exc)
        partial.unlink(missing_ok=True)


def _expected(own: Iterable[SchemaObject], tolerated: Iterable[SchemaObject]) -> Expected:
    return Expected({o.key: o for o in own}, {o.key: o for o in tolerated})


def expected(revision: str) -> Expected:
    """Office Desk's own objects at ``revision`` (a known one), from memory, the disk
    cache, or built afresh."""
    with _memo_lock:
        if revision not in _memo:
            fingerprint = _fingerprint()
            found = _load_cache(fingerprint)
            if found is None or revision not in found:
                built = _build()
                _save_cache(fingerprint, built)
                found = {rev: _expected(own, tolerated) for rev, (own, tolerated) in built.items()}
            _memo.update(found)
        return _memo[revision]


def forget_expected() -> None:
    """Drop the in-memory copy (tests; the disk cache is checked by fingerprint)."""
    with _memo_lock:
        _memo.clear()


# --------------------------------------------------------------------------- comparing


def compare(objects: Iterable[SchemaObject], revision: str) -> SchemaReport:
    """How ``objects`` (a file's ``sqlite_master``) differ from Office Desk's own at
    ``revision`` (a known revision)."""
    want = expected(revision)
    differences: list[Difference] = []
    seen: set[tuple[str, str]] = set()
    for obj in objects:
        key = obj.key
        own = want.own.get(key)
        if key in seen:  # a second row under one name (written into sqlite_master)
            differences.append(Difference(FOREIGN, obj))
            continue
        seen.add(key)
        if own is None:
            sqlite_own = want.tolerated.get(key)
            if sqlite_own is None or not want.matches(obj, sqlite_own):
                differences.append(Difference(FOREIGN, obj))
        elif not want.matches(obj, own):
            differences.append(Difference(CHANGED, obj, own))
    for key, own in want.own.items():
        if key not in seen:
            differences.append(Difference(MISSING, own, own))
    differences.sort(
        key=lambda d: (_FINDING_ORDER[d.finding], _TYPE_ORDER.get(d.obj.type, 9), d.obj.name)
    )
    return SchemaReport(revision, tuple(differences))


def revision_of(conn: sqlite3.Connection, objects: Iterable[SchemaObject]) -> str | None:
    """The Alembic revision the file says it is at (None: not an Office Desk file)."""
    if ("table", "alembic_version") not in {o.key for o in objects}:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def audit_connection(conn: sqlite3.Connection) -> SchemaReport | None:
    """The report for the database on ``conn``; None when it is not an Office Desk file
    of a revision this version knows (other checks say so)."""
    from .schema import is_known_revision

    objects = read_objects(conn)
    revision = revision_of(conn, objects)
    if revision is None or not is_known_revision(revision):
        return None
    return compare(objects, revision)


def audit_file(path: Path, timeout: float = 5.0) -> SchemaReport | None:
    """:func:`audit_connection` on the file at ``path``, read-only (never writes)."""
    from . import cipher

    conn = cipher.connect(path, read_only=True, timeout=timeout)
    try:
        return audit_connection(conn)
    finally:
        conn.close()


# --------------------------------------------------------------------------- messages


def refusal_message(path: Path, report: SchemaReport) -> str:
    """One line: what is wrong with the file's schema, and that it was left alone."""
    if report.repairable:
        return translate(
            "SchemaAudit",
            "{path}: the database holds objects Office Desk did not make: {objects}. They "
            "could change or copy records whenever Office Desk saves, so the file was not "
            "opened and not changed; open it in the Office Desk app to review and remove "
            "them",
        ).format(path=path, objects=report.summary())
    return translate(
        "SchemaAudit",
        "{path}: the database's tables are not the ones Office Desk makes: {objects}. The "
        "file was not opened and not changed; restore a backup of it, or ask whoever gave "
        "it to you",
    ).format(path=path, objects=report.summary())


# --------------------------------------------------------------------------- repairing


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def remove_differences(path: Path, shown: SchemaReport, timeout: float = 5.0) -> None:
    """Drop the foreign objects of the file at ``path`` and re-create Office Desk's own
    changed or missing indexes, views and triggers, in one transaction.

    ``shown`` is the report the user agreed to: if the file's schema differs in any
    other way by now, nothing is changed (:class:`~office_desk.core.store.engine.StoreError`).
    Dropped tables' pages are overwritten (``secure_delete``): a hidden table of copied
    personal data does not linger in the file's free pages.
    """
    from .engine import StoreError

    if not shown.repairable:
        raise StoreError(refusal_message(path, shown))
    from . import cipher

    conn = cipher.connect(path, timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            now = audit_connection(conn)
            if now is None or now != shown:
                raise StoreError(
                    translate(
                        "SchemaAudit",
                        "{path}: the file changed since it was checked; nothing "
                        "was removed (open it again)",
                    ).format(path=path)
                )
            for kind in DROP_ORDER:
                for difference in now.differences:
                    obj = difference.obj
                    if (
                        obj.type == kind
                        and difference.finding in (FOREIGN, CHANGED)
                        and obj.sql is not None
                    ):  # an automatic index goes with its table
                        conn.execute(f"DROP {kind.upper()} IF EXISTS {_quoted(obj.name)}")
            for kind in ("index", "view", "trigger"):
                for difference in now.differences:
                    if (
                        difference.finding in (CHANGED, MISSING)
                        and difference.obj.type == kind
                        and difference.expected
                        and difference.expected.sql
                    ):
                        conn.execute(difference.expected.sql)
            after = audit_connection(conn)
            if after is None or not after.clean:
                raise StoreError(
                    translate(
                        "SchemaAudit",
                        "{path}: the objects could not all be removed ({objects}); "
                        "nothing was changed",
                    ).format(path=path, objects=after.summary() if after else "?")
                )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except cipher.Error as exc:
        raise StoreError(
            translate(
                "SchemaAudit",
                "{path}: the objects could not be removed ({reason}); nothing was changed",
            ).format(path=path, reason=exc)
        ) from exc
    finally:
        conn.close()
