"""``office-desk check``: is this database whole and consistent?

SQLite's own integrity and foreign-key checks, then the app's: every live record
passes validation, no live link points at a deleted record, counterparts point back,
the search index matches the records, and the schema is the newest and Office Desk's
own (no trigger, view, index or table the app did not make; none of its own changed:
see :mod:`office_desk.core.store.schema_audit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import text
from sqlmodel import select

from . import kinds
from .models import ALL_TABLES, Office, Tag
from .store import schema, schema_audit
from .store.database import Store
from .validation import validate


@dataclass(frozen=True)
class Problem:
    check: str
    message: str

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"


#: The columns of link tables and the table each points at ("project_id": "project").
LINK_TARGETS: dict[str, str] = {
    "tag_id": Tag.__tablename__,  # type: ignore[dict-item]
    **{link.column: kind.model.__tablename__ for kind in kinds.KINDS for link in kind.links},
}
#: The tables of link rows (and tags and rates): every table that is not a kind's.
LINK_TABLES = tuple(m for m in ALL_TABLES if m not in kinds.BY_MODEL)


def run_checks(store: Store) -> list[Problem]:
    problems: list[Problem] = []
    with store.engine.connect() as conn:
        for (line,) in conn.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                problems.append(Problem("integrity", line))
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            problems.append(
                Problem("foreign keys", f"{row[0]} row {row[1]} points at missing {row[2]}")
            )
        raw = conn.connection.dbapi_connection
        if raw is not None:  # sqlite3's or sqlcipher3's connection (an encrypted file)
            problems.extend(schema_problems(schema_audit.audit_connection(cast(Any, raw))))
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != schema.head_revision():
            problems.append(Problem("schema", f"at {revision}, newest is {schema.head_revision()}"))
        if problems:  # the rest assumes a sound file
            return problems

    with store.session() as session:
        live: dict[str, set] = {}
        for model in ALL_TABLES:
            table = str(model.__tablename__)
            rows = session.exec(select(model)).all()
            live[table] = {r.id for r in rows}
            for r in rows:
                for error in validate(r):
                    problems.append(Problem("records", f"{table} {r.id}: {error}"))
        for model in LINK_TABLES:
            for r in session.exec(select(model)).all():
                for column, target_table in LINK_TARGETS.items():
                    target = getattr(r, column, None)
                    if target is not None and target not in live[target_table]:
                        problems.append(
                            Problem(
                                "links",
                                f"live {model.__tablename__} {r.id} points at deleted "
                                f"{target_table} {target}",
                            )
                        )
        offices = {o.id: o for o in session.exec(select(Office)).all()}
        for office in offices.values():
            twin = offices.get(office.counterpart_id) if office.counterpart_id else None
            if twin is not None and twin.counterpart_id != office.id:
                problems.append(
                    Problem(
                        "counterparts",
                        f"{office.name} names {twin.name} as counterpart, "
                        "but not the other way round",
                    )
                )
        searchable = {
            r_id.hex: kind.name for kind in kinds.KINDS for r_id in live[kind.model.__tablename__]
        }
        conn = session.connection()
        indexed: dict[str, str] = dict(
            conn.execute(text("SELECT record_id, kind FROM search_key")).all()
        )
        fts_rows = conn.execute(text("SELECT count(*) FROM search_index")).scalar_one()
        missing = set(searchable) - set(indexed)
        stale = set(indexed) - set(searchable)
        if missing:
            problems.append(Problem("search index", f"{len(missing)} records not indexed"))
        if stale:
            problems.append(Problem("search index", f"{len(stale)} deleted records still indexed"))
        if fts_rows != len(indexed):
            problems.append(Problem("search index", "index and its key table disagree"))
    return problems


def schema_problems(report: schema_audit.SchemaReport | None) -> list[Problem]:
    """One problem per way the schema differs from Office Desk's own (none for None:
    a file of an unknown revision, which the revision check reports)."""
    if report is None:
        return []
    return [Problem("schema", difference.problem()) for difference in report.differences]
