"""Place a pin by clicking the map: for campuses and parks without a street address."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .app_context import AppContext


class PickLocationDialog(QDialog):
    """Shows the network map; the user's click sets ``latitude``/``longitude``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .map_view import MapView  # QtWebEngine loads only when a pin is placed

        self.setWindowTitle(self.tr("Place on the map"))
        self.resize(900, 640)
        self.latitude: float | None = None
        self.longitude: float | None = None
        self.hint = QLabel(self.tr("Zoom in and click where it is."), self)
        self.map = MapView(context, self)
        self.map.location_picked.connect(self._picked)
        self.map.map_drawn.connect(lambda: self.map.pick_location(True))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.buttons)

    def _picked(self, latitude: float, longitude: float) -> None:
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            return
        self.latitude, self.longitude = round(latitude, 5), round(longitude, 5)
        self.hint.setText(
            self.tr(
                "Here: {latitude}, {longitude}. Click again to move the pin, or OK to use it."
            ).format(latitude=f"{self.latitude:.5f}", longitude=f"{self.longitude:.5f}")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.map.pick_location(True)

    def done(self, result: int) -> None:
        self.map.dispose()
        super().done(result)
