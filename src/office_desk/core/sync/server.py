"""The team server: creating its schema, people's logins, and connecting to it.

``init_server`` creates or upgrades the ``office_desk`` schema in a PostgreSQL database
with Alembic (the migrations in ``server_migrations``), the group role every person's
login belongs to, and the data revision the server expects; it is safe to run again.
``add_user`` and ``remove_user`` manage one PostgreSQL login per person.

Everything a user typed (names, passwords) reaches SQL as a bound value or a quoted
identifier, never as text pasted into a statement.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from .. import paths
from ..i18n import translate
from .errors import LoginRefused, ServerError, ServerUnreachable

MEMBER_ROLE = "office_desk_member"
SERVER_MIGRATIONS = paths.package_file("core", "sync", "server_migrations")
#: The oldest laptop schema revision that may sync with a server this app initialised:
#: 0006, the first that knows the erased mark: "erased wins" is applied by the laptops,
#: so an older one could push a person's fields back over an erasure. Raised when a
#: two-step schema change drops the old form of a field that older clients still write.
MIN_CLIENT_REVISION = "0006"
#: Login names: what PostgreSQL accepts unquoted, so administrators can type them.
_LOGIN_NAME = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")
_LOOPBACK = ("localhost", "127.0.0.1", "::1", "")
CONNECT_TIMEOUT = 5


def server_url(url: str, user: str | None = None, password: str | None = None) -> URL:
    """The SQLAlchemy URL (psycopg 3) for ``url``, with ``user``/``password`` if given.

    Connections to any host but this machine require TLS unless the URL says
    otherwise (``?sslmode=verify-full&sslrootcert=...`` to check the certificate too).
    """
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise ServerError(
            translate("Sync", "{url} is not a server address: {reason}").format(
                url=_shown(url), reason=exc
            )
        ) from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise ServerError(
            translate(
                "Sync", "{url} is not a PostgreSQL address (postgresql://HOST/DATABASE)"
            ).format(url=_shown(url))
        )
    parsed = parsed.set(drivername="postgresql+psycopg")
    if user is not None:
        parsed = parsed.set(username=user)
    if password is not None:
        parsed = parsed.set(password=password)
    query = dict(parsed.query)
    if (parsed.host or "") not in _LOOPBACK and "host" not in query:
        query.setdefault("sslmode", "require")
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    query.setdefault("application_name", "office-desk")
    return parsed.set(query=query)


def _shown(url: str | URL) -> str:
    """The address without its password, for messages."""
    try:
        return make_url(str(url)).render_as_string(hide_password=True)
    except Exception:
        return "(unreadable address)"


def plain_address(url: str) -> str:
    """``url`` without a user name or password: what a file remembers of its server."""
    try:
        parsed = make_url(url)
    except Exception:
        return url
    plain = URL.create(
        parsed.drivername,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return plain.render_as_string(hide_password=False)


def shown_address(url: str) -> str:
    """``host:port/database`` for the status line and messages."""
    try:
        parsed = make_url(url)
    except Exception:
        return _shown(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


def engine_for(url: str, user: str | None = None, password: str | None = None) -> Engine:
    return create_engine(server_url(url, user, password), poolclass=NullPool)


def connect(url: str, user: str | None = None, password: str | None = None) -> Connection:
    """An open connection, or :class:`ServerUnreachable` / :class:`LoginRefused`."""
    engine = engine_for(url, user, password)
    try:
        return engine.connect()
    except OperationalError as exc:
        raise classify(exc, url) from None


def classify(exc: BaseException, url: str) -> ServerError:
    """Our one-line error for a driver error met while connecting or talking."""
    reason = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    first = reason[0] if reason else type(exc).__name__
    lowered = " ".join(reason).lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return LoginRefused(
            translate("Sync", "The team server {server} refused the login: {reason}").format(
                server=shown_address(url), reason=first
            )
        )
    if "does not exist" in lowered and "role" in lowered:
        return LoginRefused(
            translate("Sync", "The team server {server} has no such user: {reason}").format(
                server=shown_address(url), reason=first
            )
        )
    return ServerUnreachable(
        translate("Sync", "Cannot reach the team server {server}: {reason}").format(
            server=shown_address(url), reason=first
        )
    )


# --------------------------------------------------------------------------- set-up


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SERVER_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@dataclass(frozen=True)
class InitResult:
    revision_before: str | None
    revision: str
    data_revision: str


def init_server(url: str) -> InitResult:
    """Create or upgrade the team server's schema, role and settings (idempotent).

    ``url`` names an administrator's login that may create roles and owns the database.
    """
    from alembic import command

    from ..store.schema import head_revision

    engine = engine_for(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(hashtext('office_desk.init'))"))
            try:
                exists = conn.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": MEMBER_ROLE}
                ).first()
                if not exists:
                    conn.execute(text(f"CREATE ROLE {MEMBER_ROLE} NOLOGIN"))
                conn.execute(text("CREATE SCHEMA IF NOT EXISTS office_desk"))
                conn.commit()
                before = _server_revision(conn)
                command.upgrade(_alembic_config(conn), "head")
                conn.commit()
                data_revision = head_revision()
                current = _meta(conn).get("data_revision")
                if current is None or current < data_revision:
                    _set_meta(conn, "data_revision", data_revision)
                minimum = _meta(conn).get("min_client_revision")
                if minimum is None or minimum < MIN_CLIENT_REVISION:
                    _set_meta(conn, "min_client_revision", MIN_CLIENT_REVISION)
                conn.commit()
                return InitResult(
                    before, _server_revision(conn) or "", _meta(conn)["data_revision"]
                )
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(hashtext('office_desk.init'))"))
                conn.commit()
    except OperationalError as exc:
        raise classify(exc, url) from None
    finally:
        engine.dispose()


def _server_revision(conn: Connection) -> str | None:
    found = conn.execute(
        text("SELECT to_regclass('office_desk.alembic_version') IS NOT NULL")
    ).scalar()
    if not found:
        return None
    return conn.execute(text("SELECT version_num FROM office_desk.alembic_version")).scalar()


def _meta(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(text("SELECT key, value FROM office_desk.meta"))}


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text(
            "INSERT INTO office_desk.meta (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
        ),
        {"k": key, "v": value},
    )


def _require_schema(conn: Connection, url: str) -> None:
    if _server_revision(conn) is None:
        raise ServerError(
            translate(
                "Sync",
                "{server} is not an Office Desk team server yet: run office-desk server init",
            ).format(server=shown_address(url))
        )


def check_login_name(name: str) -> str:
    if not _LOGIN_NAME.match(name):
        raise ServerError(
            translate(
                "Sync",
                "{name!r} cannot be a login name: use lower-case letters, digits, '.', '_' "
                "or '-', starting with a letter (at most 63)",
            ).format(name=name[:80])
        )
    return name


def find_office(conn: Connection, office: str) -> tuple[uuid.UUID, str]:
    """The office on the server named ``office`` (its id, name, or city)."""
    rows = conn.execute(
        text(
            "SELECT id, fields->>'name', fields->>'city' FROM office_desk.record "
            "WHERE tbl = 'office' AND NOT deleted"
        )
    ).all()
    wanted = office.strip().casefold()
    for office_id, name, _city in rows:
        if wanted in (str(office_id), (name or "").casefold()):
            return office_id, name or ""
    by_city = [(i, n) for i, n, c in rows if (c or "").casefold() == wanted]
    by_part = [(i, n) for i, n, _c in rows if wanted and wanted in (n or "").casefold()]
    for matches in (by_city, by_part):
        if len(matches) == 1:
            return matches[0][0], matches[0][1] or ""
    known = ", ".join(sorted(n or "" for _i, n, _c in rows)) or translate("Sync", "none yet")
    raise ServerError(
        translate(
            "Sync",
            "No single office on the server matches {office!r} (offices: {known}). A "
            "headquarters account (--hq) can sync the network to the server first.",
        ).format(office=office[:80], known=known)
    )


@contextmanager
def _administering(url: str) -> Iterator[Connection]:
    r"""One administrator's transaction on the team server (schema required); driver
    errors come out as one-line :class:`ServerError`\ s."""
    engine = engine_for(url)
    try:
        with engine.begin() as conn:
            _require_schema(conn, url)
            yield conn
    except OperationalError as exc:
        raise classify(exc, url) from None
    except DBAPIError as exc:
        raise ServerError(str(exc.orig).strip().splitlines()[0]) from None
    finally:
        engine.dispose()


def _run_sql(conn: Connection, statement: Any) -> None:
    """A statement composed with psycopg's ``sql`` (quoted names and literals)."""
    raw: Any = conn.connection.dbapi_connection
    with raw.cursor() as cursor:
        cursor.execute(statement)


def add_user(url: str, name: str, office: str | None = None, hq: bool = False) -> str:
    """Create the login ``name`` for a person of ``office`` (headquarters if ``hq``) and
    return its one-time password (scram-sha-256)."""
    from psycopg import sql

    check_login_name(name)
    if office is None and not hq:
        raise ServerError(translate("Sync", "A person belongs to an office: give --office"))
    password = secrets.token_urlsafe(18)
    with _administering(url) as conn:
        office_id, office_name = find_office(conn, office) if office else (None, "")
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
            raise ServerError(
                translate("Sync", "A login named {name} exists already").format(name=name)
            )
        conn.execute(text("SET LOCAL password_encryption = 'scram-sha-256'"))
        _run_sql(
            conn,
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(name), sql.Literal(password), sql.Identifier(MEMBER_ROLE)
            ),
        )
        conn.execute(
            text(
                "INSERT INTO office_desk.account (login, office_id, office_name, hq) "
                "VALUES (:n, :o, :on, :hq)"
            ),
            {"n": name, "o": office_id, "on": office_name, "hq": hq},
        )
    return password


def remove_user(url: str, name: str) -> None:
    """Drop the login ``name``; what the person wrote stays, marked with their name."""
    from psycopg import sql

    check_login_name(name)
    with _administering(url) as conn:
        found = conn.execute(
            text("DELETE FROM office_desk.account WHERE login = :n RETURNING login"),
            {"n": name},
        ).first()
        if not found:
            raise ServerError(
                translate("Sync", "The server has no person with the login {name}").format(
                    name=name
                )
            )
        _run_sql(conn, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def purge_tombstones(url: str) -> int:
    """Remove deleted records that every known device has pulled past; their count."""
    from .push import PUSH_LOCK

    with _administering(url) as conn:
        conn.execute(text(f"SELECT pg_advisory_xact_lock({PUSH_LOCK})"))
        oldest = conn.execute(text("SELECT min(last_seq) FROM office_desk.device")).scalar()
        if oldest is None:
            return 0
        result = conn.execute(
            text("DELETE FROM office_desk.record WHERE deleted AND server_seq <= :s"),
            {"s": oldest},
        )
        return int(result.rowcount or 0)
