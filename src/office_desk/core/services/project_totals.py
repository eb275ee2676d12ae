"""Projects by stage: the cards of the Projects board and the totals line under it.

Both follow the Projects list's filters (a :class:`~office_desk.core.listing.ListQuery`
of kind ``"project"``). Amounts stay exact ``Decimal``: summed per original currency,
and converted to a reporting currency with each project's rate on its signing date (the
latest stored rate when it has no signing date). An amount no stored rate converts is
kept apart in ``unconverted``, never dropped and never converted at a guessed rate.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlmodel import select

from ..i18n import translate
from ..listing import ListQuery, ids
from ..models import Office, Organization, Project, ProjectPartner
from ..money import MissingRate, RateTable
from ..store.database import Store
from ..vocabulary import ProjectStage
from .exchange_rates import rate_table

DEFAULT_CURRENCY = "CNY"
_CHUNK = 500


def stage_label(stage: str) -> str:
    """What a user reads for a stored stage value, in the current language (an unknown
    value is shown as is)."""
    try:
        return ProjectStage(stage).label
    except ValueError:
        return stage.replace("_", " ").capitalize() or translate("ProjectTotals", "No stage")


def stage_order(stages: Iterable[str] = ()) -> list[str]:
    """The board's columns: every standard stage in pipeline order, then any other
    stage value found in ``stages`` (data from an older or newer version), sorted."""
    standard = ProjectStage.values()
    return standard + sorted({s for s in stages if s not in standard})


# --------------------------------------------------------------------------- amounts


@dataclass(frozen=True)
class Amounts:
    """Money summed per original currency and converted to ``currency``.

    ``total`` is the exact sum of every amount that could be converted; ``unconverted``
    holds, per original currency, what no stored rate could convert.
    """

    currency: str
    total: Decimal = Decimal(0)
    by_currency: dict[str, Decimal] = field(default_factory=dict)
    unconverted: dict[str, Decimal] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """True when every amount made it into ``total``."""
        return not self.unconverted

    @property
    def is_empty(self) -> bool:
        return not self.by_currency


def sum_amounts(
    items: Iterable[tuple[Decimal, str, date | None]],
    currency: str,
    rates: RateTable,
    round_each_to: Decimal | None = None,
) -> Amounts:
    """Sum ``(amount, currency, signing date)`` items in ``currency``, each at its own
    date's rate (the latest rate when the date is None)."""
    by_currency: dict[str, Decimal] = {}
    unconverted: dict[str, Decimal] = {}
    total = Decimal(0)
    for amount, code, on in items:
        by_currency[code] = by_currency.get(code, Decimal(0)) + amount
        try:
            converted = rates.convert(amount, code, currency, on)
        except MissingRate:
            unconverted[code] = unconverted.get(code, Decimal(0)) + amount
            continue
        if round_each_to is not None:  # reports: each amount as it is printed
            converted = converted.quantize(round_each_to, rounding=ROUND_HALF_UP)
        total += converted
    return Amounts(currency, total, by_currency, unconverted)


def merge_amounts(currency: str, parts: Sequence[Amounts]) -> Amounts:
    """The exact sum of several :class:`Amounts` (per currency, total, unconverted)."""
    by_currency: dict[str, Decimal] = {}
    unconverted: dict[str, Decimal] = {}
    for part in parts:
        for code, amount in part.by_currency.items():
            by_currency[code] = by_currency.get(code, Decimal(0)) + amount
        for code, amount in part.unconverted.items():
            unconverted[code] = unconverted.get(code, Decimal(0)) + amount
    return Amounts(currency, sum((p.total for p in parts), Decimal(0)), by_currency, unconverted)


# --------------------------------------------------------------------------- totals


@dataclass(frozen=True)
class StageTotal:
    """One stage's projects: how many, how many without an amount, and their money."""

    stage: str
    label: str
    count: int
    without_amount: int
    amounts: Amounts


@dataclass(frozen=True)
class ProjectTotals:
    """The totals line: one :class:`StageTotal` per board column, and all of them."""

    currency: str
    stages: list[StageTotal]
    overall: StageTotal

    def stage(self, stage: str) -> StageTotal:
        for total in self.stages:
            if total.stage == stage:
                return total
        raise KeyError(stage)

    @property
    def complete(self) -> bool:
        return self.overall.amounts.complete


@dataclass(frozen=True)
class ProjectCard:
    """A project as a card on the board."""

    id: uuid.UUID
    title: str
    title_native: str
    stage: str
    kind: str
    office_id: uuid.UUID | None
    office_name: str
    office_city: str
    amount: Decimal | None
    currency: str | None
    signed_on: date | None
    partners: tuple[str, ...] = ()


@dataclass(frozen=True)
class BoardContent:
    """Everything the Projects board shows for one query."""

    cards: list[ProjectCard]
    totals: ProjectTotals

    def cards_in(self, stage: str) -> list[ProjectCard]:
        return [c for c in self.cards if c.stage == stage]


def _totals(projects: Sequence[Project], currency: str, rates: RateTable) -> ProjectTotals:
    grouped: dict[str, list[Project]] = {}
    for p in projects:
        grouped.setdefault(p.stage, []).append(p)
    stages: list[StageTotal] = []
    for stage in stage_order(grouped):
        members = grouped.get(stage, [])
        priced = [
            (p.amount, p.currency, p.signed_on)
            for p in members
            if p.amount is not None and p.currency
        ]
        stages.append(
            StageTotal(
                stage,
                stage_label(stage),
                len(members),
                len(members) - len(priced),
                sum_amounts(priced, currency, rates),  # type: ignore[arg-type]
            )
        )
    overall = StageTotal(
        "",
        translate("ProjectTotals", "All stages"),
        sum(s.count for s in stages),
        sum(s.without_amount for s in stages),
        merge_amounts(currency, [s.amounts for s in stages]),
    )
    return ProjectTotals(currency, stages, overall)


def _chunks(values: Sequence[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    for start in range(0, len(values), _CHUNK):
        yield list(values[start : start + _CHUNK])


def _projects(store: Store, query: ListQuery) -> list[Project]:
    """The projects matching ``query``, in the list's display order."""
    if query.kind != "project":
        raise ValueError(f"project totals need a project query, not {query.kind!r}")
    wanted = ids(store, query)
    found: dict[uuid.UUID, Project] = {}
    with store.session() as session:
        for chunk in _chunks(wanted):
            for p in session.exec(select(Project).where(Project.id.in_(chunk))):  # type: ignore[attr-defined]
                found[p.id] = p
    return [found[i] for i in wanted if i in found]


def _partner_names(store: Store, project_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    names: dict[uuid.UUID, list[str]] = {}
    with store.session() as session:
        for chunk in _chunks(project_ids):
            rows = session.exec(
                select(ProjectPartner.project_id, Organization.name)
                .join(Organization, Organization.id == ProjectPartner.organization_id)  # type: ignore[arg-type]
                .where(ProjectPartner.project_id.in_(chunk))  # type: ignore[attr-defined]
                .where(ProjectPartner.deleted_at.is_(None))  # type: ignore[union-attr]
                .where(Organization.deleted_at.is_(None))  # type: ignore[union-attr]
                .order_by(ProjectPartner.role, Organization.name)
            ).all()
            for project_id, name in rows:
                if name not in names.setdefault(project_id, []):
                    names[project_id].append(name)
    return names


def _offices(store: Store) -> dict[uuid.UUID, tuple[str, str]]:
    """(name, city) of every live office."""
    with store.session() as session:
        rows = session.exec(select(Office.id, Office.name, Office.city)).all()
    return {i: (name, city) for i, name, city in rows}


def project_totals(
    store: Store,
    query: ListQuery,
    currency: str = DEFAULT_CURRENCY,
    rates: RateTable | None = None,
) -> ProjectTotals:
    """Count and money per stage of the projects matching ``query``, in ``currency``."""
    table = rates if rates is not None else rate_table(store)
    return _totals(_projects(store, query), currency, table)


def board_content(
    store: Store,
    query: ListQuery,
    currency: str = DEFAULT_CURRENCY,
    rates: RateTable | None = None,
) -> BoardContent:
    """The cards (in the list's order) and the totals line for ``query``."""
    projects = _projects(store, query)
    table = rates if rates is not None else rate_table(store)
    offices = _offices(store)
    partners = _partner_names(store, [p.id for p in projects])
    cards = [
        ProjectCard(
            id=p.id,
            title=p.title,
            title_native=p.title_native,
            stage=p.stage,
            kind=p.kind,
            office_id=p.office_id,
            office_name=offices.get(p.office_id, ("", ""))[0] if p.office_id else "",
            office_city=offices.get(p.office_id, ("", ""))[1] if p.office_id else "",
            amount=p.amount,
            currency=p.currency,
            signed_on=p.signed_on,
            partners=tuple(partners.get(p.id, ())),
        )
        for p in projects
    ]
    return BoardContent(cards, _totals(projects, currency, table))


def project_currencies(store: Store) -> list[str]:
    """The currencies live projects are recorded in, sorted."""
    with store.session() as session:
        rows = session.exec(
            select(Project.currency).where(Project.currency.is_not(None)).distinct()  # type: ignore[union-attr]
        ).all()
    return sorted(c for c in rows if c)
