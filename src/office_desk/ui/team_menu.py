"""The Team menu's commands, registered where they are defined (like those of
:mod:`main_actions`, which lays out where they appear). The main window imports this
module before it makes its actions; the commands work through its
:class:`~office_desk.ui.sync_status.TeamSync` (``window.team_sync``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .main_actions import State, add_action


def _team(window: Any) -> Any:
    return window.team_sync


def _writable(state: State) -> bool:
    return state.writable


@add_action(
    "connect_server_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Connect to Team Server…"),
    icon_name="mdi6.cloud-outline",
    tip=QT_TRANSLATE_NOOP(
        "MainWindow", "Share this file with your team's server: address, user and password"
    ),
    enabled=_writable,
)
def _connect(window: Any) -> None:
    _team(window).connect_to_server()


@add_action(
    "sync_now_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Sync Now"),
    ["F5"],
    "mdi6.sync",
    QT_TRANSLATE_NOOP(
        "MainWindow", "Send your changes to the team server and fetch your colleagues'"
    ),
    enabled=_writable,
)
def _sync_now(window: Any) -> None:
    _team(window).sync_now()


@add_action(
    "conflicts_action",
    QT_TRANSLATE_NOOP("MainWindow", "Con&flicts…"),
    icon_name="mdi6.call-split",
    tip=QT_TRANSLATE_NOOP(
        "MainWindow", "Edits a sync could not keep beside others: compare and choose"
    ),
    enabled=lambda state: state.has_store,
)
def _conflicts(window: Any) -> None:
    _team(window).show_conflicts()
