"""Alembic environment of the team server's schema (``office_desk`` in PostgreSQL):
migrations run on a connection handed over by :mod:`office_desk.core.sync.server`."""

from __future__ import annotations

from alembic import context


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("server migrations run from office_desk.core.sync.server only")
    context.configure(
        connection=connection,
        target_metadata=None,
        version_table_schema="office_desk",
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
