"""Report texts with a number are whole sentences for that number: "1 project signed in
the period", "2 projects signed in the period", never "project(s)" (core.i18n.translate_count)."""

from __future__ import annotations

import html
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from office_desk.core.i18n import install
from office_desk.core.models import Event, ExchangeRate, Office, Project
from office_desk.core.reports import ReportRequest, build_office_report, report_html
from office_desk.core.store.database import Store, open_store

TODAY = date(2026, 11, 25)
FOREIGN = ("EUR", "USD")


def office_with(store: Store, n: int, foreign: bool) -> Office:
    """An office with ``n`` of each counted thing: with ``foreign``, ``n`` projects signed
    in the period in ``n`` foreign currencies (``n`` exchange rates used); else ``n``
    signed in the period without an amount, ``n`` signed without a signing date and
    ``n`` events still to come."""
    office = Office(name=f"Office {n} {foreign}", city="Dresden", country="DE")
    with store.write() as session:
        session.add(office)
        session.flush()
        for i in range(n):
            if foreign:
                session.add(
                    ExchangeRate(
                        on=date(2020, 1, 1), base=FOREIGN[i], quote="CNY", rate=Decimal("7.5")
                    )
                )
                session.add(
                    Project(
                        title=f"Signed {i}",
                        stage="signed",
                        amount=Decimal(100),
                        currency=FOREIGN[i],
                        signed_on=date(2026, 2, 1),
                        office_id=office.id,
                    )
                )
                continue
            session.add(
                Project(
                    title=f"No amount {i}",
                    stage="signed",
                    signed_on=date(2026, 3, 1),
                    office_id=office.id,
                )
            )
            session.add(
                Project(
                    title=f"Undated {i}",
                    stage="completed",
                    amount=Decimal(5),
                    currency="CNY",
                    office_id=office.id,
                )
            )
            session.add(
                Event(
                    title=f"Coming {i}",
                    kind="meeting",
                    starts_on=date(2026, 12, 1),
                    office_id=office.id,
                )
            )
    return office


def page_text(store: Store, office: Office) -> str:
    report = build_office_report(
        store, ReportRequest(office.id, date(2026, 1, 1), date(2026, 12, 31)), TODAY
    )
    page = html.unescape(re.sub(r"<[^>]+>", " ", report_html(report, for_print=True)))
    return " ".join(page.split())


def test_counted_texts_are_whole_sentences(tmp_path: Path) -> None:
    one = {
        True: [
            "1 project signed in the period",
            "Totals in CNY use 1 stored exchange rate, the one in force on each "
            "converted project's signing date; it is listed under Exchange rates.",
        ],
        False: [
            "1 project signed in the period",
            "1 project signed in the period has no amount recorded.",
            "1 project at a signed stage has an amount but no signing date, so it "
            "cannot be placed in a period and is not in the investment figures.",
            "1 event in the period is still to come; it is listed but not counted as held.",
        ],
    }
    two = {
        True: [
            "2 projects signed in the period",
            "Totals in CNY use 2 stored exchange rates, each the rate in force on the "
            "project's signing date; they are listed under Exchange rates.",
        ],
        False: [
            "2 projects signed in the period",
            "2 projects signed in the period have no amount recorded.",
            "2 projects at a signed stage have an amount but no signing date, so they "
            "cannot be placed in a period and are not in the investment figures.",
            "2 events in the period are still to come; they are listed but not counted as held.",
        ],
    }
    for n, sentences in ((1, one), (2, two)):
        for foreign in (True, False):
            store = open_store(tmp_path / f"counts-{n}-{foreign}.sqlite", create=True)
            try:
                text = page_text(store, office_with(store, n, foreign))
            finally:
                store.close()
            for sentence in sentences[foreign]:
                assert sentence in text, (n, foreign, sentence)
            assert "(s)" not in text


def test_counted_texts_are_translated_per_number(empty_store: Store) -> None:
    """Each form is its own source text for the translators: the one for exactly one,
    the other for every other number."""
    chosen: list[str] = []

    def hook(context: str, text: str) -> str:
        chosen.append(text)
        return text

    office = office_with(empty_store, 1, foreign=False)
    install(hook, "xx")
    try:
        page_text(empty_store, office)
    finally:
        install(None)
    assert "{number} project signed in the period" in chosen
    assert "{number} projects signed in the period" not in chosen
    assert (
        "{number} event in the period is still to come; it is listed but not counted "
        "as held." in chosen
    )
    assert not any("(s)" in text for text in chosen)
