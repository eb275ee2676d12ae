"""Prepare for travel: keep street tiles around an office for use without a network.

Only for the organisation's own tile server: OpenStreetMap's usage policy forbids
bulk downloads, so its tiles are cached only as they are seen while browsing (and an
``.mbtiles`` file can be imported instead). The dialog shows how many tiles and
megabytes before anything is fetched; the download runs in the background at a
polite rate, with progress and Cancel.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Office
from ..core.services import records, relations
from ..core.tile_cache import (
    TileCache,
    TravelArea,
    TravelDownload,
    TravelResult,
    estimate,
)
from ..core.tile_sources import TileError, TileSource, own_tile_server
from . import settings
from .app_context import AppContext
from .background import Progress, run_in_background
from .plain_text import literal, shown

TILE_SERVER = settings.TILE_SERVER


def street_map_source() -> TileSource:
    """Where street tiles come from: the organisation's own server when one is set in
    Settings, else the street map chosen there (OpenStreetMap by default)."""
    from ..core.tile_sources import provider

    own = configured_tile_server()
    if own is not None:
        return own
    try:
        return provider(settings.get(settings.TILE_PROVIDER))
    except Exception:  # a name this xyzservices no longer knows
        return provider(settings.TILE_PROVIDER.default)


def configured_tile_server() -> TileSource | None:
    """The organisation's own tile server from the settings, if one is set and valid."""
    url = settings.get(TILE_SERVER)
    try:
        return own_tile_server(url) if url else None
    except TileError:
        return None


class PrepareTravelDialog(QDialog):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, cache: TileCache | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cache = cache or TileCache(cap_bytes=settings.tile_cache_bytes())
        self.result_text = ""
        self.setWindowTitle(self.tr("Prepare for travel"))
        self.setObjectName("prepare_travel")
        intro = QLabel(
            self.tr(
                "Keep the street map around an office on this computer, for trips without a "
                "network. This uses your organisation's own tile server: OpenStreetMap does "
                "not allow downloading its map in bulk (its tiles are kept only as you view "
                "them). You can also import an .mbtiles file on the Map page."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.server = QLineEdit(settings.get(TILE_SERVER), self)
        self.server.setPlaceholderText("https://tiles.example.org/{z}/{x}/{y}.png")
        self.office = QComboBox(self)
        for office_id, name in relations.choices(context.store, "office"):
            self.office.addItem(shown(name), office_id)
        self.radius = QSpinBox(self, minimum=1, maximum=300, value=25, suffix=self.tr(" km"))
        self.min_zoom = QSpinBox(self, minimum=0, maximum=19, value=8)
        self.max_zoom = QSpinBox(self, minimum=0, maximum=19, value=14)
        self.estimate_label = QLabel(self)
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setTextFormat(Qt.TextFormat.PlainText)  # names an office
        self.estimate_label.setObjectName("estimate")
        form = QFormLayout()
        form.addRow(self.tr("Tile server"), self.server)
        form.addRow(self.tr("Around"), self.office)
        form.addRow(self.tr("Radius"), self.radius)
        form.addRow(self.tr("From zoom"), self.min_zoom)
        form.addRow(self.tr("To zoom"), self.max_zoom)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.addButton(
            self.tr("Download"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.estimate_label)
        layout.addWidget(self.buttons)
        for signal in (
            self.server.textChanged,
            self.office.currentIndexChanged,
            self.radius.valueChanged,
            self.min_zoom.valueChanged,
            self.max_zoom.valueChanged,
        ):
            signal.connect(self.update_estimate)
        self.update_estimate()

    def plan(self) -> tuple[TileSource, TravelArea]:
        """The source and area chosen; raises TileError with a message to show."""
        url = self.server.text().strip()
        if not url:
            raise TileError(self.tr("Enter your organisation's tile server address."))
        source = own_tile_server(url)
        office_id = self.office.currentData()
        if not isinstance(office_id, uuid.UUID):
            raise TileError(self.tr("Choose an office."))
        office = records.get(self.context.store, Office, office_id)
        if office.latitude is None or office.longitude is None:
            raise TileError(
                self.tr("{office} has no place on the map yet: add its coordinates.").format(
                    office=office.name
                )
            )
        if self.min_zoom.value() > self.max_zoom.value():
            raise TileError(self.tr("The first zoom level is above the last one."))
        area = TravelArea.around(
            office.latitude,
            office.longitude,
            self.radius.value(),
            self.min_zoom.value(),
            self.max_zoom.value(),
        )
        return source, area

    def update_estimate(self) -> None:
        try:
            source, area = self.plan()
            guess = estimate(source, area, self.cache)
        except TileError as exc:
            self.estimate_label.setText(shown(exc))
            self.start_button.setEnabled(False)
            return
        self.estimate_label.setText(shown(guess.describe()))
        self.start_button.setEnabled(not guess.over_cap and guess.to_fetch > 0)

    def start(self) -> None:
        try:
            source, area = self.plan()
            download = TravelDownload(source, area, self.cache)
        except TileError as exc:
            QMessageBox.warning(self, self.tr("Prepare for travel"), literal(exc))
            return
        settings.put(TILE_SERVER, self.server.text().strip())
        self.start_button.setEnabled(False)
        tile = self.tr("Tile {done} of {total}…")

        def work(progress: Progress) -> TravelResult:
            return download.run(
                lambda done, total: progress.report(
                    done, total, tile.format(done=f"{done:,}", total=f"{total:,}")
                ),
                lambda: progress.cancelled,
            )

        run_in_background(self, self.tr("Downloading the street map…"), work, self._finished)

    def _finished(self, result: TravelResult) -> None:
        text = self.tr("{fetched} tiles downloaded, {cached} were already here").format(
            fetched=f"{result.fetched:,}", cached=f"{result.already_cached:,}"
        )
        if result.failed:
            text += self.tr(", {failed} failed").format(failed=f"{result.failed:,}")
        if result.cancelled:
            text += self.tr(" (stopped)")
        self.result_text = text + self.tr(".", "end of the download summary")
        QMessageBox.information(self, self.tr("Prepare for travel"), self.result_text)
        self.accept()
