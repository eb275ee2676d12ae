"""``office-desk map``: the network map as one offline HTML file or as a PNG picture.

    office-desk --db PATH map -o FILE.html [--office NAME] [filters]
    office-desk --db PATH map --png FILE.png [--office NAME] [--size 1400x900] [filters]

The HTML file carries every script, style and the base map inside it: it opens in any
browser with no network. The picture is drawn by QtWebEngine offscreen (no display
needed). ``--office`` takes an office's name or city (any case); a name that fits
several offices, or none, is an error that lists the offices to choose from.
"""

from __future__ import annotations

import argparse
import re
import sys
import uuid
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def add_map_command(subparsers: Any) -> None:
    """Add the ``map`` command to the CLI's subparsers."""
    command = subparsers.add_parser(
        "map",
        help="write the network map as an offline HTML file or a PNG picture",
        description="Draw the map of the network: offices and the links between them, and "
        "the organizations and projects that have coordinates. -o writes one HTML file that "
        "opens offline in any browser; --png writes a picture (no display needed).",
    )
    output = command.add_mutually_exclusive_group(required=True)
    output.add_argument(
        "-o", "--output", metavar="FILE.html", type=Path, help="write a self-contained HTML file"
    )
    output.add_argument("--png", metavar="FILE.png", type=Path, help="write a PNG picture")
    command.add_argument(
        "--office",
        metavar="NAME",
        help="only this office and its organizations and projects (office name or city)",
    )
    command.add_argument(
        "--country",
        metavar="CODE",
        help="only this country (ISO code such as DE; for projects, the investor's country)",
    )
    command.add_argument("--stage", metavar="STAGE", help="only projects at this stage")
    command.add_argument("--sector", metavar="TEXT", help="only this sector (part of its name)")
    command.add_argument("--tag", metavar="NAME", help="only records with this tag")
    command.add_argument(
        "--size",
        metavar="WxH",
        default="1400x900",
        help="picture size in pixels (default 1400x900)",
    )


class MapCommandError(Exception):
    """A problem with the command's arguments; ``str()`` is the message for the user."""


def _filters(store: Any, args: argparse.Namespace) -> Any:
    from sqlmodel import select

    from ..core.countries import is_country_code
    from ..core.map_contents import MapFilters
    from ..core.models import Tag
    from ..core.office_lookup import OfficeLookupError, find_office
    from ..core.vocabulary import ProjectStage

    office_id: uuid.UUID | None = None
    if args.office:
        try:
            office_id = find_office(store, args.office).id
        except OfficeLookupError as exc:
            raise MapCommandError(str(exc)) from None
    country = (args.country or "").strip().upper()
    if country and not is_country_code(country):
        raise MapCommandError(f"--country {args.country!r} is not an ISO country code (e.g. DE)")
    stage = (args.stage or "").strip().lower().replace(" ", "_")
    if stage and stage not in ProjectStage.values():
        raise MapCommandError(
            f"--stage {args.stage!r} is not a stage; one of {', '.join(ProjectStage.values())}"
        )
    tag_id: uuid.UUID | None = None
    if args.tag:
        with store.session() as session:
            tags = [
                t
                for t in session.exec(select(Tag)).all()
                if t.name.casefold() == args.tag.strip().casefold()
            ]
        if not tags:
            raise MapCommandError(f"no tag is called {args.tag!r}")
        tag_id = tags[0].id
    return MapFilters(
        office_id=office_id,
        country=country,
        stage=stage,
        sector=(args.sector or "").strip(),
        tag_id=tag_id,
    )


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text or "")
    if not match:
        raise MapCommandError(f"--size {text!r}: write it as WIDTHxHEIGHT, e.g. 1400x900")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise MapCommandError("--size: each side from 200 to 8000 pixels")
    return width, height


def run_map_command(args: argparse.Namespace, db_path: Path) -> int:
    """Carry out ``office-desk map``; returns the exit status."""
    from ..core.map_contents import network_data
    from ..core.network_map import MapSummary, standalone_html
    from ..core.store.database import StoreError, open_store

    try:
        size = _size(args.size) if args.png else (0, 0)
        store = open_store(db_path)
    except (MapCommandError, StoreError) as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, MapCommandError) else EXIT_PROBLEM
    try:
        filters = _filters(store, args)
        summary = MapSummary.of(network_data(store, filters))
        if args.output:
            target: Path = args.output
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                standalone_html(store, filters, compact=bool(args.office)), encoding="utf-8"
            )
        else:
            from ..render.map_picture import render_map_png

            target = render_map_png(store, args.png, filters, size=size, compact=bool(args.office))
    except MapCommandError as exc:
        print(f"office-desk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, TimeoutError, RuntimeError) as exc:
        print(f"office-desk: error: the map could not be written ({exc})", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.close()
    shown = ", ".join(
        _count(n, noun)
        for n, noun in (
            (summary.offices, "office"),
            (summary.links, "link"),
            (summary.organizations, "organization"),
            (summary.projects, "project"),
        )
    )
    left_off = (
        f" ({_count(summary.unplaced, 'office')} without coordinates left off)"
        if summary.unplaced
        else ""
    )
    print(f"Wrote {target}: {shown}{left_off}")
    return EXIT_OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
