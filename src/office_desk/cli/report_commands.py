"""``office-desk report``: an office or network report as PDF, XLSX, CSV or HTML.

    office-desk --db PATH report --office NAME [--from DATE] [--to DATE] --format pdf -o OUT
    office-desk --db PATH report --network --year 2025 -o network-2025.xlsx

NAME is an office's name or city, any case (``--office Dresden``); an unknown or
ambiguous name is an error listing the offices. PDF and HTML need Qt (charts, the map,
the pages); on a machine with no display Qt's offscreen platform is chosen by itself.
XLSX and CSV need no Qt at all.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
FORMATS = ("pdf", "xlsx", "csv", "html")


class ReportCommandError(Exception):
    """A problem with the command's arguments; ``str()`` is the message for the user."""


def add_report_command(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "report",
        help="write an office or network report (PDF, XLSX, CSV, HTML)",
        description="Write an office report (details, key figures, map, projects, events, "
        "organizations; contact details only with --include-contacts) or a network report "
        "(all offices side by side, totals, charts) for a period.",
    )
    scope = command.add_mutually_exclusive_group(required=True)
    scope.add_argument("--office", metavar="NAME", help="the office (name or city, any case)")
    scope.add_argument("--network", action="store_true", help="the whole network")
    command.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first day of the period (YYYY-MM-DD; default: open)",
    )
    command.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help="last day of the period (YYYY-MM-DD; default: open)",
    )
    command.add_argument(
        "--year", type=int, metavar="YYYY", help="the calendar year (instead of --from/--to)"
    )
    command.add_argument(
        "--format",
        choices=FORMATS,
        help="pdf, xlsx, csv or html (default: from the -o file's ending)",
    )
    command.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        required=True,
        help="the file to write (replaced if it exists)",
    )
    command.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated sections (default: all but contacts). Office: "
        "details, figures, map, projects, events, organizations, contacts; "
        "network: figures, offices, charts, map, projects, events",
    )
    command.add_argument(
        "--include-contacts",
        action="store_true",
        help="include contact details (personal data; left out by default)",
    )
    command.add_argument(
        "--currency",
        metavar="CODE",
        default="CNY",
        help="reporting currency for totals (default CNY)",
    )
    command.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="PDF paper size (default: by your locale, A4 in most places)",
    )


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportCommandError(f"{option} {text!r} is not a date; write YYYY-MM-DD") from None


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if suffix not in FORMATS:
        raise ReportCommandError(
            f"say --format ({', '.join(FORMATS)}): {args.output.name!r} does not tell"
        )
    return suffix


def _request(store: Any, args: argparse.Namespace) -> Any:
    from ..core.money import is_known_currency
    from ..core.office_lookup import OfficeLookupError, find_office
    from ..core.reports import NETWORK_SECTIONS, OFFICE_SECTIONS, ReportRequest

    if args.year is not None and (args.start or args.end):
        raise ReportCommandError("give --year or --from/--to, not both")
    if args.year is not None:
        if not 1900 <= args.year <= 2200:
            raise ReportCommandError(f"--year {args.year} is out of range")
        start, end = date(args.year, 1, 1), date(args.year, 12, 31)
    else:
        start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start and end and end < start:
        raise ReportCommandError("--to is before --from")
    currency = args.currency.strip().upper()
    if not is_known_currency(currency):
        raise ReportCommandError(
            f"--currency {args.currency!r} is not an ISO 4217 code (e.g. CNY, EUR)"
        )
    office_id = None
    if args.office is not None:  # an empty --office "" is an error, not the network
        try:
            office_id = find_office(store, args.office).id
        except OfficeLookupError as exc:
            raise ReportCommandError(str(exc)) from None
    known = dict(OFFICE_SECTIONS if office_id else NETWORK_SECTIONS)
    if args.sections:
        sections = {s.strip().lower() for s in args.sections.split(",") if s.strip()}
        unknown = sorted(sections - set(known))
        if unknown:
            raise ReportCommandError(
                f"unknown section {', '.join(unknown)}; the sections are: {', '.join(known)}"
            )
    else:
        sections = set(known)
    include_contacts = bool(args.include_contacts and office_id)
    if args.sections and "contacts" in sections and not include_contacts:
        raise ReportCommandError(
            "contact details are personal data: add --include-contacts to put them in the report"
        )
    if include_contacts:
        sections.add("contacts")
    else:
        sections.discard("contacts")
    return ReportRequest(
        office_id=office_id,
        start=start,
        end=end,
        sections=frozenset(sections),
        include_contacts=include_contacts,
        currency=currency,
    )


def run_report_command(args: argparse.Namespace, db_path: Path) -> int:
    """Carry out ``office-desk report``; returns the exit status."""
    from ..core.store.database import StoreError, open_store

    try:
        fmt = _format(args)
        store = open_store(db_path)
    except (ReportCommandError, StoreError) as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, ReportCommandError) else EXIT_PROBLEM
    try:
        request = _request(store, args)
        output: Path = args.output.expanduser()
        output.parent.mkdir(parents=True, exist_ok=True)
        problems: list[str] = []
        if fmt in ("xlsx", "csv"):  # no Qt needed
            from ..core.reports import (
                build_network_report,
                build_office_report,
                write_report_csv,
                write_report_xlsx,
            )

            build = build_office_report if request.office_id else build_network_report
            report = build(store, request, date.today())
            (write_report_xlsx if fmt == "xlsx" else write_report_csv)(report, output)
        else:
            from PySide6.QtGui import QPageSize

            from ..render.map_picture import ensure_application
            from ..render.report_files import write_report

            ensure_application()
            paper = None
            if args.paper:
                paper = (
                    QPageSize.PageSizeId.A4 if args.paper == "a4" else QPageSize.PageSizeId.Letter
                )
            problems = write_report(store, request, fmt, output, paper=paper)
    except ReportCommandError as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.close()
    for problem in problems:
        print(f"office-desk: warning: {problem}", file=sys.stderr)
    print(f"Wrote {output}")
    return EXIT_OK
