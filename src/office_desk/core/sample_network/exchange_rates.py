"""The sample's exchange rates to the yuan: approximate annual averages, as examples."""

from __future__ import annotations

from datetime import date

RATE_SOURCE = "Example rate (approximate annual average)"

#: 1 EUR in CNY, approximate annual averages, dated 1 January of the year.
EUR_CNY: dict[int, str] = {
    2015: "6.97",
    2016: "7.35",
    2017: "7.63",
    2018: "7.81",
    2019: "7.73",
    2020: "7.87",
    2021: "7.63",
    2022: "7.08",
    2023: "7.66",
    2024: "7.79",
    2025: "8.10",
    2026: "8.15",
}
#: A few mid-year EUR -> CNY points (approximate).
EUR_CNY_MID_YEAR: dict[date, str] = {date(2022, 6, 22): "7.05", date(2024, 7, 1): "7.75"}
#: 1 USD in CNY, approximate annual averages.
USD_CNY: dict[int, str] = {2015: "6.23", 2020: "6.90", 2022: "6.73", 2024: "7.19", 2025: "7.18"}
