"""Team server addresses: TLS unless the server is this machine, no password kept in
the file, and login names checked before they reach SQL."""

from __future__ import annotations

import pytest

from office_desk.core.sync.errors import ServerError
from office_desk.core.sync.server import (
    check_login_name,
    plain_address,
    server_url,
    shown_address,
)


def test_a_remote_server_needs_tls_unless_the_address_says_otherwise() -> None:
    remote = server_url("postgresql://team.example.org/officedesk", "dora", "s3cret")
    assert remote.query["sslmode"] == "require"
    assert remote.drivername == "postgresql+psycopg"
    assert (remote.username, remote.password) == ("dora", "s3cret")
    checked = server_url(
        "postgresql://team.example.org/officedesk?sslmode=verify-full&sslrootcert=/ca.pem"
    )
    assert checked.query["sslmode"] == "verify-full"
    assert "sslmode" not in server_url("postgresql://127.0.0.1:5432/officedesk").query


def test_the_file_keeps_no_user_or_password() -> None:
    assert plain_address("postgresql://dora:s3cret@team.example.org:5432/od?sslmode=require") == (
        "postgresql://team.example.org:5432/od?sslmode=require"
    )
    assert shown_address("postgresql://dora:s3cret@team.example.org/od") == "team.example.org/od"


@pytest.mark.parametrize("url", ["mysql://x/y", "not an address", "sqlite:///x.db"])
def test_only_postgresql_addresses(url: str) -> None:
    with pytest.raises(ServerError):
        server_url(url)


@pytest.mark.parametrize(
    "name", ["Dora", "dora; DROP ROLE x", "", "1dora", "d" * 64, 'dora"', "李明"]
)
def test_login_names_are_checked(name: str) -> None:
    with pytest.raises(ServerError):
        check_login_name(name)


def test_good_login_names() -> None:
    for name in ("dora", "anna.schmidt", "li_ming", "hq-1"):
        assert check_login_name(name) == name
