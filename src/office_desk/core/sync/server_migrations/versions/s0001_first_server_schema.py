"""the team server's first schema: records, change stamps, conflicts, accounts

Revision ID: s0001
Revises:
Create Date: 2026-12-02 15:00:00

One table holds the records of every kind (``record``: the table name, the id, the
owning office, the fields as JSONB in the package codec's JSON form, and per field a
stamp ``[server_seq, changed_at, login]``), so the sync protocol is the same for every
kind, a field added to the app needs no server migration (the server keeps whatever
fields a client sends; older clients ignore fields they do not know), and one
row-level security policy covers everything.

``server_seq`` comes from ``change_seq`` while the pushing transaction holds a
transaction-level advisory lock, so the numbers follow commit order and a pull by
``server_seq > cursor`` never skips a row committed late.
"""

from __future__ import annotations

from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

MEMBER = "office_desk_member"


def upgrade() -> None:
    op.execute("CREATE SEQUENCE office_desk.change_seq")
    op.execute(
        """
        CREATE TABLE office_desk.record (
            tbl text NOT NULL,
            id uuid NOT NULL,
            office_id uuid,
            fields jsonb NOT NULL,
            stamps jsonb NOT NULL,
            deleted boolean NOT NULL DEFAULT false,
            server_seq bigint NOT NULL,
            updated_by text NOT NULL,
            PRIMARY KEY (tbl, id)
        )"""
    )
    op.execute("CREATE INDEX record_server_seq ON office_desk.record (server_seq)")
    op.execute(
        """
        CREATE TABLE office_desk.conflict (
            id uuid PRIMARY KEY,
            tbl text NOT NULL,
            record_id uuid NOT NULL,
            field text NOT NULL,
            reason text NOT NULL,
            kept jsonb,
            kept_by text NOT NULL,
            kept_at timestamptz NOT NULL,
            other jsonb,
            other_by text NOT NULL,
            other_at timestamptz NOT NULL,
            resolved boolean NOT NULL DEFAULT false,
            resolved_by text,
            server_seq bigint NOT NULL
        )"""
    )
    op.execute("CREATE INDEX conflict_server_seq ON office_desk.conflict (server_seq)")
    op.execute(
        """
        CREATE TABLE office_desk.applied_change (
            change_id uuid PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        )"""
    )
    op.execute(
        """
        CREATE TABLE office_desk.account (
            login text PRIMARY KEY,
            office_id uuid,
            office_name text NOT NULL DEFAULT '',
            hq boolean NOT NULL DEFAULT false,
            created_at timestamptz NOT NULL DEFAULT now()
        )"""
    )
    op.execute(
        """
        CREATE TABLE office_desk.device (
            id uuid PRIMARY KEY,
            login text NOT NULL DEFAULT current_user,
            last_seq bigint NOT NULL DEFAULT 0,
            last_seen timestamptz NOT NULL DEFAULT now()
        )"""
    )
    op.execute("CREATE TABLE office_desk.meta (key text PRIMARY KEY, value text NOT NULL)")
    # Who may write a record of an office: its own people, and headquarters. Records of
    # no office (tags, exchange rates, links of such) are shared.
    op.execute(
        """
        CREATE FUNCTION office_desk.may_write(office uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = office_desk, pg_temp AS $$
            SELECT office IS NULL OR EXISTS (
                SELECT 1 FROM office_desk.account a
                WHERE a.login = session_user AND (a.hq OR a.office_id = office))
        $$"""
    )
    for table in ("record", "conflict", "device"):
        op.execute(f"ALTER TABLE office_desk.{table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY read_all ON office_desk.record FOR SELECT TO {MEMBER} USING (true)")
    op.execute(
        f"CREATE POLICY add_own ON office_desk.record FOR INSERT TO {MEMBER} "
        "WITH CHECK (office_desk.may_write(office_id) AND updated_by = session_user)"
    )
    op.execute(
        f"CREATE POLICY change_own ON office_desk.record FOR UPDATE TO {MEMBER} "
        "USING (office_desk.may_write(office_id)) "
        "WITH CHECK (office_desk.may_write(office_id) AND updated_by = session_user)"
    )
    op.execute(
        f"CREATE POLICY read_all ON office_desk.conflict FOR SELECT TO {MEMBER} USING (true)"
    )
    op.execute(
        f"CREATE POLICY add ON office_desk.conflict FOR INSERT TO {MEMBER} WITH CHECK (true)"
    )
    op.execute(
        f"CREATE POLICY resolve ON office_desk.conflict FOR UPDATE TO {MEMBER} USING (true) "
        "WITH CHECK (resolved_by = session_user)"
    )
    op.execute(f"CREATE POLICY read_all ON office_desk.device FOR SELECT TO {MEMBER} USING (true)")
    op.execute(
        f"CREATE POLICY own ON office_desk.device FOR INSERT TO {MEMBER} "
        "WITH CHECK (login = session_user)"
    )
    op.execute(
        f"CREATE POLICY own_update ON office_desk.device FOR UPDATE TO {MEMBER} "
        "USING (login = session_user) WITH CHECK (login = session_user)"
    )
    op.execute(f"GRANT USAGE ON SCHEMA office_desk TO {MEMBER}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON office_desk.record TO {MEMBER}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON office_desk.conflict TO {MEMBER}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON office_desk.device TO {MEMBER}")
    op.execute(f"GRANT SELECT, INSERT ON office_desk.applied_change TO {MEMBER}")
    op.execute(f"GRANT SELECT ON office_desk.account, office_desk.meta TO {MEMBER}")
    op.execute(f"GRANT USAGE, SELECT ON SEQUENCE office_desk.change_seq TO {MEMBER}")
    op.execute(f"GRANT EXECUTE ON FUNCTION office_desk.may_write(uuid) TO {MEMBER}")


def downgrade() -> None:
    for table in ("meta", "device", "account", "applied_change", "conflict", "record"):
        op.execute(f"DROP TABLE office_desk.{table}")
    op.execute("DROP FUNCTION office_desk.may_write(uuid)")
    op.execute("DROP SEQUENCE office_desk.change_seq")
