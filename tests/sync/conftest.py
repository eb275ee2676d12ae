"""A team network for the sync tests: a real PostgreSQL server (tests/pg_cluster.py),
its accounts, and laptops (real SQLite files) that sync with it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlmodel import select as model_select

from office_desk.core import sync
from office_desk.core.checks import run_checks
from office_desk.core.models import Office
from office_desk.core.network_package import codec
from office_desk.core.store.database import Store, open_store
from office_desk.core.sync import local
from office_desk.core.sync.server import add_user, engine_for, init_server
from tests.memory_keyring import memory_keyring  # noqa: F401
from tests.pg_cluster import Cluster, pg_cluster, pg_database  # noqa: F401

pytestmark = pytest.mark.slow


@dataclass
class Laptop:
    name: str
    store: Store
    user: str
    password: str
    network: Network

    def sync(self, **kwargs: Any) -> sync.SyncResult:
        return sync.sync(
            self.store,
            self.network.url,
            self.user,
            self.password,
            backup_folder=self.network.folder / "backups",
            **kwargs,
        )

    def conn(self) -> Any:
        return self.store.engine.connect()


@dataclass
class Network:
    """One server and the laptops syncing with it."""

    admin_url: str
    url: str
    folder: Path
    laptops: list[Laptop] = field(default_factory=list)
    passwords: dict[str, str] = field(default_factory=dict)

    def user(self, name: str, office: str | None = None, hq: bool = False) -> str:
        self.passwords[name] = add_user(self.admin_url, name, office=office, hq=hq)
        return self.passwords[name]

    def laptop(self, name: str, user: str, source: Path | None = None) -> Laptop:
        path = self.folder / f"{name}.sqlite"
        if source is not None:
            path.write_bytes(source.read_bytes())
        store = open_store(path, create=not path.exists())
        laptop = Laptop(name, store, user, self.passwords[user], self)
        self.laptops.append(laptop)
        return laptop

    def server_rows(self) -> dict[str, dict[str, dict[str, Any]]]:
        engine = engine_for(self.admin_url)
        try:
            with engine.connect() as conn:
                rows = conn.execute(text("SELECT tbl, id, fields FROM office_desk.record"))
                found: dict[str, dict[str, dict[str, Any]]] = {}
                for tbl, record_id, fields in rows:
                    found.setdefault(tbl, {})[str(record_id)] = dict(fields)
                return found
        finally:
            engine.dispose()

    def sync_all(self, rounds: int = 2) -> None:
        for _ in range(rounds):
            for laptop in self.laptops:
                laptop.sync()

    def assert_converged(self) -> None:
        """Every laptop and the server hold the same rows, field by field; every
        laptop's ``check`` is clean; every laptop lists the same open conflicts."""
        server = self.server_rows()
        conflicts = None
        for laptop in self.laptops:
            mine = laptop_rows(laptop.store)
            for table in codec.TABLE_ORDER:
                here = mine.get(table, {})
                there = server.get(table, {})
                assert set(here) == set(there), (laptop.name, table, set(here) ^ set(there))
                for record_id, values in here.items():
                    theirs = {k: v for k, v in there[record_id].items() if k in values}
                    assert values == theirs, (laptop.name, table, record_id, diff(values, theirs))
            problems = run_checks(laptop.store)
            assert not problems, (laptop.name, [str(p) for p in problems])
            with laptop.conn() as conn:
                assert local.pending_count(conn) == 0, laptop.name
                # Every record's version is known (an edit of it after this sync is no
                # conflict with what it already holds).
                known = conn.execute(text("SELECT count(*) FROM sync_record")).scalar()
                assert known == sum(len(rows) for rows in mine.values()), laptop.name
                open_ids = sorted(
                    r[0]
                    for r in conn.execute(
                        text("SELECT id FROM sync_conflict WHERE reason <> 'refused'")
                    )
                )
            if conflicts is None:
                conflicts = open_ids
            assert open_ids == conflicts, laptop.name


def diff(a: dict[str, Any], b: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}


def laptop_rows(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of every synced table, in the server's JSON form (updated_at too)."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    with store.engine.connect() as conn:
        for table in codec.TABLE_ORDER:
            t = local.table(table)
            for row in conn.execute(select(t)).mappings():
                values = codec.encode_row(table, dict(row))
                record_id = values.pop("id")
                found.setdefault(table, {})[record_id] = json.loads(json.dumps(values))
    return found


@pytest.fixture
def network(pg_database: str, tmp_path: Path) -> Iterator[Network]:  # noqa: F811
    init_server(pg_database)
    url = pg_database.replace("postgres@", "")
    net = Network(admin_url=pg_database, url=url, folder=tmp_path)
    yield net
    for laptop in net.laptops:
        laptop.store.close()


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from office_desk.core.sample_store import create_sample

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    create_sample(path)
    return path


def office_id(store: Store, fragment: str) -> Any:
    with store.session() as session:
        for office in session.exec(model_select(Office)).all():
            if fragment in office.name or fragment == office.city:
                return office.id
    raise LookupError(fragment)


@pytest.fixture
def hq_network(network: Network, sample_file: Path) -> Network:
    """The sample network on the server, pushed by headquarters' laptop, and two
    office laptops (Dresden, Munich) that joined with new files."""
    network.user("hq", hq=True)
    hq = network.laptop("hq", "hq", source=sample_file)
    hq.sync()
    network.user("dora", office="Dresden")
    network.user("max", office="Munich")
    network.laptop("dresden", "dora").sync()
    network.laptop("munich", "max").sync()
    return network
