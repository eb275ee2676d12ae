"""Alembic environment: migrations run on a connection handed over by
:mod:`office_desk.core.store.schema`, inside one transaction, foreign keys checked at the end."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from office_desk.core.models import metadata
from office_desk.core.store.schema import include_object


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Office Desk migrations run from office_desk.core.store.schema only")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        include_object=include_object,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if problems:
            raise RuntimeError(f"migration left broken references: {problems[:5]}")


run_migrations()
