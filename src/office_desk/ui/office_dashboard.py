"""The Office dashboard: one office at a glance when it is selected.

Who the office is (names, place, status, how to reach it, its counterpart), its key
figures (contacts, organizations, projects, investment signed in the reporting
currency), its projects by stage, its recent and upcoming events, and its people and
organizations. Every record named is a link that asks the main window to open it
(``context.open_record``). All user text is escaped before it becomes rich text, with
bidi controls shown as markers (:mod:`office_desk.ui.plain_text`); link targets keep the
stored text.
"""

from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ..core.countries import country_name
from ..core.listing import money_text
from ..core.locale_format import format_date, format_date_range
from ..core.services.office_overview import EventLine, OfficeOverview, StageCount, overview
from ..core.services.project_totals import DEFAULT_CURRENCY
from ..core.services.records import RecordNotFound
from ..core.vocabulary import OfficeStatus
from .app_context import AppContext, Changes
from .external import open_url
from .icons import icon, kind_icon
from .plain_text import escape, shown
from .project_board import STAGE_COLOURS, WARNING_COLOUR, muted, stage_colour, surfaces

RECORD_LINK = "record:"
_KINDS = ("office", "contact", "organization", "project", "event", "exchange_rate")
_STATUS_COLOURS = {"active": "#3FA34D", "planned": "#3D8BD9", "closed": "#9A8478"}
_NARROW = 860

#: How far away a day is: unit -> (in 1, in n, 1 ago, n ago).
_RELATIVE = {
    "day": (QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} day"),
            QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} days"),
            QT_TRANSLATE_NOOP("OfficeDashboard", "{n} day ago"),
            QT_TRANSLATE_NOOP("OfficeDashboard", "{n} days ago")),
    "week": (QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} week"),
             QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} weeks"),
             QT_TRANSLATE_NOOP("OfficeDashboard", "{n} week ago"),
             QT_TRANSLATE_NOOP("OfficeDashboard", "{n} weeks ago")),
    "month": (QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} month"),
              QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} months"),
              QT_TRANSLATE_NOOP("OfficeDashboard", "{n} month ago"),
              QT_TRANSLATE_NOOP("OfficeDashboard", "{n} months ago")),
    "year": (QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} year"),
             QT_TRANSLATE_NOOP("OfficeDashboard", "in {n} years"),
             QT_TRANSLATE_NOOP("OfficeDashboard", "{n} year ago"),
             QT_TRANSLATE_NOOP("OfficeDashboard", "{n} years ago")),
}

#: "and N more …" under a shortened list: noun -> (one more, several more).
_MORE = {
    "project": (
        QT_TRANSLATE_NOOP("OfficeDashboard", "and {count} more project: see the project list "
                          "filtered by this office."),
        QT_TRANSLATE_NOOP("OfficeDashboard", "and {count} more projects: see the project list "
                          "filtered by this office.")),
    "event": (
        QT_TRANSLATE_NOOP("OfficeDashboard", "and {count} more event: see the event list "
                          "filtered by this office."),
        QT_TRANSLATE_NOOP("OfficeDashboard", "and {count} more events: see the event list "
                          "filtered by this office.")),
    "contact": (
        QT_TRANSLATE_NOOP("OfficeDashboard", "and {count} more contact: see the contact list "
                          "filtered by this office."),
        QT_TRANSLATE_NOOP("OfficeDashboard", "and {count} more contacts: see the contact list "
                          "filtered by this office.")),
    "organization": (
        QT_TRANSLATE_NOOP("OfficeDashboard", "and {count} more organization: see the "
                          "organization list filtered by this office."),
        QT_TRANSLATE_NOOP("OfficeDashboard", "and {count} more organizations: see the "
                          "organization list filtered by this office.")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficeDashboard", text)


def _e(text: object) -> str:
    return escape(text)


def _href(url: str) -> str:
    """A link target: the stored text, escaped for the attribute (no markers)."""
    return html.escape(url, quote=True)


def _link(kind: str, record_id: uuid.UUID, text: str) -> str:
    return (f'<a href="{RECORD_LINK}{kind}:{record_id}" style="text-decoration:none">'
            f"{_e(text)}</a>")


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def _when(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("OfficeDashboard", "today")
    if days == 1:
        return QCoreApplication.translate("OfficeDashboard", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("OfficeDashboard", "yesterday")
    span, unit = abs(days), "day"
    for size, name in ((365, "year"), (30, "month"), (7, "week")):
        if span >= size:
            span, unit = span // size, name
            break
    in_one, in_many, one_ago, many_ago = _RELATIVE[unit]
    if days > 0:
        return _tr(in_one if span == 1 else in_many).format(n=span)
    return _tr(one_ago if span == 1 else many_ago).format(n=span)


def _web_url(website: str) -> str:
    site = website.strip()
    return site if site.lower().startswith(("http://", "https://")) else f"https://{site}"


# --------------------------------------------------------------------------- pieces


class Panel(QFrame):
    """A rounded card in the palette's colours, with an optional heading."""

    def __init__(self, title: str = "", icon_name: str = "", parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)
        if title:
            heading = QHBoxLayout()
            heading.setSpacing(6)
            if icon_name:
                glyph = QLabel()
                glyph.setPixmap(icon(icon_name).pixmap(16, 16))
                heading.addWidget(glyph)
            self.heading = QLabel(title)
            font = self.heading.font()
            font.setWeight(QFont.Weight.DemiBold)
            self.heading.setFont(font)
            heading.addWidget(self.heading)
            heading.addStretch(1)
            self.body.addLayout(heading)

    def paintEvent(self, event: QPaintEvent) -> None:
        _column, card, border = surfaces(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(card)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)


def rich_label(parent: QWidget | None = None) -> QLabel:
    """A label for escaped rich text whose links work by mouse and keyboard."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class Figure(Panel):
    """A key figure: a big number and what it counts."""

    def __init__(self, caption: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        top = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(icon(icon_name).pixmap(20, 20))
        self.caption = QLabel(caption)
        top.addWidget(glyph)
        top.addWidget(self.caption, 1)
        self.value = QLabel("0")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.Bold)
        self.value.setFont(font)
        self.detail = QLabel("")
        self.warning = QLabel("")
        for label in (self.detail, self.warning):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.body.addLayout(top)
        self.body.addWidget(self.value)
        self.body.addWidget(self.detail)
        self.body.addWidget(self.warning)
        self.body.addStretch(1)
        self.apply_palette()

    def apply_palette(self, base: QPalette | None = None) -> None:
        base = base if base is not None else self.palette()
        for label, colour in ((self.caption, muted(base)), (self.detail, muted(base)),
                              (self.warning, QColor(WARNING_COLOUR))):
            palette = QPalette(base)
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)

    def show_value(self, value: str, detail: str = "", warning: str = "") -> None:
        """The figure, a muted line under it, and a warning line (hidden when empty)."""
        self.value.setText(shown(value))
        self.detail.setText(shown(detail))
        self.detail.setVisible(bool(detail))
        self.warning.setText(shown(f"⚠ {warning}") if warning else "")
        self.warning.setVisible(bool(warning))


class StageBar(QWidget):
    """A horizontal bar split into the stages' shares of the office's projects."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[StageCount] = []
        self.setMinimumHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, 14)

    def set_counts(self, counts: list[StageCount]) -> None:
        self.counts = counts
        self.setToolTip("\n".join(f"{c.label}: {c.count}" for c in counts if c.count))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        total = sum(c.count for c in self.counts)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(surfaces(self.palette())[2])
        painter.drawRoundedRect(area, 5, 5)
        if not total:
            return
        x = area.left()
        for c in self.counts:
            if not c.count:
                continue
            width = area.width() * c.count / total
            painter.setBrush(stage_colour(c.stage))
            painter.drawRect(QRectF(x, area.top(), max(width - 1, 1), area.height()))
            x += width


# --------------------------------------------------------------------------- the dashboard


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
        glyph.setPixmap(icon("mdi6.office-building-marker-outline",
                             QPalette.ColorRole.PlaceholderText).pixmap(56, 56))
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
        for column, figure in enumerate((self.contacts_figure, self.organizations_figure,
                                         self.projects_figure)):
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

        self.about_panel = Panel(self.tr("Reaching the office"),
                                 "mdi6.card-account-phone-outline")
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
        for panel in (self.about_panel, self.map_panel, self.contacts_panel,
                      self.organizations_panel):
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
        return [self.facts_label, self.stage_legend, self.projects_label, self.upcoming_label,
                self.recent_label, self.about_label, self.contacts_label,
                self.organizations_label]

    # ---------------------------------------------------------------- showing

    def _render(self) -> None:
        self._stale = False
        if self._office_id is None:
            self._show_empty(self.tr("No office selected"),
                             self.tr("Select an office in the list to see its contacts, "
                                     "organizations, projects by stage, investment signed and "
                                     "its events."))
            return
        try:
            data = overview(self.context.store, self._office_id, self._currency,
                            self._today or date.today())
        except RecordNotFound:
            self._show_empty(self.tr("This office is no longer there"),
                             self.tr("It was deleted (Edit ▸ Undo brings it back). "
                                     "Select another office in the list."))
            return
        self.current = data
        self._stack.setCurrentWidget(self.scroll_area)
        self.map_panel.setVisible(self._map_layout.count() > 0)
        self._show_header(data)
        self._show_figures(data)
        self._show_projects(data)
        today = self._today or date.today()
        self.upcoming_label.setText(self._events_html(
            data.upcoming_events, today,
            self.tr("Nothing planned: add an event for this office.")))
        self.recent_label.setText(self._events_html(
            data.recent_events, today, self.tr("No events recorded yet.")))
        self._show_about(data)
        self._show_people(data)

    def _show_empty(self, title: str, hint: str) -> None:
        self.current = None
        self.empty_title.setText(title)
        self.empty_hint.setText(hint)
        self.map_panel.hide()
        self._stack.setCurrentWidget(self.empty_page)

    def _muted(self) -> str:
        return _hex(muted(self.palette()))

    def _detail(self, text: str) -> str:
        """A muted second line under a link (nothing if ``text`` is empty)."""
        return f'<br><span style="color:{self._muted()}">{_e(text)}</span>' if text else ""

    def _show_header(self, data: OfficeOverview) -> None:
        office = data.office
        self.name_label.setText(shown(office.name))
        self.native_label.setText(shown(office.name_native))
        self.native_label.setVisible(bool(office.name_native.strip()))
        status = office.status
        label = OfficeStatus(status).label if status in OfficeStatus.values() else status
        colour = _STATUS_COLOURS.get(status, "#8A8A8A")
        self.status_label.setText(f'<span style="color:{colour}; font-weight:600">● '
                                  f"{_e(label)}</span>")
        facts: list[str] = []
        place = ", ".join(p for p in (office.city, country_name(office.country)) if p)
        if place:
            facts.append(_e(place))
        if office.established_on:
            facts.append(_e(self.tr("established {date}").format(
                date=format_date(office.established_on))))
        if data.counterpart is not None:
            facts.append(_e(self.tr("counterpart: {office}")).format(
                office=_link("office", data.counterpart.id, data.counterpart.name)))
        self.facts_label.setText(f'<span style="color:{self._muted()}">'
                                 + " · ".join(facts) + "</span>")

    def _show_figures(self, data: OfficeOverview) -> None:
        latest = data.contacts[0].last_contacted_on if data.contacts else None
        self.contacts_figure.show_value(
            str(data.contact_count),
            self.tr("last contact {date}").format(date=format_date(latest)) if latest else "")
        self.organizations_figure.show_value(
            str(data.organization_count),
            " · ".join(f"{label} {n}" for label, n in data.organization_kinds))
        counts = {c.stage: c.count for c in data.projects_by_stage}
        active = sum(counts.get(s, 0) for s in ("lead", "in_talks", "signed", "in_progress"))
        self.projects_figure.show_value(
            str(data.project_count),
            self.tr("{open} open · {completed} completed").format(
                open=active, completed=counts.get("completed", 0)) if data.project_count
            else "")
        amounts = data.investment.amounts
        count = data.investment.project_count
        detail = (self.tr("{count} signed project") if count == 1
                  else self.tr("{count} signed projects")).format(count=count)
        if len(amounts.by_currency) > 1:
            detail = self.tr("{projects}, recorded as {amounts}").format(
                projects=detail, amounts=" + ".join(
                    money_text(v, c) for c, v in sorted(amounts.by_currency.items())))
        warning = ""
        if amounts.unconverted:
            warning = self.tr("{amounts} not included: no exchange rate to {currency}").format(
                amounts=", ".join(money_text(v, c)
                                  for c, v in sorted(amounts.unconverted.items())),
                currency=amounts.currency)
        self.investment_figure.show_value(money_text(amounts.total, amounts.currency),
                                          detail, warning)

    def _show_projects(self, data: OfficeOverview) -> None:
        self.stage_bar.set_counts(data.projects_by_stage)
        self.stage_bar.setVisible(data.project_count > 0)
        legend = [f'<span style="color:{STAGE_COLOURS.get(c.stage, "#8A8A8A")}">■</span>&nbsp;'
                  f"{_e(c.label)}&nbsp;<b>{c.count}</b>"
                  for c in data.projects_by_stage if c.count]
        none_yet = _e(self.tr("No projects yet."))
        self.stage_legend.setText(" &nbsp; ".join(legend) if legend else
                                  f'<span style="color:{self._muted()}">{none_yet}</span>')
        rows = []
        for p in data.projects:
            colour = STAGE_COLOURS.get(p.stage, "#8A8A8A")
            amount = money_text(p.amount, p.currency) if p.amount is not None else ""
            detail = p.stage_label + (
                " · " + self.tr("signed {date}").format(date=format_date(p.signed_on))
                if p.signed_on else "")
            rows.append(
                f'<tr><td><span style="color:{colour}">■</span>&nbsp;'
                f'{_link("project", p.id, p.title)}{self._detail(detail)}</td>'
                f'<td align="right" style="white-space:nowrap">{_e(amount)}</td></tr>')
        more = data.project_count - len(data.projects)
        self.projects_label.setText(self._table(rows, more, "project"))
        self.projects_label.setVisible(bool(rows))

    def _events_html(self, events: list[EventLine], today: date, empty: str) -> str:
        if not events:
            return f'<span style="color:{self._muted()}">{_e(empty)}</span>'
        rows = []
        for e in events:
            when = format_date_range(e.starts_on, e.ends_on)
            under_way = e.starts_on < today <= (e.ends_on or e.starts_on)
            relative = self.tr("under way") if under_way else _when(e.starts_on, today)
            detail = " · ".join(p for p in (e.kind, e.place) if p)
            rows.append(
                f"<tr><td>{_link('event', e.id, e.title)}{self._detail(detail)}</td>"
                f'<td align="right" style="white-space:nowrap">{_e(when)}<br>'
                f'<span style="color:{self._muted()}">{_e(relative)}</span></td></tr>')
        return self._table(rows, 0, "event")

    def _table(self, rows: list[str], more: int, noun: str) -> str:
        text = '<table width="100%" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"
        if more > 0:
            one, several = _MORE[noun]
            text += (f'<p style="color:{self._muted()}">'
                     f"{_e(_tr(one if more == 1 else several).format(count=more))}</p>")
        return text

    def _show_about(self, data: OfficeOverview) -> None:
        office = data.office
        rows: list[tuple[str, str]] = []
        if office.address.strip():
            rows.append((self.tr("Address"), _e(office.address).replace("\n", "<br>")))
        if office.phone.strip():
            rows.append((self.tr("Phone"), _e(office.phone)))
        if office.email.strip():
            rows.append((self.tr("E-mail"), f'<a href="mailto:{_href(office.email.strip())}">'
                                   f"{_e(office.email.strip())}</a>"))
        if office.website.strip():
            rows.append((self.tr("Website"), f'<a href="{_href(_web_url(office.website))}">'
                                    f"{_e(office.website.strip())}</a>"))
        if office.focus_areas:
            rows.append((self.tr("Focus"), ", ".join(_e(a) for a in office.focus_areas)))
        if not rows:
            empty = self.tr("No address, phone, e-mail or website recorded: edit the office "
                            "to add them.")
            self.about_label.setText(f'<span style="color:{self._muted()}">{_e(empty)}</span>')
            return
        self.about_label.setText(
            '<table cellspacing="0" cellpadding="2">' + "".join(
                f'<tr><td style="color:{self._muted()}; padding-right:10px">{_e(name)}</td>'
                f"<td>{value}</td></tr>" for name, value in rows) + "</table>")

    def _show_people(self, data: OfficeOverview) -> None:
        self.contacts_panel.heading.setText(
            self.tr("Contacts ({count})").format(count=data.contact_count))
        rows = []
        for c in data.contacts:
            detail = " · ".join(p for p in (c.position, c.organization) if p)
            last = (self.tr("last contact {date}").format(date=format_date(c.last_contacted_on))
                    if c.last_contacted_on else self.tr("never contacted"))
            rows.append(f"<tr><td>{_link('contact', c.id, c.name)}{self._detail(detail)}</td>"
                        f'<td align="right" style="color:{self._muted()}">{_e(last)}</td></tr>')
        no_contacts = self.tr("No contacts belong to this office yet.")
        self.contacts_label.setText(
            self._table(rows, data.contact_count - len(rows), "contact") if rows else
            f'<span style="color:{self._muted()}">{_e(no_contacts)}</span>')

        self.organizations_panel.heading.setText(
            self.tr("Organizations looked after ({count})").format(
                count=data.organization_count))
        rows = []
        for o in data.organizations:
            native = (f' <span style="color:{self._muted()}">{_e(o.name_native)}</span>'
                      if o.name_native and o.name_native != o.name else "")
            detail = " · ".join(p for p in (o.kind, o.city) if p)
            rows.append(f"<tr><td>{_link('organization', o.id, o.name)}{native}"
                        f"{self._detail(detail)}</td></tr>")
        no_organizations = self.tr("This office looks after no organizations yet.")
        self.organizations_label.setText(
            self._table(rows, data.organization_count - len(rows), "organization") if rows else
            f'<span style="color:{self._muted()}">{_e(no_organizations)}</span>')

    # ---------------------------------------------------------------- reacting

    def _open_link(self, link: str) -> None:
        if link.startswith(RECORD_LINK):
            kind, _, raw_id = link[len(RECORD_LINK):].partition(":")
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
        direction = (QBoxLayout.Direction.TopToBottom if self.width() < _NARROW
                     else QBoxLayout.Direction.LeftToRight)
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
        for figure in (self.contacts_figure, self.organizations_figure,
                       self.projects_figure, self.investment_figure):
            figure.apply_palette(self.palette())
