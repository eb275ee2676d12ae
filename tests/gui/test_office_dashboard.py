"""The Office dashboard: the office at a glance, links that open records, safe rich text."""

from __future__ import annotations

import re
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from office_desk.core.models import Contact, Office
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store
from office_desk.ui.app_context import AppContext
from office_desk.ui.office_dashboard import OfficeDashboard
from office_desk.ui.undo_commands import DeleteRecordsCommand, push
from tests.gui.translation_lookups import not_extracted, recorded_lookups

DRESDEN = sample_id("office:dresden")
JINAN = sample_id("office:jinan")
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def context(sample_store: Store) -> AppContext:
    return AppContext(sample_store)


@pytest.fixture
def dashboard(qtbot: QtBot, context: AppContext) -> OfficeDashboard:
    widget = OfficeDashboard(context)
    qtbot.addWidget(widget)
    widget.set_today(date(2026, 11, 25))
    widget.resize(1200, 900)
    widget.show()
    return widget


def _plain(label: QLabel) -> str:
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def _links(label: QLabel) -> list[str]:
    return re.findall(r'href="([^"]+)"', label.text())


def test_empty_state_says_what_to_do(dashboard: OfficeDashboard) -> None:
    assert dashboard.current is None
    assert dashboard.empty_page.isVisible()
    assert "Select an office" in dashboard.empty_hint.text()
    assert not dashboard.map_panel.isVisibleTo(dashboard)


def test_dresden_at_a_glance(dashboard: OfficeDashboard) -> None:
    with_signal = []
    dashboard.office_shown.connect(with_signal.append)
    dashboard.show_office(DRESDEN)
    assert with_signal == [DRESDEN]
    assert dashboard.scroll_area.isVisible()
    assert dashboard.name_label.text() == "Dresden-Jinan Contact Office"
    assert dashboard.native_label.text() == "德累斯顿-济南联络处"
    assert "Dresden, Germany" in _plain(dashboard.facts_label)
    assert "Active" in _plain(dashboard.status_label)
    assert dashboard.contacts_figure.value.text() == "6"
    assert dashboard.organizations_figure.value.text() == "5"
    assert dashboard.projects_figure.value.text() == "4"
    assert dashboard.investment_figure.value.text() == "25,020,000.00 CNY"
    assert "1,500,000.00 CNY + 3,200,000.00 EUR" in dashboard.investment_figure.detail.text()

    projects = _plain(dashboard.projects_label)
    assert "Sino-German Intelligent Manufacturing Demonstration Lab" in projects
    assert "3,200,000.00 EUR" in projects
    assert "Completed 4" in _plain(dashboard.stage_legend)
    contacts = _plain(dashboard.contacts_label)
    assert contacts.index("Zhang Wei (张伟)") < contacts.index("Sabine Groß")
    assert "Dresdner Kreuzchor" in _plain(dashboard.organizations_label)
    assert "Jinan Innovation Zone delegation 2026" in _plain(dashboard.recent_label)
    assert "Nothing planned" in _plain(dashboard.upcoming_label)
    assert "resource accumulation" in _plain(dashboard.about_label)


def test_links_open_the_records(
    qtbot: QtBot, dashboard: OfficeDashboard, context: AppContext
) -> None:
    dashboard.show_office(DRESDEN)
    opened: list[tuple[str, object]] = []
    context.open_record.connect(lambda kind, rid: opened.append((kind, rid)))

    counterpart = _links(dashboard.facts_label)
    assert counterpart == [f"record:office:{JINAN}"]
    dashboard.facts_label.linkActivated.emit(counterpart[0])
    lab = next(
        h
        for h in _links(dashboard.projects_label)
        if h.endswith(str(sample_id("project:hoteam_lab")))
    )
    dashboard.projects_label.linkActivated.emit(lab)
    dashboard.contacts_label.linkActivated.emit(_links(dashboard.contacts_label)[0])
    dashboard.organizations_label.linkActivated.emit(_links(dashboard.organizations_label)[0])
    dashboard.recent_label.linkActivated.emit(_links(dashboard.recent_label)[0])
    assert opened == [
        ("office", JINAN),
        ("project", sample_id("project:hoteam_lab")),
        ("contact", sample_id("contact:zhang_wei")),
        ("organization", sample_id("organization:3s_smart")),
        ("event", sample_id("event:delegation_2026")),
    ]
    assert all(isinstance(rid, uuid.UUID) for _kind, rid in opened)


def test_upcoming_events_relative_to_today(dashboard: OfficeDashboard) -> None:
    dashboard.show_office(JINAN)
    upcoming = _plain(dashboard.upcoming_label)
    assert "Annual planning meeting of the office network (online)" in upcoming
    assert "2027-01-14" in upcoming and "in 1 month" in upcoming
    dashboard.set_today(date(2027, 1, 14))
    assert "today" in _plain(dashboard.upcoming_label)


def test_user_text_is_shown_literally_never_as_html(
    dashboard: OfficeDashboard, context: AppContext, sample_store: Store
) -> None:
    records.update(sample_store, Office, DRESDEN, name=XSS, address=f"{XSS}\nDresden")
    records.update(sample_store, Office, JINAN, name=f"Jinan {XSS}")
    records.update(sample_store, Contact, sample_id("contact:zhang_wei"), given_name=XSS)
    context.announce({"office", "contact"})
    dashboard.show_office(DRESDEN)
    assert dashboard.name_label.text() == XSS
    assert dashboard.name_label.textFormat().name == "PlainText"
    assert f"Jinan {XSS}" in _plain(dashboard.facts_label)
    assert XSS in _plain(dashboard.contacts_label)
    assert XSS in _plain(dashboard.about_label)
    for label in dashboard.findChildren(QLabel):
        if label.textFormat().name == "RichText":
            assert "<img" not in label.text()


def test_refreshes_when_the_data_changes(
    dashboard: OfficeDashboard, context: AppContext, sample_store: Store
) -> None:
    dashboard.show_office(DRESDEN)
    records.add(
        sample_store,
        Contact(
            given_name="Mei",
            family_name="Lin",
            name_native="林梅",
            family_name_first=True,
            office_id=DRESDEN,
            last_contacted_on=date(2026, 11, 20),
        ),
    )
    context.announce({"contact"})
    assert dashboard.contacts_figure.value.text() == "7"
    assert _plain(dashboard.contacts_label).strip().startswith("Lin Mei (林梅)\nlast contact")


def test_a_deleted_office_empties_the_dashboard_until_undone(
    dashboard: OfficeDashboard, context: AppContext
) -> None:
    dashboard.show_office(DRESDEN)
    push(context, DeleteRecordsCommand(context, Office, [DRESDEN], "Delete office"))
    assert dashboard.current is None
    assert "no longer there" in dashboard.empty_title.text()
    context.undo_stack.undo()
    assert dashboard.current is not None
    assert dashboard.name_label.text() == "Dresden-Jinan Contact Office"


def test_map_area_hidden_until_a_map_is_embedded(dashboard: OfficeDashboard) -> None:
    dashboard.show_office(DRESDEN)
    assert not dashboard.map_panel.isVisibleTo(dashboard)
    first = QLabel("map")
    dashboard.embed_map(first)
    assert dashboard.map_panel.isVisibleTo(dashboard)
    assert first.parent() is dashboard.map_area
    second = QLabel("another map")
    dashboard.embed_map(second)
    assert dashboard.map_area.layout().count() == 1
    assert second.parent() is dashboard.map_area and first.parent() is None
    dashboard.show_office(None)
    assert not dashboard.map_panel.isVisibleTo(dashboard)
    dashboard.show_office(JINAN)
    assert dashboard.map_panel.isVisibleTo(dashboard)


def test_reporting_currency_can_change(dashboard: OfficeDashboard) -> None:
    dashboard.show_office(DRESDEN)
    dashboard.set_reporting_currency("EUR")
    assert dashboard.investment_figure.value.text() == "3,415,208.03 EUR"


def test_investment_names_what_could_not_be_converted(
    dashboard: OfficeDashboard, context: AppContext, sample_store: Store
) -> None:
    from decimal import Decimal

    from office_desk.core.models import Project

    dashboard.show_office(DRESDEN)
    assert not dashboard.investment_figure.warning.isVisibleTo(dashboard)
    records.add(
        sample_store,
        Project(
            title="Design studio in London",
            stage="signed",
            office_id=DRESDEN,
            amount=Decimal("250000"),
            currency="GBP",
            signed_on=date(2025, 5, 5),
        ),
    )
    context.announce({"project"})
    figure = dashboard.investment_figure
    assert figure.value.text() == "25,020,000.00 CNY"
    assert figure.warning.isVisibleTo(dashboard)
    assert figure.warning.text() == ("⚠ 250,000.00 GBP not included: no exchange rate to CNY")
    assert "5 signed projects" in figure.detail.text()


def test_muted_text_follows_a_dark_palette(dashboard: OfficeDashboard) -> None:
    from PySide6.QtGui import QColor, QPalette

    dashboard.show_office(DRESDEN)
    light_html = dashboard.contacts_label.text()
    dark = QPalette(dashboard.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
    ):
        dark.setColor(role, QColor(colour))
    dashboard.setPalette(dark)
    colours = set(re.findall(r"color:(#[0-9a-f]{6})", dashboard.contacts_label.text()))
    assert colours and colours.isdisjoint(re.findall(r"color:(#[0-9a-f]{6})", light_html))
    assert all(QColor(c).lightness() > 100 for c in colours)  # readable on a dark panel


def test_a_hidden_dashboard_catches_up_when_shown(
    dashboard: OfficeDashboard, context: AppContext, sample_store: Store
) -> None:
    dashboard.show_office(DRESDEN)
    dashboard.hide()
    records.update(sample_store, Office, DRESDEN, name="Dresden office (renamed)")
    context.announce({"office"}, {DRESDEN})
    assert dashboard.name_label.text() == "Dresden-Jinan Contact Office"
    dashboard.show()
    assert dashboard.name_label.text() == "Dresden office (renamed)"


def test_every_text_the_dashboard_looks_up_reaches_the_translators(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """The sections' texts (built outside the widget) keep the dashboard's context."""
    with recorded_lookups() as lookups:
        widget = OfficeDashboard(context)
        qtbot.addWidget(widget)
        widget.set_today(date(2026, 11, 25))
        for office in ("dresden", "jinan", "munich", "budapest"):
            widget.show_office(sample_id(f"office:{office}"))
        widget.show_office(uuid.uuid4())  # no longer there
    assert ("OfficeDashboard", "Reaching the office") in lookups
    assert ("OfficeDashboard", "last contact {date}") in lookups  # a section's text
    assert not_extracted(lookups, tmp_path) == []
