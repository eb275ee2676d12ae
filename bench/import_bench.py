"""Benchmark of the contact import (issue 5): a 100,000-row CSV, as a ratio to SQLite.

    python bench/import_bench.py [ROWS] [--profile-folder DIR]

* floor: the sqlite3 command line's own ``.import --csv FILE contact_raw`` of the same
  file into a new database file (one untyped table, no index, no checks);
* the same records copied by SQLite (``INSERT ... SELECT``) from the imported file into
  a new Office Desk file: SQLite's own work for Office Desk's tables, their indexes and
  the search index, with no Python (the goal is measured against this one);
* Office Desk: read the file (encoding, separator, layout), the dry run (every value
  checked, duplicates of the database and within the file looked for) and the import
  (one transaction: contacts, their new organizations, the search index) into a new
  Office Desk database, each phase timed.

The file is realistic: half Chinese names (Latin and Han forms), half German ones with
umlauts, e-mails, phones, organizations from a pool of about 2,000 names, countries
written as names or codes. Machines here are shared and noisy: read the ratio, not the
seconds. Goal: read+plan+apply within 1.5x the SQL-only copy (issue 17).
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SQLITE3 = shutil.which("sqlite3") or "/usr/bin/sqlite3"
FAMILY_CN = [
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("赵", "Zhao"),
    ("黄", "Huang"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("马", "Ma"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("何", "He"),
    ("高", "Gao"),
    ("林", "Lin"),
    ("罗", "Luo"),
    ("郑", "Zheng"),
    ("梁", "Liang"),
    ("谢", "Xie"),
    ("宋", "Song"),
    ("唐", "Tang"),
    ("韩", "Han"),
    ("冯", "Feng"),
    ("邓", "Deng"),
    ("曹", "Cao"),
    ("彭", "Peng"),
]
GIVEN_CN = [
    ("伟", "Wei"),
    ("芳", "Fang"),
    ("娜", "Na"),
    ("敏", "Min"),
    ("静", "Jing"),
    ("丽", "Li"),
    ("强", "Qiang"),
    ("磊", "Lei"),
    ("军", "Jun"),
    ("洋", "Yang"),
    ("勇", "Yong"),
    ("艳", "Yan"),
    ("杰", "Jie"),
    ("涛", "Tao"),
    ("明", "Ming"),
    ("超", "Chao"),
    ("秀", "Xiu"),
    ("霞", "Xia"),
    ("平", "Ping"),
    ("刚", "Gang"),
    ("华", "Hua"),
    ("建", "Jian"),
    ("国", "Guo"),
    ("文", "Wen"),
    ("玲", "Ling"),
    ("海", "Hai"),
    ("燕", "Yan"),
    ("鹏", "Peng"),
    ("晨", "Chen"),
    ("宇", "Yu"),
]
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
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Schmitz",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Schulze",
    "Maier",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
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
    "Jörg",
    "Uwe",
    "Sören",
    "Maximilian",
    "Leonie",
    "Jonas",
    "Hannah",
    "Elias",
    "Emilia",
    "Noah",
    "Mia",
    "Ben",
    "Emma",
    "Finn",
    "Lina",
    "Luis",
    "Clara",
    "Henry",
    "Ida",
    "Anton",
    "Greta",
    "Theo",
    "Frieda",
    "Oskar",
    "Mathilda",
    "Karl",
    "Ursula",
    "Günter",
    "Dörte",
    "Gisela",
    "Helmut",
    "Bärbel",
    "Rüdiger",
    "Käthe",
    "Wolfgang",
    "Renate",
    "Horst",
    "Ingrid",
    "Dieter",
    "Monika",
    "Klaus",
    "Petra",
    "Thomas",
    "Sabine",
    "Michael",
    "Andrea",
    "Stefan",
    "Birgit",
    "Frank",
    "Susanne",
]
ORG_WORDS_DE = [
    "Maschinenbau",
    "Automobil",
    "Solar",
    "Medizintechnik",
    "Logistik",
    "Chemie",
    "Software",
    "Optik",
    "Präzision",
    "Elektronik",
]
ORG_WORDS_CN = [
    "山东重工",
    "青岛啤酒",
    "海尔",
    "济南钢铁",
    "浪潮",
    "潍柴",
    "中车",
    "万华",
    "鲁商",
    "齐鲁制药",
]
CITIES = [
    ("Dresden", "Germany"),
    ("Jinan", "China"),
    ("München", "Deutschland"),
    ("Qingdao", "CN"),
    ("Chemnitz", "DE"),
    ("Leipzig", "Germany"),
    ("Yantai", "China"),
    ("Frankfurt am Main", "DE"),
    ("Weifang", "中国"),
    ("Stuttgart", "Deutschland"),
]
POSITIONS = [
    "Geschäftsführer",
    "Manager",
    "Director",
    "总经理",
    "Projektleiterin",
    "主任",
    "Head of Sales",
    "Einkauf",
    "Engineer",
    "",
]
HEADERS = [
    "Given name",
    "Family name",
    "Native name",
    "Position",
    "Organization",
    "City",
    "Country",
    "E-mail",
    "Phone",
    "Notes",
]


def _ascii(text: str) -> str:
    return (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("ß", "ss")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
        .lower()
    )


def organizations(rng: random.Random, count: int = 2000) -> list[str]:
    names = []
    for i in range(count):
        if i % 2:
            names.append(
                f"{rng.choice(ORG_WORDS_CN)}{rng.choice(['集团', '有限公司', '研究院'])}{i}"
            )
        else:
            names.append(
                f"{rng.choice(FAMILY_DE)} {rng.choice(ORG_WORDS_DE)} "
                f"{rng.choice(['GmbH', 'AG', 'KG', 'SE'])} {i}"
            )
    return names


def write_csv(path: Path, rows: int, seed: int = 5) -> None:
    """``rows`` contacts as an Excel-style UTF-8 CSV (with BOM, CRLF)."""
    rng = random.Random(seed)
    orgs = organizations(rng)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(rows):
            city, country = rng.choice(CITIES)
            if i % 2:
                family, family_latin = rng.choice(FAMILY_CN)
                given = rng.sample(GIVEN_CN, rng.choice((1, 2)))
                given_latin = "".join(g[1] for g in given).capitalize()
                native = family + "".join(g[0] for g in given)
                mail = f"{given_latin.lower()}.{family_latin.lower()}{i}@example.cn"
                phone = f"+86 531 {rng.randrange(10**7, 10**8)}"
                person = [given_latin, family_latin, native]
            else:
                given_de, family_de = rng.choice(GIVEN_DE), rng.choice(FAMILY_DE)
                mail = f"{_ascii(given_de)}.{_ascii(family_de)}{i}@example.de"
                phone = f"+49 351 {rng.randrange(10**6, 10**7)}"
                person = [given_de, family_de, ""]
            notes = "Met at Hannover Messe; follow up on the visit" if i % 7 == 0 else ""
            writer.writerow(
                [
                    *person,
                    rng.choice(POSITIONS),
                    rng.choice(orgs),
                    city,
                    country,
                    mail,
                    phone,
                    notes,
                ]
            )


def floor(csv_path: Path, folder: Path) -> float:
    target = folder / "floor.sqlite"
    started = time.perf_counter()
    subprocess.run(
        [SQLITE3, str(target), f".import --csv {csv_path} contact_raw"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def schema_floor(folder: Path) -> float:
    """SQLite's own work for the same records in Office Desk's tables (their indexes and
    the search index), no Python: copy the imported rows into a new Office Desk file."""
    from office_desk.core.store.database import open_store

    target = folder / "copy.sqlite"
    open_store(target, create=True).close()
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA secure_delete = ON")  # as the app's connections
        # the page cache the import itself writes with (import_contacts.apply.CACHE_KIB)
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute(f"ATTACH DATABASE '{folder / 'office-desk.sqlite'}' AS source")
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table in ("organization", "contact", "search_key", "search_index"):
            conn.execute(
                f"INSERT INTO main.{table} SELECT * FROM source.{table}"
                if table != "search_index"
                else "INSERT INTO main.search_index (rowid, title, body)"
                " SELECT rowid, title, body FROM source.search_index"
            )
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def office_desk(csv_path: Path, folder: Path) -> dict[str, float]:
    from office_desk.core.finder import find
    from office_desk.core.import_contacts import (
        apply_plan,
        guess_mapping,
        plan_import,
        read_source,
    )
    from office_desk.core.store.database import open_store

    store = open_store(folder / "office-desk.sqlite", create=True)
    try:
        times: dict[str, float] = {}
        started = time.perf_counter()
        table = read_source(csv_path)
        mapping = guess_mapping(table, "contacts")
        times["read"] = time.perf_counter() - started
        started = time.perf_counter()
        plan = plan_import(store, table, mapping, "contacts")
        times["plan"] = time.perf_counter() - started
        started = time.perf_counter()
        result = apply_plan(store, plan)
        times["apply"] = time.perf_counter() - started
        counts = plan.summary()
        print(
            f"  file read as {table.describe()}, layout {mapping.layout or 'guessed'}; "
            f"{counts['create']:,} to create, {counts['duplicates']:,} duplicates within "
            f"the file (skipped), {counts['error']:,} errors"
        )
        print(f"  {result.summary()}")
        assert find(store, "Zhang Wei"), "imported contacts must be found by search"
        return times
    finally:
        store.close()


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100_000
    with tempfile.TemporaryDirectory(prefix="office-desk-import-bench-") as name:
        folder = Path(name)
        csv_path = folder / "contacts.csv"
        write_csv(csv_path, rows)
        size = csv_path.stat().st_size / 1e6
        print(f"import of {rows:,} contacts from a {size:.1f} MB CSV (UTF-8, comma):")
        floor_seconds = floor(csv_path, folder)
        times = office_desk(csv_path, folder)
        ours = sum(times.values())
        schema = schema_floor(folder)
        print(f"  sqlite3 .import --csv (floor)  {floor_seconds:7.2f} s")
        print(
            f"  the same records copied by SQLite into Office Desk's tables (indexes, "
            f"search index): {schema:.2f} s = {schema / floor_seconds:.1f}x the floor"
        )
        for phase, seconds in times.items():
            print(f"    {phase:<6}                      {seconds:7.2f} s")
        print(
            f"  Office Desk read+plan+apply    {ours:7.2f} s   ratio "
            f"{ours / floor_seconds:5.1f}x the floor, {ours / schema:4.2f}x the SQL-only "
            f"copy   (goal: within 1.5x the copy)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
