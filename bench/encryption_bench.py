"""Encryption at rest: the same work on a plain and on an encrypted (SQLCipher) file.

The big network (100,000 contacts by default, see big_network.py) is built once as a
plain file and copied into a second file encrypted with a keychain key (a raw key: no
key derivation per connection). Each measurement runs on both in the same process,
alternately, and prints encrypted / plain (the plain file is the floor; goal: under
1.5x):

* open: ``open_store`` (integrity check, schema audit, engine);
* list: the contacts list's first page, sorted by name, with the count (what the
  Contacts page reads first), and every id in that order (scrolling to the end);
* search: the global search for typical inputs, 60 results;
* import: 100,000 contacts from a CSV into an empty file, read + plan + apply.

    python bench/encryption_bench.py [CONTACTS]     (default 100000)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def _in_memory_keychain() -> None:
    """A keychain for the run (headless Linux has none; never the user's own)."""
    import keyring
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _pair(
    label: str, plain: Callable[[], object], encrypted: Callable[[], object], repeat: int = 5
) -> float:
    # Alternate, so that a noisy neighbour hits both alike.
    p_times, e_times = [], []
    for _ in range(repeat):
        p_times.append(_median(plain, 1))
        e_times.append(_median(encrypted, 1))
    p, e = statistics.median(p_times), statistics.median(e_times)
    ratio = e / p if p else float("nan")
    print(
        f"  {label:<34} plain {p * 1000:8.1f} ms   encrypted {e * 1000:8.1f} ms   "
        f"ratio {ratio:4.2f}x"
    )
    return ratio


def main() -> int:
    contacts = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100_000
    _in_memory_keychain()
    with tempfile.TemporaryDirectory(prefix="office-desk-encryption-bench-") as name:
        folder = Path(name)
        os.environ["OFFICE_DESK_DATA_DIR"] = str(folder / "data")
        from big_network import build
        from import_bench import write_csv

        from office_desk.core.finder import find
        from office_desk.core.listing import ListQuery, count, id_keys, ids, rows_for
        from office_desk.core.store import encryption
        from office_desk.core.store.backup import backup_file
        from office_desk.core.store.database import open_store

        plain = folder / "plain.sqlite"
        started = time.perf_counter()
        build(plain, contacts=contacts)
        print(f"built the network ({contacts:,} contacts) in {time.perf_counter() - started:.0f} s")
        secret = backup_file(plain, folder / "encrypted.sqlite")
        started = time.perf_counter()
        encryption.encrypt(secret, backup_folder=folder / "backups")
        print(
            f"encrypted a copy in place in {time.perf_counter() - started:.1f} s "
            f"({secret.stat().st_size / 1e6:.0f} MB, with a verified backup first)"
        )
        print("\nencrypted / plain, median of 5 alternating runs:")
        ratios = {
            "open": _pair(
                "open the file",
                lambda: open_store(plain).close(),
                lambda: open_store(secret).close(),
                repeat=3,
            )
        }
        stores = {path: open_store(path) for path in (plain, secret)}
        query = ListQuery("contact", order_by="family_name")

        def first_page(path: Path) -> Callable[[], object]:
            def run() -> object:
                store = stores[path]
                total = count(store, query)
                page = ids(store, query)[:200]
                return total, rows_for(store, "contact", page)

            return run

        ratios["list"] = _pair(
            "contacts list, sorted, first page", first_page(plain), first_page(secret)
        )
        ratios["ids"] = _pair(
            "every contact id in name order",
            lambda: id_keys(stores[plain], query),
            lambda: id_keys(stores[secret], query),
        )
        search = []
        for text in ("zhang", "Müller", "张伟", "Dresden", "wei@"):
            search.append(
                _pair(
                    f"search {text!r}",
                    lambda t=text: find(stores[plain], t, limit=60),
                    lambda t=text: find(stores[secret], t, limit=60),
                )
            )
        ratios["search"] = statistics.median(search)
        for store in stores.values():
            store.close()

        csv_path = folder / "contacts.csv"
        write_csv(csv_path, contacts)
        from import_bench import office_desk as import_into

        def import_run(encrypted: bool) -> Callable[[], object]:
            def run() -> object:
                target = folder / ("import-encrypted" if encrypted else "import-plain")
                if target.exists():
                    import shutil

                    shutil.rmtree(target)
                target.mkdir()
                if encrypted:  # an empty encrypted file, the same schema
                    open_store(target / "office-desk.sqlite", create=True).close()
                    encryption.encrypt(target / "office-desk.sqlite", backup_folder=target / "b")
                return import_into(csv_path, target)

            return run

        print(f"\nimport of {contacts:,} contacts (read + plan + apply), median of 3:")
        ratios["import"] = _pair("import", import_run(False), import_run(True), repeat=3)
        print(
            "\nsummary (goal under 1.5x): " + ", ".join(f"{k} {v:.2f}x" for k, v in ratios.items())
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
