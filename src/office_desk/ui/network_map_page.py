"""The Map page: the network map with the same quick filters as the lists.

QtWebEngine is loaded only when this page is first opened (the main window makes it
lazily), so start-up stays quick.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import listing
from ..core import vocabulary as v
from ..core.countries import country_name
from ..core.locale_format import sort_key
from ..core.services import relations
from ..core.services.record_state import all_tag_names
from .app_context import AppContext, Changes
from .icons import icon
from .map_view import MapView
from .plain_text import literal, shown


class NetworkMapPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("map_page")
        self.office_filter = self._combo(
            self.tr("All offices"), self.tr("Show only this office's network")
        )
        self.country_filter = self._combo(
            self.tr("All countries"), self.tr("Show only this country")
        )
        self.stage_filter = self._combo(
            self.tr("All stages"), self.tr("Show only projects at this stage")
        )
        self.sector_filter = self._combo(
            self.tr("All sectors"), self.tr("Show only organizations and projects of this sector")
        )
        self.tag_filter = self._combo(
            self.tr("All tags"), self.tr("Show only records with this tag")
        )
        self.online = QCheckBox(self.tr("Street map when online"), self)
        self.online.setToolTip(
            self.tr(
                "Load map tiles (OpenStreetMap) when there is a network; every tile seen is kept "
                "for offline use. Off: only the built-in map of countries, which needs no network."
            )
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 8, 8, 4)
        for combo in (
            self.office_filter,
            self.country_filter,
            self.stage_filter,
            self.sector_filter,
            self.tag_filter,
        ):
            bar.addWidget(combo, 1)
        # The offline-map commands fold into one menu button, so that the bar fits a
        # 1280-pixel-wide laptop screen (in German too) with the sidebar beside it.
        self.travel_action = QAction(
            icon("mdi6.bag-suitcase"), self.tr("Prepare for travel…"), self
        )
        self.travel_action.setToolTip(
            self.tr("Keep the street map around an office for offline use")
        )
        self.import_action = QAction(icon("mdi6.map-plus"), self.tr("Import offline map…"), self)
        self.import_action.setToolTip(self.tr("Add an .mbtiles map file, usable without a network"))
        self.travel_action.triggered.connect(self.prepare_for_travel)
        self.import_action.triggered.connect(self.import_offline_map)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addAction(self.travel_action)
        menu.addAction(self.import_action)
        self.offline_button = QToolButton(self)
        self.offline_button.setObjectName("offline_maps")
        self.offline_button.setText(self.tr("Offline maps"))
        self.offline_button.setIcon(icon("mdi6.map-clock-outline"))
        self.offline_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.offline_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.offline_button.setMenu(menu)
        self.offline_button.setToolTip(self.tr("Street maps for use without a network"))
        bar.addWidget(self.offline_button)
        bar.addWidget(self.online)
        self.map = MapView(context, self)
        self.map.record_activated.connect(context.open_record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.map, 1)
        self._fill()
        for combo in (
            self.office_filter,
            self.country_filter,
            self.stage_filter,
            self.sector_filter,
            self.tag_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.online.toggled.connect(self.set_online)
        context.changed.connect(self._on_changed)

    def _combo(self, everything: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        combo.setToolTip(tip)
        # Long names (sectors, offices) shorten with "…" rather than widen the window;
        # the open list shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.setMaximumWidth(260)
        return combo

    def _fill(self) -> None:
        store = self.context.store
        countries = set(listing.countries_in_use(store, "office")) | set(
            listing.countries_in_use(store, "organization")
        )
        for combo, items in (
            (self.office_filter, relations.choices(store, "office")),
            (
                self.country_filter,
                sorted(
                    ((c, country_name(c)) for c in countries), key=lambda pair: sort_key(pair[1])
                ),
            ),
            (self.stage_filter, [(s.value, s.label) for s in v.ProjectStage]),
            (self.sector_filter, [(s, s) for s in listing.sectors_in_use(store)]),
            (
                self.tag_filter,
                [(name, name) for name in sorted(all_tag_names(store), key=sort_key)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(shown(label), value)
            index = next((i for i in range(combo.count()) if combo.itemData(i) == current), 0)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        tag = self.tag_filter.currentData()
        tag_id = listing.tag_id(self.context.store, tag) if tag else None
        self.map.set_filters(
            office_id=self.office_filter.currentData(),
            country=self.country_filter.currentData() or "",
            stage=self.stage_filter.currentData() or "",
            sector=self.sector_filter.currentData() or "",
            tag_id=tag_id if tag_id or not tag else uuid.UUID(int=0),
        )

    def set_online(self, on: bool) -> None:
        """Street tiles from the organisation's server if one is set, else the street map
        chosen in Settings."""
        from .prepare_travel_dialog import street_map_source

        self.map.set_online_tiles(on, street_map_source())

    def prepare_for_travel(self) -> None:
        from .prepare_travel_dialog import PrepareTravelDialog

        PrepareTravelDialog(self.context, self).exec()

    def import_offline_map(self) -> None:
        from pathlib import Path

        from ..core.tile_sources import TileError

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an offline map"),
            str(Path.home()),
            self.tr("MBTiles maps (*.mbtiles);;All files (*)"),
        )
        if not name:
            return
        try:
            layer = self.map.import_offline_map(Path(name))
        except TileError as exc:
            QMessageBox.warning(self, self.tr("Import offline map"), literal(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Import offline map"),
            literal(
                self.tr("“{name}” is now available on the map, offline.").format(name=layer.name)
            ),
        )  # the name comes from the file

    def show_record(self, kind: str, record_id: uuid.UUID) -> None:
        self.map.show_record(kind, record_id)

    def _on_changed(self, changes: Changes) -> None:
        if any(changes.touches(k) for k in ("office", "tag", "organization", "project")):
            self._fill()
