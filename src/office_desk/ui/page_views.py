"""What each page of the main window holds, made when the page is first shown (so
start-up only builds the first): a record list for each kind (with the stage board
beside the projects, and the office dashboard, with its small map, beside the
offices), the network map, and the reports.

The main window wires the lists to its commands (new, edit, delete); a page's own
parts are wired here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from . import settings
from .app_context import AppContext
from .pages import KINDS
from .record_list_view import RecordListView


def make_view(
    context: AppContext,
    page: str,
    parent: QWidget,
    extensions: dict[str, Any],
    selected_office: Callable[[], uuid.UUID | None],
) -> QWidget:
    """The view of ``page``. ``extensions`` keeps what a page makes later (the office
    dashboard's map, as ``"office_map"``); ``selected_office`` is the office selected
    in the Offices list, which the reports open on."""
    if page in KINDS:
        view = RecordListView(context, page, parent)
        if page == "project":
            _add_board(context, view)
        elif page == "office":
            _add_dashboard(context, view, extensions)
        return view
    if page == "map":
        from .network_map_page import NetworkMapPage

        return NetworkMapPage(context, parent)
    from .reports_view import ReportsView

    return ReportsView(context, parent, selected_office=selected_office)


def _add_board(context: AppContext, view: RecordListView) -> None:
    """The stage board beside the Projects list, in the reporting currency chosen last."""
    from .project_board import ProjectBoard

    board = ProjectBoard(context, view)
    board.set_reporting_currency(settings.get(settings.REPORTING_CURRENCY))
    board.currency_combo.currentIndexChanged.connect(
        lambda _i: settings.put(settings.REPORTING_CURRENCY, board.reporting_currency())
    )
    view.add_board(board)


def _add_dashboard(context: AppContext, view: RecordListView, extensions: dict[str, Any]) -> None:
    """The office dashboard as the Offices list's details, following the selection."""
    from .office_dashboard import OfficeDashboard

    dashboard = OfficeDashboard(context, view)
    dashboard.set_reporting_currency(settings.get(settings.REPORTING_CURRENCY))
    view.set_details_widget(dashboard)
    view.selection_changed.connect(lambda: _show_office(context, view, dashboard, extensions))
    dashboard.show_office(view.current_id())


def _show_office(
    context: AppContext, view: RecordListView, dashboard: Any, extensions: dict[str, Any]
) -> None:
    """The dashboard follows the selection; its small map is made on first use
    (QtWebEngine loads then, not at start-up) and moved to each office after."""
    office_id = view.current_id()
    dashboard.show_office(office_id)
    if office_id is None:
        return
    office_map = extensions.get("office_map")
    if office_map is None:
        from .map_view import MapView

        office_map = MapView(context, dashboard, office_id=office_id)
        office_map.record_activated.connect(context.open_record)
        office_map.setMinimumHeight(260)
        dashboard.embed_map(office_map)
        extensions["office_map"] = office_map
    elif office_map.office_id != office_id:
        office_map.office_id = office_id
        office_map.set_filters()
