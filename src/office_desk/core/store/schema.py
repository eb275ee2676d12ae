"""Schema versions: Alembic migrations, run from code on open.

A new file is built by running every migration from empty, so new and upgraded files
have exactly the same schema. Migrations run with foreign keys OFF (set outside any
transaction: a batch table re-create with them ON cascade-deletes child rows), inside
one transaction, and ``PRAGMA foreign_key_check`` must come back empty before commit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import paths
from .engine import make_engine, sqlite_url

MIGRATIONS = paths.package_file("core", "store", "migrations")

#: Every schema revision, oldest first: the numbers the migration scripts' names start
#: with ("0004_project_funding_programme.py"). Read from the names, so that opening a
#: file does not have to load Alembic and parse every script, and a new migration is
#: one new file (a test checks this list against Alembic's own view of the folder).
REVISIONS: tuple[str, ...] = tuple(
    sorted(
        script.name[:4] for script in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )
)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the hand-made search index (and FTS5's shadow tables), the sync tables
    (migration 0005), the trusted office keys (0006) and the sort keys (0007), not
    models: the app reads them with SQL only, out of autogenerate."""
    own_tables = ("search_", "sync_", "trust_")
    if type_ == "table":
        return not (name is not None and name.startswith(own_tables))
    # The sort keys (0007): the database's own columns and indexes beside the models'.
    if type_ in ("column", "index") and name is not None and "sortkey_" in name:
        return False
    table = getattr(obj, "table", None)
    return not (table is not None and str(table.name).startswith(own_tables))


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def script_revisions() -> list[str]:
    """The revisions in the migrations folder, oldest first (loads Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return REVISIONS[-1]


def is_known_revision(revision: str) -> bool:
    return revision in REVISIONS


def upgrade(path: Path, timeout: float = 5.0, target: str = "head") -> None:
    """Run the migrations on the file at ``path`` up to ``target``."""
    from alembic import command

    engine = make_engine(sqlite_url(path), timeout=timeout, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            connection.commit()
    finally:
        engine.dispose()
