"""Make (or reuse) a big network database for the benchmarks.

100,000 contacts, 5,000 organizations, 20,000 projects and 50,000 events by default,
written through the store (validation and search index included), so the file is
what the app would have made. Names mix Chinese, German and other European ones.

    python bench/big_network.py /tmp/big.sqlite
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlmodel import select

from office_desk.core.models import Contact, Event, Office, Organization, Project
from office_desk.core.sample_store import create_sample
from office_desk.core.store.database import Store, open_store
from office_desk.core.vocabulary import EventKind, OrganizationKind, ProjectKind, ProjectStage

FAMILY_CN = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"]
GIVEN_CN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛"]
FAMILY_DE = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Rossi",
    "Bianchi",
    "Dubois",
    "Moreau",
    "Nagy",
    "Kovács",
    "Novák",
    "Weiß",
]
GIVEN_DE = [
    "Anna",
    "Jürgen",
    "Katrin",
    "Lukas",
    "Sophie",
    "Björn",
    "Marie",
    "Felix",
    "Lena",
    "Paul",
    "Giulia",
    "Marco",
    "Camille",
    "Hugo",
    "Eszter",
    "Péter",
    "Jana",
    "Tomáš",
]
LEGAL_FORMS = ["GmbH", "AG", "S.p.A.", "Kft.", "Co., Ltd."]
CITIES = [
    ("Dresden", "DE", 51.05, 13.74),
    ("Jinan", "CN", 36.65, 117.12),
    ("Munich", "DE", 48.14, 11.58),
    ("Vienna", "AT", 48.21, 16.37),
    ("Paris", "FR", 48.86, 2.35),
    ("Milan", "IT", 45.46, 9.19),
    ("Budapest", "HU", 47.50, 19.04),
    ("Frankfurt am Main", "DE", 50.11, 8.68),
    ("Qingdao", "CN", 36.07, 120.38),
    ("Chemnitz", "DE", 50.83, 12.92),
]
PINYIN = {
    "王": "Wang",
    "李": "Li",
    "张": "Zhang",
    "刘": "Liu",
    "陈": "Chen",
    "杨": "Yang",
    "赵": "Zhao",
    "黄": "Huang",
    "周": "Zhou",
    "吴": "Wu",
    "徐": "Xu",
    "孙": "Sun",
    "马": "Ma",
    "朱": "Zhu",
    "伟": "Wei",
    "芳": "Fang",
    "娜": "Na",
    "敏": "Min",
    "静": "Jing",
    "丽": "Li",
    "强": "Qiang",
    "磊": "Lei",
    "军": "Jun",
    "洋": "Yang",
    "勇": "Yong",
    "艳": "Yan",
    "杰": "Jie",
    "涛": "Tao",
}


def _write(store: Store, rows: list, chunk: int = 5000) -> None:
    for start in range(0, len(rows), chunk):
        with store.write() as session:
            session.add_all(rows[start : start + chunk])


def build(
    path: Path,
    contacts: int = 100_000,
    organizations: int = 5_000,
    projects: int = 20_000,
    events: int = 50_000,
    geolocated: int = 0,
    seed: int = 7,
) -> Path:
    """Create the big database at ``path`` (the sample network plus generated records)."""
    rng = random.Random(seed)
    create_sample(path)
    store = open_store(path)
    try:
        with store.session() as session:
            offices = list(session.exec(select(Office.id)).all())
        orgs = []
        for i in range(organizations):
            city, country, lat, lon = rng.choice(CITIES)
            placed = i < geolocated or rng.random() < 0.3
            orgs.append(
                Organization(
                    name=f"{rng.choice(FAMILY_DE)} {rng.choice(LEGAL_FORMS)} {i}",
                    kind=rng.choice(OrganizationKind.values()),
                    city=city,
                    country=country,
                    latitude=lat + rng.uniform(-0.2, 0.2) if placed else None,
                    longitude=lon + rng.uniform(-0.2, 0.2) if placed else None,
                    office_id=rng.choice(offices),
                )
            )
        _write(store, orgs)
        people = []
        for i in range(contacts):
            city, country, *_ = rng.choice(CITIES)
            if rng.random() < 0.5:
                family, given = rng.choice(FAMILY_CN), rng.choice(GIVEN_CN)
                people.append(
                    Contact(
                        given_name=PINYIN[given],
                        family_name=PINYIN[family],
                        name_native=family + given,
                        family_name_first=True,
                        city=city,
                        country=country,
                        office_id=rng.choice(offices),
                        organization_id=rng.choice(orgs).id,
                        emails=[f"p{i}@example.com"],
                        position="Manager",
                    )
                )
            else:
                people.append(
                    Contact(
                        given_name=rng.choice(GIVEN_DE),
                        family_name=rng.choice(FAMILY_DE),
                        city=city,
                        country=country,
                        office_id=rng.choice(offices),
                        organization_id=rng.choice(orgs).id,
                        emails=[f"p{i}@example.org"],
                        position="Director",
                    )
                )
        _write(store, people)
        works = []
        for i in range(projects):
            city, country, lat, lon = rng.choice(CITIES)
            placed = i < geolocated
            works.append(
                Project(
                    title=f"Project {i} {rng.choice(FAMILY_DE)}",
                    kind=rng.choice(ProjectKind.values()),
                    stage=rng.choice(ProjectStage.values()),
                    office_id=rng.choice(offices),
                    amount=Decimal(rng.randrange(10_000, 50_000_000)),
                    currency=rng.choice(["CNY", "EUR"]),
                    signed_on=date(2015, 1, 1) + timedelta(days=rng.randrange(4000)),
                    destination=city,
                    latitude=lat + rng.uniform(-0.2, 0.2) if placed else None,
                    longitude=lon + rng.uniform(-0.2, 0.2) if placed else None,
                )
            )
        _write(store, works)
        happenings = []
        for i in range(events):
            city, country, *_ = rng.choice(CITIES)
            happenings.append(
                Event(
                    title=f"Meeting {i} in {city}",
                    kind=rng.choice(EventKind.values()),
                    starts_on=date(2015, 1, 1) + timedelta(days=rng.randrange(4500)),
                    city=city,
                    country=country,
                    office_id=rng.choice(offices),
                )
            )
        _write(store, happenings)
    finally:
        store.close()
    return path


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/office-desk-big.sqlite")
    if target.exists():
        print(f"{target} exists; reusing it")
        return 0
    started = time.perf_counter()
    build(target)
    print(f"built {target} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
