"""Money in reports: totals in the reporting currency, and which stored rates made them.

Each amount is converted with the rate in force on its project's signing date
(:class:`~office_desk.core.money.RateTable`, through
:func:`~office_desk.core.services.project_totals.sum_amounts`), so a report on last
year does not change when today's rates do. An amount no stored rate converts is kept
apart (``unconverted``), never dropped. :meth:`Converter.rates_used` lists the stored
rates a set of amounts went through, so headquarters can check the totals.

Unlike the projects board, a report rounds each converted amount to the cent (half
up) before adding it: a report prints every office's row and a total, and the total
must be the sum of the rows as printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..i18n import translate
from ..models import ExchangeRate
from ..money import MissingRate, Rate, RateTable
from ..services.exchange_rates import list_rates
from ..services.project_totals import Amounts, sum_amounts
from ..store.database import Store
from .content import RateUsed

Item = tuple[Decimal, str, date | None]
CENT = Decimal("0.01")


class Converter:
    """The stored rates, ready to total amounts in one reporting ``currency``."""

    def __init__(self, store: Store, currency: str) -> None:
        self.currency = currency
        records = list_rates(store)
        self.table = RateTable(Rate(r.on, r.base, r.quote, r.rate) for r in records)
        self._by_pair: dict[tuple[str, str], list[ExchangeRate]] = {}
        for record in records:  # list_rates gives them oldest first
            self._by_pair.setdefault((record.base, record.quote), []).append(record)

    def total(self, items: Iterable[Item]) -> Amounts:
        """Sum per original currency, and in the reporting currency (each amount
        converted and rounded to the cent) where a rate exists."""
        return sum_amounts(items, self.currency, self.table, round_each_to=CENT)

    def convert(self, amount: Decimal, code: str, on: date | None) -> Decimal | None:
        """One amount in the reporting currency, rounded to the cent (half up), or None
        when no stored rate converts it."""
        try:
            exact = self.table.convert(amount, code, self.currency, on)
        except MissingRate:
            return None
        return exact.quantize(CENT, rounding=ROUND_HALF_UP)

    def _latest(self, base: str, quote: str, on: date | None) -> ExchangeRate | None:
        found = None
        for record in self._by_pair.get((base, quote), []):
            if on is None or record.on <= on:
                found = record
        return found

    def _record_for(self, code: str, on: date | None) -> ExchangeRate | None:
        """The stored rate :class:`RateTable` picks for ``code`` on ``on`` (same rule:
        direct or inverse, whichever was set closer to the date)."""
        direct = self._latest(code, self.currency, on)
        inverse = self._latest(self.currency, code, on)
        if direct and (not inverse or direct.on >= inverse.on):
            return direct
        return inverse

    def rates_used(self, items: Iterable[Item]) -> list[RateUsed]:
        """The stored rates that converted ``items``, by pair and date."""
        uses: Counter[tuple[str, str, date]] = Counter()
        records: dict[tuple[str, str, date], ExchangeRate] = {}
        for _amount, code, on in items:
            if code == self.currency:
                continue
            record = self._record_for(code, on)
            if record is not None:
                key = (record.base, record.quote, record.on)
                records[key] = record
                uses[key] += 1
        return [
            RateUsed(r.base, r.quote, r.on, r.rate, r.source, uses[key])
            for key, r in sorted(records.items())
        ]


def unconverted_note(amounts: Amounts, what: str | None = None) -> str | None:
    """The note that lists amounts no stored rate converted, or None if there are none.

    ``what`` names the money (default: "Signed investment", translated)."""
    if amounts.complete:
        return None
    listed = ", ".join(
        f"{code} {value:,.2f}" for code, value in sorted(amounts.unconverted.items())
    )
    return translate(
        "Report",
        "{what}: no stored exchange rate to {currency} for {listed}; these "
        "amounts are listed per currency but not in the {currency} total.",
    ).format(
        what=what if what is not None else translate("Report", "Signed investment"),
        currency=amounts.currency,
        listed=listed,
    )
