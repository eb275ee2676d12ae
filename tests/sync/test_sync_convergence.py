"""Property: whatever the interleaving of edits, deletes, new records, syncs and
dropped connections on three laptops, one more round of syncs leaves every laptop and
the server holding the same rows, with a clean ``check`` everywhere."""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from office_desk.core import sync
from office_desk.core.models import Contact, Office
from office_desk.core.services import records
from office_desk.core.store.database import open_store
from office_desk.core.sync import pull, push
from office_desk.core.sync.server import init_server

from .conftest import Network
from .test_sync_failures import kill_sessions_of

pytestmark = pytest.mark.slow

_RUN = itertools.count()
FIELDS = ("position", "notes", "city")
VALUES = ("", "Leiter", "Leiterin", "李明", "Dresden", "Jinan")

laptop_index = st.integers(0, 2)
operation = st.one_of(
    st.tuples(
        st.just("edit"),
        laptop_index,
        st.integers(0, 5),
        st.sampled_from(FIELDS),
        st.sampled_from(VALUES),
    ),
    st.tuples(st.just("delete"), laptop_index, st.integers(0, 5)),
    st.tuples(st.just("restore"), laptop_index, st.integers(0, 5)),
    st.tuples(st.just("create"), laptop_index),
    st.tuples(st.just("sync"), laptop_index),
    st.tuples(st.just("drop"), laptop_index, st.sampled_from(("push", "pull"))),
)


def _contacts(store: Any) -> list[Any]:
    from sqlmodel import select

    with store.session() as s:
        found = s.exec(
            select(Contact)
            .order_by(Contact.created_at, Contact.id)
            .execution_options(include_deleted=True)
        ).all()
    return list(found)


def _dropped_sync(network: Network, laptop: Any, where: str) -> None:
    """A sync whose connection the server kills mid-push or mid-pull."""
    target = (push, "push_resolutions") if where == "push" else (pull, "pull_conflicts")
    real = getattr(*target)

    def killed(*args: Any, **kwargs: Any) -> Any:
        kill_sessions_of(network, laptop.user)
        return real(*args, **kwargs)

    setattr(target[0], target[1], killed)
    try:
        laptop.sync()
    except sync.ServerUnreachable:
        pass
    finally:
        setattr(target[0], target[1], real)


@settings(
    max_examples=int(os.environ.get("OFFICE_DESK_SYNC_EXAMPLES", "12")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=25))
def test_random_interleavings_converge(pg_cluster: Any, operations: list[tuple]) -> None:
    run = next(_RUN)
    database = pg_cluster.create_database()
    folder = Path(tempfile.mkdtemp(prefix="office-desk-converge-"))
    admin = pg_cluster.url(database)
    network = Network(admin_url=admin, url=admin.replace("postgres@", ""), folder=folder)
    try:
        init_server(admin)
        base = open_store(folder / "base.sqlite", create=True)
        office = records.add(
            base, Office(name="Dresden-Jinan Office", city="Dresden", country="DE")
        )
        for i in range(3):
            records.add(
                base, Contact(given_name=f"Person {i}", family_name="Beispiel", office_id=office.id)
            )
        base.close()
        users = [f"hq{run}", f"dora{run}", f"hqb{run}"]
        network.user(users[0], hq=True)
        laptops = [network.laptop("a", users[0], source=folder / "base.sqlite")]
        laptops[0].sync()
        network.user(users[1], office="Dresden")
        network.user(users[2], hq=True)
        laptops.append(network.laptop("b", users[1]))
        laptops.append(network.laptop("c", users[2]))
        for laptop in laptops[1:]:
            laptop.sync()
        for op in operations:
            laptop = laptops[op[1]]
            contacts = _contacts(laptop.store)
            if op[0] == "edit" and contacts:
                c = contacts[op[2] % len(contacts)]
                if c.deleted_at is None:
                    records.update(laptop.store, Contact, c.id, **{op[3]: op[4]})
            elif op[0] == "delete" and contacts:
                c = contacts[op[2] % len(contacts)]
                if c.deleted_at is None:
                    records.delete(laptop.store, Contact, [c.id])
            elif op[0] == "restore" and contacts:
                c = contacts[op[2] % len(contacts)]
                if c.deleted_at is not None:
                    records.restore(laptop.store, Contact, [c.id])
            elif op[0] == "create":
                records.add(
                    laptop.store,
                    Contact(given_name="Neu", family_name=f"Person {op[1]}", office_id=office.id),
                )
            elif op[0] == "sync":
                laptop.sync()
            elif op[0] == "drop":
                _dropped_sync(network, laptop, op[2])
        network.sync_all(rounds=3)
        network.assert_converged()
    finally:
        for laptop in network.laptops:
            laptop.store.close()
        pg_cluster.drop_database(database)
        pg_cluster.drop_login_roles(set())
