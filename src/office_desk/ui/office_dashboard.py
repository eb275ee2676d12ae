"""The Office dashboard: one office at a glance when it is selected.

Who the office is (names, place, status, how to reach it, its counterpart), its key
figures (contacts, organizations, projects, investment signed in the reporting
currency), its projects by stage, its recent and upcoming events, and its people and
organizations. Every record named is a link that asks the main window to open it
(``context.open_record``). The pieces it is made of are in
:mod:`office_desk.ui.dashboard_panels`; what its sections say, as escaped rich text, in
:mod:`office_desk.ui.dashboard_sections`.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ..core.listing import money_text
from ..core.locale_format import format_date
from ..core.services.office_overview import OfficeOverview, overview
from ..core.services.project_totals import DEFAULT_CURRENCY
from ..core.services.records import RecordNotFound
from .app_context import AppContext, Changes
from .dashboard_panels import Figure, Panel, StageBar, rich_label
from .dashboard_sections import (
    RECORD_LINK,
    about_html,
    contacts_html,
    events_html,
    facts_html,
    organizations_html,
    projects_html,
    stage_legend_html,
    status_html,
)
from .external import open_url
from .icons import icon
from .kinds import kind_icon
from .plain_text import shown
from .stage_colours import muted

_KINDS = ("office", "contact", "organization", "project", "event", "exchange_rate")
_NARROW = 860


class OfficeDashboard(QWidget):
    """One office's dashboard; ``show_office(None)`` shows what to do instead."""

    #: The office shown changed (an id, or None): e.g. to centre the map on it.
    office_shown = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._office_id: uuid.UUID | None = None
        self._currency = DEFAULT_CURRENCY
        self._today: date | None = None
        self._stale = False
        self.current: OfficeOverview | None = None

        self._stack = QStackedLayout(self)
        self._build_empty()
        self._build_content()
        self._stack.addWidget(self.empty_page)
        self._stack.addWidget(self.scroll_area)
        self._apply_palette()
        context.changed.connect(self._on_changed)
        self.show_office(None)

    # ---------------------------------------------------------------- public API

    @property
    def office_id(self) -> uuid.UUID | None:
        return self._office_id

    def show_office(self, office_id: uuid.UUID | None) -> None:
        """Show ``office_id``'s dashboard, or the empty state for None."""
        changed = office_id != self._office_id
        self._office_id = office_id
        self._render()
        if changed:
            self.scroll_area.verticalScrollBar().setValue(0)
            self.office_shown.emit(office_id)

    def set_reporting_currency(self, code: str) -> None:
        self._currency = code
        self._render()

    def reporting_currency(self) -> str:
        return self._currency

    def set_today(self, day: date | None) -> None:
        """Which day splits recent from upcoming events (None: the real today)."""
        self._today = day
        self._render()

    def embed_map(self, widget: QWidget) -> None:
        """Put the map view into the dashboard (replacing any earlier one)."""
        layout = self._map_layout
        while layout.count():
            item = layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None and old is not widget:
                old.setParent(None)
        layout.addWidget(widget)
        self.map_panel.setVisible(self.current is not None)

    # ---------------------------------------------------------------- building

    def _build_empty(self) -> None:
        self.empty_page = QWidget()
        layout = QVBoxLayout(self.empty_page)
        layout.addStretch(2)
        glyph = QLabel()
        glyph.setPixmap(
            icon("mdi6.office-building-marker-outline", QPalette.ColorRole.PlaceholderText).pixmap(
                56, 56
            )
        )
        glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title = QLabel(self.tr("No office selected"))
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.empty_title.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setFixedWidth(440)
        for widget in (glyph, self.empty_title):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_hint)
        row.addStretch(1)
        layout.addSpacing(4)
        layout.addLayout(row)
        layout.addStretch(3)

    def _build_content(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 14, 16, 16)
        outer.setSpacing(12)

        # Who the office is.
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.name_label.setFont(font)
        self.native_label = QLabel()
        self.native_label.setTextFormat(Qt.TextFormat.PlainText)
        self.native_label.setWordWrap(True)
        native_font = self.native_label.font()
        native_font.setPointSizeF(native_font.pointSizeF() * 1.15)
        self.native_label.setFont(native_font)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.facts_label = rich_label()
        self.header_icon = QLabel()
        self.header_icon.setPixmap(kind_icon("office").pixmap(40, 40))
        self.header_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        titles.addLayout(name_row)
        titles.addWidget(self.native_label)
        titles.addWidget(self.facts_label)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.header_icon)
        header.addLayout(titles, 1)
        outer.addLayout(header)

        # Key figures.
        figures = QGridLayout()
        figures.setSpacing(10)
        self.contacts_figure = Figure(self.tr("Contacts"), "mdi6.account-multiple-outline")
        self.organizations_figure = Figure(self.tr("Organizations"), "mdi6.domain")
        self.projects_figure = Figure(self.tr("Projects"), "mdi6.briefcase-outline")
        self.investment_figure = Figure(self.tr("Investment signed"), "mdi6.cash-multiple")
        for column, figure in enumerate(
            (self.contacts_figure, self.organizations_figure, self.projects_figure)
        ):
            figures.addWidget(figure, 0, column)
            figures.setColumnStretch(column, 2)
        figures.addWidget(self.investment_figure, 0, 3)
        figures.setColumnStretch(3, 3)
        outer.addLayout(figures)

        # Two columns of panels (one above the other when the pane is narrow).
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(12)
        right.setSpacing(12)

        self.stages_panel = Panel(self.tr("Projects by stage"), "mdi6.view-column-outline")
        self.stage_bar = StageBar()
        self.stage_legend = rich_label()
        self.projects_label = rich_label()
        for widget in (self.stage_bar, self.stage_legend, self.projects_label):
            self.stages_panel.body.addWidget(widget)
        self.upcoming_panel = Panel(self.tr("Upcoming events"), "mdi6.calendar-clock")
        self.upcoming_label = rich_label()
        self.upcoming_panel.body.addWidget(self.upcoming_label)
        self.recent_panel = Panel(self.tr("Recent events"), "mdi6.calendar-check")
        self.recent_label = rich_label()
        self.recent_panel.body.addWidget(self.recent_label)
        for panel in (self.stages_panel, self.upcoming_panel, self.recent_panel):
            left.addWidget(panel)
        left.addStretch(1)

        self.about_panel = Panel(self.tr("Reaching the office"), "mdi6.card-account-phone-outline")
        self.about_label = rich_label()
        self.about_panel.body.addWidget(self.about_label)
        self.map_panel = Panel()
        self.map_panel.body.setContentsMargins(4, 4, 4, 4)
        self.map_area = QWidget()
        self.map_area.setMinimumHeight(220)
        self._map_layout = QVBoxLayout(self.map_area)
        self._map_layout.setContentsMargins(0, 0, 0, 0)
        self.map_panel.body.addWidget(self.map_area)
        self.map_panel.hide()
        self.contacts_panel = Panel(self.tr("Contacts"), "mdi6.account-multiple-outline")
        self.contacts_label = rich_label()
        self.contacts_panel.body.addWidget(self.contacts_label)
        self.organizations_panel = Panel(self.tr("Organizations looked after"), "mdi6.domain")
        self.organizations_label = rich_label()
        self.organizations_panel.body.addWidget(self.organizations_label)
        for panel in (
            self.about_panel,
            self.map_panel,
            self.contacts_panel,
            self.organizations_panel,
        ):
            right.addWidget(panel)
        right.addStretch(1)

        self._columns.addLayout(left, 3)
        self._columns.addLayout(right, 2)
        outer.addLayout(self._columns)
        outer.addStretch(1)

        for label in self._rich_labels():
            label.linkActivated.connect(self._open_link)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(page)

    def _rich_labels(self) -> list[QLabel]:
        return [
            self.facts_label,
            self.stage_legend,
            self.projects_label,
            self.upcoming_label,
            self.recent_label,
            self.about_label,
            self.contacts_label,
            self.organizations_label,
        ]

    # ---------------------------------------------------------------- showing

    def _render(self) -> None:
        self._stale = False
        if self._office_id is None:
            self._show_empty(
                self.tr("No office selected"),
                self.tr(
                    "Select an office in the list to see its contacts, "
                    "organizations, projects by stage, investment signed and "
                    "its events."
                ),
            )
            return
        try:
            data = overview(
                self.context.store, self._office_id, self._currency, self._today or date.today()
            )
        except RecordNotFound:
            self._show_empty(
                self.tr("This office is no longer there"),
                self.tr(
                    "It was deleted (Edit ▸ Undo brings it back). "
                    "Select another office in the list."
                ),
            )
            return
        self.current = data
        self._stack.setCurrentWidget(self.scroll_area)
        self.map_panel.setVisible(self._map_layout.count() > 0)
        self._show_header(data)
        self._show_figures(data)
        self._show_projects(data)
        today = self._today or date.today()
        self.upcoming_label.setText(
            events_html(
                data.upcoming_events,
                today,
                self.tr("Nothing planned: add an event for this office."),
                self._muted(),
            )
        )
        self.recent_label.setText(
            events_html(
                data.recent_events, today, self.tr("No events recorded yet."), self._muted()
            )
        )
        self.about_label.setText(about_html(data.office, self._muted()))
        self._show_people(data)

    def _show_empty(self, title: str, hint: str) -> None:
        self.current = None
        self.empty_title.setText(title)
        self.empty_hint.setText(hint)
        self.map_panel.hide()
        self._stack.setCurrentWidget(self.empty_page)

    def _muted(self) -> str:
        return muted(self.palette()).name(QColor.NameFormat.HexRgb)

    def _show_header(self, data: OfficeOverview) -> None:
        office = data.office
        self.name_label.setText(shown(office.name))
        self.native_label.setText(shown(office.name_native))
        self.native_label.setVisible(bool(office.name_native.strip()))
        self.status_label.setText(status_html(office.status))
        self.facts_label.setText(facts_html(data, self._muted()))

    def _show_figures(self, data: OfficeOverview) -> None:
        latest = data.contacts[0].last_contacted_on if data.contacts else None
        self.contacts_figure.show_value(
            str(data.contact_count),
            self.tr("last contact {date}").format(date=format_date(latest)) if latest else "",
        )
        self.organizations_figure.show_value(
            str(data.organization_count),
            " · ".join(f"{label} {n}" for label, n in data.organization_kinds),
        )
        counts = {c.stage: c.count for c in data.projects_by_stage}
        active = sum(counts.get(s, 0) for s in ("lead", "in_talks", "signed", "in_progress"))
        self.projects_figure.show_value(
            str(data.project_count),
            self.tr("{open} open · {completed} completed").format(
                open=active, completed=counts.get("completed", 0)
            )
            if data.project_count
            else "",
        )
        amounts = data.investment.amounts
        count = data.investment.project_count
        detail = (
            self.tr("{count} signed project") if count == 1 else self.tr("{count} signed projects")
        ).format(count=count)
        if len(amounts.by_currency) > 1:
            detail = self.tr("{projects}, recorded as {amounts}").format(
                projects=detail,
                amounts=" + ".join(
                    money_text(v, c) for c, v in sorted(amounts.by_currency.items())
                ),
            )
        warning = ""
        if amounts.unconverted:
            warning = self.tr("{amounts} not included: no exchange rate to {currency}").format(
                amounts=", ".join(money_text(v, c) for c, v in sorted(amounts.unconverted.items())),
                currency=amounts.currency,
            )
        self.investment_figure.show_value(
            money_text(amounts.total, amounts.currency), detail, warning
        )

    def _show_projects(self, data: OfficeOverview) -> None:
        self.stage_bar.set_counts(data.projects_by_stage)
        self.stage_bar.setVisible(data.project_count > 0)
        self.stage_legend.setText(stage_legend_html(data, self._muted()))
        self.projects_label.setText(projects_html(data, self._muted()))
        self.projects_label.setVisible(bool(data.projects))

    def _show_people(self, data: OfficeOverview) -> None:
        self.contacts_panel.heading.setText(
            self.tr("Contacts ({count})").format(count=data.contact_count)
        )
        self.contacts_label.setText(contacts_html(data, self._muted()))
        self.organizations_panel.heading.setText(
            self.tr("Organizations looked after ({count})").format(count=data.organization_count)
        )
        self.organizations_label.setText(organizations_html(data, self._muted()))

    # ---------------------------------------------------------------- reacting

    def _open_link(self, link: str) -> None:
        if link.startswith(RECORD_LINK):
            kind, _, raw_id = link[len(RECORD_LINK) :].partition(":")
            try:
                record_id = uuid.UUID(raw_id)
            except ValueError:
                return
            self.context.open_record.emit(kind, record_id)
        elif link.startswith(("mailto:", "http://", "https://")):
            open_url(QUrl(link))

    def _on_changed(self, changes: Changes) -> None:
        if self._office_id is not None and any(changes.touches(k) for k in _KINDS):
            if self.isVisible():
                self._render()
            else:
                self._stale = True  # rendered when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.TopToBottom
            if self.width() < _NARROW
            else QBoxLayout.Direction.LeftToRight
        )
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            if self._office_id is not None:
                self._render()

    def _apply_palette(self) -> None:
        """Muted texts recoloured for the current (light or dark) palette."""
        hint = QPalette(self.palette())
        hint.setColor(QPalette.ColorRole.WindowText, muted(self.palette()))
        self.empty_hint.setPalette(hint)
        for figure in (
            self.contacts_figure,
            self.organizations_figure,
            self.projects_figure,
            self.investment_figure,
        ):
            figure.apply_palette(self.palette())
