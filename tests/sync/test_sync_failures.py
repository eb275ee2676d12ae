"""Syncs that go wrong: a connection killed mid-push or mid-pull, a retry after the
server committed, a server out of reach, clients older or newer than the server, a
server restored from an older backup. Nothing queued is lost, and the laptops still
converge once the connection is back."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from office_desk.core import sync
from office_desk.core.models import Contact
from office_desk.core.services import records
from office_desk.core.sync import local, pull, push
from office_desk.core.sync.server import engine_for

from .conftest import Network, office_id

pytestmark = pytest.mark.slow


def kill_sessions_of(network: Network, user: str) -> int:
    """pg_terminate_backend on every server session of ``user`` (as the administrator)."""
    engine = engine_for(network.admin_url)
    try:
        with engine.connect() as conn:
            killed = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE usename = :u AND pid <> pg_backend_pid()"
                ),
                {"u": user},
            ).scalar()
            conn.commit()
            return int(killed or 0)
    finally:
        engine.dispose()


def _pending(laptop: Any) -> int:
    with laptop.conn() as conn:
        return local.pending_count(conn)


def _edit_dresden_contacts(network: Network, laptop: Any, count: int, text_: str) -> list[Any]:
    office = office_id(laptop.store, "Dresden")
    with laptop.store.write() as s:
        from sqlmodel import select

        people = s.exec(select(Contact).where(Contact.office_id == office)).all()[:count]
        for person in people:
            person.notes = text_
        return [p.id for p in people]


def test_connection_killed_mid_push(hq_network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    _hq, dresden, _munich = hq_network.laptops
    ids = _edit_dresden_contacts(hq_network, dresden, 3, "pushed through a bad line")
    waiting = _pending(dresden)
    real = push.push_resolutions

    def killed_after_the_writes(server: Any, resolved: list[str]) -> None:
        assert kill_sessions_of(hq_network, "dora") == 1
        real(server, resolved)

    monkeypatch.setattr(push, "push_resolutions", killed_after_the_writes)
    with pytest.raises(sync.ServerUnreachable):
        dresden.sync()
    monkeypatch.undo()
    assert _pending(dresden) == waiting  # the queue is untouched
    rows = hq_network.server_rows()["contact"]
    assert all(rows[str(i)].get("notes") != "pushed through a bad line" for i in ids)
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        assert records.get(laptop.store, Contact, ids[0]).notes == "pushed through a bad line"
    hq_network.assert_converged()


def test_retry_after_the_server_committed_is_harmless(
    hq_network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server committed the push, then the laptop never heard (power lost): the
    queue is still full, and the retry's change ids are known to the server."""
    hq, dresden, _munich = hq_network.laptops
    ids = _edit_dresden_contacts(hq_network, dresden, 2, "sent twice")

    def lost(*_args: Any) -> None:
        raise sync.ServerUnreachable("the laptop lost the connection")

    monkeypatch.setattr(local, "forget_pushed", lost)
    with pytest.raises(sync.ServerUnreachable):
        dresden.sync()
    monkeypatch.undo()
    assert _pending(dresden) > 0
    records.update(hq.store, Contact, ids[0], notes="a later word from headquarters")
    hq.sync()
    result = dresden.sync()
    assert result.pushed == 0 and result.conflicts == []  # nothing applied twice
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        assert records.get(laptop.store, Contact, ids[0]).notes == "a later word from headquarters"
    hq_network.assert_converged()


def test_connection_killed_mid_pull(hq_network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    hq, dresden, _munich = hq_network.laptops
    _edit_dresden_contacts(hq_network, hq, 20, "pulled through a bad line")
    hq.sync()
    with dresden.conn() as conn:
        cursor_before = local.read_state(conn)["cursor"]
    monkeypatch.setattr(pull, "PAGE", 5)
    real = pull.apply_rows
    calls = []

    def killed_after_a_page(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        calls.append(1)
        if len(calls) == 2:
            kill_sessions_of(hq_network, "dora")

    monkeypatch.setattr(pull, "apply_rows", killed_after_a_page)
    with pytest.raises(sync.ServerUnreachable):
        dresden.sync()
    monkeypatch.undo()
    with dresden.conn() as conn:  # the laptop's pull was one transaction: rolled back
        assert local.read_state(conn)["cursor"] == cursor_before
        notes = conn.execute(
            text("SELECT count(*) FROM contact WHERE notes = :n"),
            {"n": "pulled through a bad line"},
        ).scalar()
    assert notes == 0
    hq_network.sync_all()
    hq_network.assert_converged()


def test_server_out_of_reach_keeps_the_queue(hq_network: Network) -> None:
    _hq, dresden, _munich = hq_network.laptops
    _edit_dresden_contacts(hq_network, dresden, 1, "written offline")
    waiting = _pending(dresden)
    with dresden.store.engine.begin() as conn:  # the file's server moved out of reach
        local.set_state(conn, server="postgresql://127.0.0.1:1/nowhere")
    with pytest.raises(sync.ServerUnreachable, match="Cannot reach the team server"):
        sync.sync(dresden.store, password="whatever")
    assert _pending(dresden) == waiting
    with dresden.store.engine.begin() as conn:
        local.set_state(conn, server=hq_network.url)
    with pytest.raises(sync.LoginRefused):
        sync.sync(dresden.store, password="wrong")
    assert _pending(dresden) == waiting


def test_outdated_client_stops_and_newer_client_keeps_working(hq_network: Network) -> None:
    _hq, dresden, _munich = hq_network.laptops
    engine = engine_for(hq_network.admin_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE office_desk.meta SET value = '9999' WHERE key = :k"),
            {"k": "min_client_revision"},
        )
    with pytest.raises(sync.ClientTooOld, match="update Office Desk"):
        dresden.sync()
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE office_desk.meta SET value = '0005' WHERE key = :k"),
            {"k": "min_client_revision"},
        )
        conn.execute(text("UPDATE office_desk.meta SET value = '0004' WHERE key = 'data_revision'"))
    with pytest.raises(sync.ServerTooOld, match="keeps working offline"):
        dresden.sync()
    engine.dispose()


def test_server_restored_from_an_older_backup(hq_network: Network) -> None:
    hq, dresden, _munich = hq_network.laptops
    ids = _edit_dresden_contacts(hq_network, dresden, 1, "after the server's backup")
    dresden.sync()
    engine = engine_for(hq_network.admin_url)
    with engine.begin() as conn:  # what a restore of last night's dump looks like
        conn.execute(text("DELETE FROM office_desk.record WHERE id = :i"), {"i": ids[0]})
        conn.execute(text("SELECT setval('office_desk.change_seq', 5)"))
    engine.dispose()
    result = dresden.sync()
    assert result.first  # merged again, as on the first sync
    hq_network.sync_all()
    for laptop in hq_network.laptops:
        assert records.get(laptop.store, Contact, ids[0]).notes == "after the server's backup"
    hq_network.assert_converged()
