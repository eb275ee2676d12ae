"""Key figures and the notes under them, shared by the office and the network report."""

from __future__ import annotations

from typing import Any

from ..services.project_totals import stage_label, stage_order
from ..vocabulary import EventKind, label_of
from .content import CountFigure, Investment, KeyFigures, Listing, RateUsed
from .investment import Converter, unconverted_note
from .report_queries import COUNTING_DATE_NOTE, Tally


def stage_counts(tally: Tally) -> list[CountFigure]:
    """Every standard stage in pipeline order (zeros included), then any other found."""
    return [CountFigure(s, stage_label(s), tally.stages.get(s, 0))
            for s in stage_order(tally.stages)]


def key_figures(tally: Tally, converter: Converter) -> KeyFigures:
    kinds = EventKind.values()
    order = kinds + sorted(k for k in tally.events_held if k not in kinds)
    return KeyFigures(
        projects_by_stage=stage_counts(tally),
        project_count=sum(tally.stages.values()),
        investment=Investment(
            project_count=tally.signed_count,
            without_amount=tally.signed_without_amount,
            undated=tally.undated,
            amounts=converter.total(tally.signed),
        ),
        new_organizations=tally.new_organizations,
        new_contacts=tally.new_contacts,
        events_by_kind=[CountFigure(k, label_of(EventKind, k), tally.events_held[k])
                        for k in order if tally.events_held.get(k)],
        events_held=sum(tally.events_held.values()),
        events_planned=tally.events_planned,
    )


def rates_note(rates: list[RateUsed], currency: str) -> str:
    if not rates:
        return f"No exchange rate was needed: every converted amount was already in {currency}."
    return (
        f"Totals in {currency} use {len(rates)} stored exchange rate(s), each the rate in "
        "force on the project's signing date; they are listed under Exchange rates."
    )


def figure_notes(figures: KeyFigures, currency: str, rates: list[RateUsed]) -> list[str]:
    """The notes every report carries: how things are counted, and what was left out."""
    notes = [COUNTING_DATE_NOTE]
    money = figures.investment
    missing = unconverted_note(money.amounts)
    if missing:
        notes.append(missing)
    if money.undated:
        notes.append(
            f"{money.undated} project(s) at a signed stage have an amount but no signing "
            "date, so they cannot be placed in a period and are not in the investment figures."
        )
    if money.without_amount:
        notes.append(
            f"{money.without_amount} project(s) signed in the period have no amount recorded."
        )
    if figures.events_planned:
        notes.append(
            f"{figures.events_planned} event(s) in the period are still to come; they are "
            "listed but not counted as held."
        )
    notes.append(rates_note(rates, currency))
    return notes


def cap_note(what: str, listing: Listing[Any], order: str) -> str | None:
    """"Projects: the 200 latest of 1,234 are listed (and 1,034 more)", or None."""
    if not listing.more:
        return None
    return (
        f"{what}: the {len(listing.rows):,} {order} of {listing.total:,} are listed "
        f"(and {listing.more:,} more not shown)."
    )
