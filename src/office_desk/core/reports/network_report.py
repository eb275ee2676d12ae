"""The network report: every office side by side, totals, and charts for headquarters.

One row per live office (projects by stage, investment signed in the period in the
reporting currency, the organizations and contacts it looks after, events held), a
"No office" row when some records belong to no live office, and a totals row that is
the sum of the rows. Charts (as plain data, drawn by the PDF and HTML exports): projects
and investment by office and by year. Counts come from aggregate queries grouped by
office, so the report builds in well under a second on 100,000 contacts; the network's
project and event tables are capped (the latest ``row_limit``; the report says so).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from sqlmodel import select

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..models import Office
from ..services.project_totals import merge_amounts
from ..store.database import Store
from ..vocabulary import OfficeStatus, label_of
from .content import ChartData, ChartSeries, CountFigure, Listing, NetworkReport, OfficeRow
from .figures import cap_note, figure_notes, key_figures, stage_counts
from .investment import Converter
from .report_queries import Tally, event_listing, project_listing, tally
from .report_tables import short_labels
from .request import ReportRequest

#: Rows of the network's project and event tables before "and N more".
NETWORK_ROW_LIMIT = 200
NO_OFFICE = QT_TRANSLATE_NOOP("Report", "No office")
TOTAL = QT_TRANSLATE_NOOP("Report", "Total")


def _row(
    office_id: uuid.UUID | None,
    name: str,
    city: str,
    status: str,
    counts: Tally,
    converter: Converter,
) -> OfficeRow:
    return OfficeRow(
        office_id=office_id,
        name=name,
        city=city,
        status=status,
        projects_by_stage=stage_counts(counts),
        project_count=sum(counts.stages.values()),
        investment=converter.total(counts.signed),
        organizations=counts.organizations,
        contacts=counts.contacts,
        events=sum(counts.events_held.values()),
    )


def _totals_row(rows: list[OfficeRow], currency: str) -> OfficeRow:
    stages: dict[str, tuple[str, int]] = {}
    for row in rows:
        for figure in row.projects_by_stage:
            label, count = stages.get(figure.key, (figure.label, 0))
            stages[figure.key] = (label, count + figure.count)
    return OfficeRow(
        office_id=None,
        name=translate("Report", TOTAL),
        city="",
        status="",
        projects_by_stage=[CountFigure(k, label, n) for k, (label, n) in stages.items()],
        project_count=sum(r.project_count for r in rows),
        investment=merge_amounts(currency, [r.investment for r in rows]),
        organizations=sum(r.organizations for r in rows),
        contacts=sum(r.contacts for r in rows),
        events=sum(r.events for r in rows),
    )


def _aligned(rows: list[OfficeRow]) -> list[OfficeRow]:
    """Every row with the same stages in the same order (zeros where none)."""
    keys: list[str] = []
    labels: dict[str, str] = {}
    for row in rows:
        for figure in row.projects_by_stage:
            if figure.key not in labels:
                keys.append(figure.key)
                labels[figure.key] = figure.label
    aligned = []
    for row in rows:
        have = {f.key: f.count for f in row.projects_by_stage}
        stages = [CountFigure(k, labels[k], have.get(k, 0)) for k in keys]
        aligned.append(replace(row, projects_by_stage=stages))
    return aligned


def _millions(value: Decimal) -> float:
    return round(float(value) / 1_000_000, 2)


def _year_range(years: set[int]) -> list[int]:
    return list(range(min(years), max(years) + 1)) if years else []


def _charts(rows: list[OfficeRow], counts: Tally, converter: Converter) -> list[ChartData]:
    currency = converter.currency
    names = short_labels(rows)
    stage_series = [
        ChartSeries(figure.label, [float(r.projects_by_stage[i].count) for r in rows])
        for i, figure in enumerate(rows[0].projects_by_stage if rows else [])
    ]
    stage_series = [s for s in stage_series if any(s.values)]
    by_year: dict[int, list] = {}
    for item in counts.signed:
        by_year.setdefault(item[2].year, []).append(item)  # type: ignore[union-attr]
    money_years = _year_range(set(by_year))
    project_years = _year_range(set(counts.project_years))
    millions = translate("Report", "Million {currency}").format(currency=currency)
    unit_projects = translate("Report", "projects")
    unit_millions = translate("Report", "million {currency}").format(currency=currency)
    return [
        ChartData(
            "projects_by_office",
            translate("Report", "Projects by office and stage"),
            names,
            stage_series,
            unit_projects,
        ),
        ChartData(
            "investment_by_office",
            translate("Report", "Signed investment by office (million {currency})").format(
                currency=currency
            ),
            names,
            [ChartSeries(millions, [_millions(r.investment.total) for r in rows])],
            unit_millions,
        ),
        ChartData(
            "projects_by_year",
            translate("Report", "Projects by year"),
            [str(y) for y in project_years],
            [
                ChartSeries(
                    translate("Report", "Projects"),
                    [float(counts.project_years.get(y, 0)) for y in project_years],
                )
            ],
            unit_projects,
        ),
        ChartData(
            "investment_by_year",
            translate("Report", "Signed investment by year (million {currency})").format(
                currency=currency
            ),
            [str(y) for y in money_years],
            [
                ChartSeries(
                    millions,
                    [_millions(converter.total(by_year.get(y, [])).total) for y in money_years],
                )
            ],
            unit_millions,
        ),
    ]


def build_network_report(
    store: Store,
    request: ReportRequest,
    today: date,
    *,
    row_limit: int = NETWORK_ROW_LIMIT,
) -> NetworkReport:
    """The network report ``request`` asks for (its ``office_id`` must be None).

    Figures are counted as in the office report (see
    :func:`~office_desk.core.reports.office_report.build_office_report`); records
    whose office is missing or deleted are in a "No office" row, so the totals row
    (the sum of the rows) covers the whole network.
    """
    if request.office_id is not None:
        raise ValueError("a network report is for all offices; this request names one")
    converter = Converter(store, request.currency)
    start, end = request.start, request.end
    with store.session() as session:
        offices = session.exec(select(Office).order_by(Office.name)).all()
        labels = dict(zip((o.id for o in offices), short_labels(offices), strict=True))
        tallies = tally(session, start, end, today)
        empty: Listing = Listing([], 0)
        projects = (
            project_listing(session, start, end, row_limit, converter, office_labels=labels)
            if request.wants("projects")
            else empty
        )
        events = (
            event_listing(session, start, end, row_limit, office_labels=labels)
            if request.wants("events")
            else empty
        )

    live = {o.id for o in offices}
    orphans = Tally()
    for key, counts in tallies.items():
        if key not in live:
            orphans.add(counts)
    rows = [
        _row(
            o.id,
            o.name,
            o.city,
            label_of(OfficeStatus, o.status),
            tallies.get(o.id, Tally()),
            converter,
        )
        for o in offices
    ]
    if orphans != Tally():
        rows.append(_row(None, translate("Report", NO_OFFICE), "", "", orphans, converter))
    rows = _aligned(rows)
    totals = _totals_row(rows, request.currency)

    whole = Tally()
    for counts in tallies.values():
        whole.add(counts)
    figures = key_figures(whole, converter)
    figures = replace(figures, investment=replace(figures.investment, amounts=totals.investment))
    rates = converter.rates_used(whole.signed)
    notes = figure_notes(figures, request.currency, rates)
    notes.append(
        translate(
            "Report",
            "Organizations and contacts per office are those it "
            "looks after today; new ones in the period are in the key figures.",
        )
    )
    if orphans != Tally():
        notes.append(
            translate(
                "Report",
                'Records with no office (or whose office was deleted) are in the "{row}" row.',
            ).format(row=translate("Report", NO_OFFICE))
        )
    for what, listing in (
        (translate("Report", "Projects"), projects),
        (translate("Report", "Events"), events),
    ):
        note = cap_note(what, listing, "latest")
        if note:
            notes.append(note)
    return NetworkReport(
        title=request.title or translate("Report", "Network report"),
        period_label=request.period_label,
        start=start,
        end=end,
        currency=request.currency,
        generated_at=datetime.now().astimezone(),
        sections=request.ordered_sections(),
        figures=figures,
        offices=rows,
        totals=totals,
        charts=_charts(rows, whole, converter),
        projects=projects,
        events=events,
        rates_used=rates,
        notes=notes,
    )
