"""Hypothesis profiles for the fuzz tests, their template databases, and the tally of
outcomes printed at the end of the run.

Profiles:

* ``office-desk-fuzz`` (the default here): 100 examples per importer, derandomized
  so that CI runs the same cases every time; ``tests/fuzz`` takes about 30 s on a
  two-core machine (well under a minute on a slow one).
* ``full``: 1,000 examples per importer (about 4 minutes). Select it with
  ``OFFICE_DESK_FUZZ=full``, or ``pytest tests/fuzz --hypothesis-profile=full`` (the
  option only works when tests/fuzz is named on the command line: this file must be
  loaded before Hypothesis looks the profile up). Each test then may take longer
  than the 300 s pytest-timeout allows in CI; a hang still fails per example (see
  ``harness.time_limit``).

No profile keeps a database of examples (nothing is written into the repository); a
failure prints the minimal example, and the default profile finds it again.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.fuzz import harness

_COMMON = {
    "database": None,
    # Generous: an example is a whole read → plan → import into a real file, and CI
    # machines are slow. A hang runs into it (and into pytest-timeout's 300 s).
    "deadline": timedelta(seconds=15),
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
    "print_blob": True,
}
settings.register_profile(
    "office-desk-fuzz", max_examples=harness.DEFAULT_EXAMPLES, derandomize=True, **_COMMON
)
settings.register_profile("full", max_examples=harness.FULL_EXAMPLES, derandomize=False, **_COMMON)


def pytest_configure(config: pytest.Config) -> None:
    """``--hypothesis-profile`` wins; else ``OFFICE_DESK_FUZZ=full``; else the default.
    The choice applies to the fuzz tests only (they take it from :mod:`.harness`)."""
    chosen = config.getoption("hypothesis_profile", default=None)
    if chosen:
        harness.PROFILE[0] = chosen
    elif os.environ.get("OFFICE_DESK_FUZZ", "").strip().lower() == "full":
        harness.PROFILE[0] = "full"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The full run takes longer than the 300 s one test may take in CI; a hang is
    still caught per example (see ``harness.time_limit``)."""
    if harness.PROFILE[0] == "office-desk-fuzz":
        return
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.timeout(4 * 3600))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = harness.outcome_lines()
    if lines:
        terminalreporter.section(f"fuzz outcomes (profile {harness.PROFILE[0]})")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An empty Office Desk database, made once (tests copy it before writing)."""
    from office_desk.core.store.database import open_store

    path = tmp_path_factory.mktemp("fuzz-empty") / "empty.sqlite"
    open_store(path, create=True).close()
    yield path


@pytest.fixture(scope="session")
def templates(empty_template: Path, sample_template: Path) -> dict[str, Path]:
    """The databases an import goes into: "empty", or "sample" (the sample network)."""
    return {"empty": empty_template, "sample": sample_template}


@pytest.fixture(scope="session")
def package_texts(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Valid packages written by the project's own export: the whole sample network
    and each office's part of it (small ones)."""
    from sqlmodel import select

    from office_desk.core.models import Office
    from office_desk.core.network_package import export_package
    from office_desk.core.store.database import open_store

    folder = tmp_path_factory.mktemp("fuzz-packages")
    store = open_store(sample_template)
    try:
        with store.session() as session:
            offices = sorted(o.id for o in session.exec(select(Office)).all())
        texts = []
        for number, office_id in enumerate([None, *offices]):
            path = folder / f"package-{number}.json"
            export_package(store, path, office_id=office_id)
            texts.append(path.read_text(encoding="utf-8"))
    finally:
        store.close()
    return harness.Texts(texts)


@pytest.fixture(scope="session")
def own_exports(
    sample_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, bytes]:
    """Office Desk's own exports of the sample network (CSV, XLSX, vCard): real files
    in the "Office Desk" layout, for the fuzz tests to damage."""
    from office_desk.core.export_lists import export_list
    from office_desk.core.export_vcard import export_vcards
    from office_desk.core.listing import ListQuery
    from office_desk.core.store.database import open_store

    folder = tmp_path_factory.mktemp("fuzz-exports")
    store = open_store(sample_template)
    try:
        export_list(store, ListQuery("contact"), folder / "contacts.csv")
        export_list(store, ListQuery("contact"), folder / "kontakte.csv", delimiter=";")
        export_list(store, ListQuery("organization"), folder / "organizations.csv")
        export_list(store, ListQuery("contact"), folder / "contacts.xlsx")
        export_vcards(store, None, folder / "contacts.vcf")
    finally:
        store.close()
    return harness.Files({path.name: path.read_bytes() for path in folder.iterdir()})
