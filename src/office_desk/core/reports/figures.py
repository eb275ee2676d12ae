"""Key figures and the notes under them, shared by the office and the network report."""

from __future__ import annotations

from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_count
from ..locale_format import format_number
from ..services.project_totals import stage_label, stage_order
from ..vocabulary import EventKind, label_of
from .content import CountFigure, Investment, KeyFigures, Listing, RateUsed
from .investment import Converter, unconverted_note
from .report_queries import COUNTING_DATE_NOTE, Tally


def stage_counts(tally: Tally) -> list[CountFigure]:
    """Every standard stage in pipeline order (zeros included), then any other found."""
    return [
        CountFigure(s, stage_label(s), tally.stages.get(s, 0)) for s in stage_order(tally.stages)
    ]


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
        events_by_kind=[
            CountFigure(k, label_of(EventKind, k), tally.events_held[k])
            for k in order
            if tally.events_held.get(k)
        ],
        events_held=sum(tally.events_held.values()),
        events_planned=tally.events_planned,
    )


def rates_note(rates: list[RateUsed], currency: str) -> str:
    if not rates:
        return translate(
            "Report",
            "No exchange rate was needed: every converted amount was already in {currency}.",
        ).format(currency=currency)
    return translate_count(
        "Report",
        QT_TRANSLATE_NOOP(
            "Report",
            "Totals in {currency} use {number} stored exchange rate, "
            "the one in force on each converted project's signing date; it is "
            "listed under Exchange rates.",
        ),
        QT_TRANSLATE_NOOP(
            "Report",
            "Totals in {currency} use {number} stored exchange rates, "
            "each the rate in force on the project's signing date; they are "
            "listed under Exchange rates.",
        ),
        len(rates),
        currency=currency,
        number=format_number(len(rates)),
    )


def figure_notes(figures: KeyFigures, currency: str, rates: list[RateUsed]) -> list[str]:
    """The notes every report carries: how things are counted, and what was left out."""
    notes = [translate("Report", COUNTING_DATE_NOTE)]
    money = figures.investment
    missing = unconverted_note(money.amounts)
    if missing:
        notes.append(missing)
    if money.undated:
        notes.append(
            translate_count(
                "Report",
                QT_TRANSLATE_NOOP(
                    "Report",
                    "{number} project at a signed stage has an amount but "
                    "no signing date, so it cannot be placed in a period and is not "
                    "in the investment figures.",
                ),
                QT_TRANSLATE_NOOP(
                    "Report",
                    "{number} projects at a signed stage have an amount "
                    "but no signing date, so they cannot be placed in a period and "
                    "are not in the investment figures.",
                ),
                money.undated,
                number=format_number(money.undated),
            )
        )
    if money.without_amount:
        notes.append(
            translate_count(
                "Report",
                QT_TRANSLATE_NOOP(
                    "Report", "{number} project signed in the period has no amount recorded."
                ),
                QT_TRANSLATE_NOOP(
                    "Report", "{number} projects signed in the period have no amount recorded."
                ),
                money.without_amount,
                number=format_number(money.without_amount),
            )
        )
    if figures.events_planned:
        notes.append(
            translate_count(
                "Report",
                QT_TRANSLATE_NOOP(
                    "Report",
                    "{number} event in the period is still to come; it is "
                    "listed but not counted as held.",
                ),
                QT_TRANSLATE_NOOP(
                    "Report",
                    "{number} events in the period are still to come; "
                    "they are listed but not counted as held.",
                ),
                figures.events_planned,
                number=format_number(figures.events_planned),
            )
        )
    notes.append(rates_note(rates, currency))
    return notes


def cap_note(what: str, listing: Listing[Any], order: str) -> str | None:
    """ "Projects: the 200 latest of 1,234 are listed (and 1,034 more)", or None.

    ``what`` is the (translated) table name; ``order`` is "latest" or "first by name"."""
    if not listing.more:
        return None
    text = (
        translate(
            "Report",
            "{what}: the {shown} latest of {total} are listed (and {more} more not shown).",
        )
        if order == "latest"
        else translate(
            "Report",
            "{what}: the {shown} first by name of {total} are listed (and {more} more not shown).",
        )
    )
    return text.format(
        what=what,
        shown=f"{len(listing.rows):,}",
        total=f"{listing.total:,}",
        more=f"{listing.more:,}",
    )
