"""The two buttons beside a record's coordinates in its editor: look the typed city up
in the offline gazetteer, or place the record by clicking the map.

The texts keep the editor's translation context ("RecordEditor"), where they were
first written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from ..core.services.records import RecordNotFound
from .app_context import AppContext
from .background import Progress, run_in_background
from .form_fields import CoordinatesField, Field, FieldInputError
from .plain_text import literal

#: The editor's field that shows the named columns (None: the form has no such row).
FindField = Callable[..., Field | None]


def pick_on_map(editor: QWidget, context: AppContext, field: FindField) -> None:
    """Place the record by clicking the map; the coordinates are filled in on OK."""
    coordinates = field("latitude", "longitude")
    from .pick_location_dialog import PickLocationDialog

    dialog = PickLocationDialog(context, editor)
    if (
        dialog.exec() == QDialog.DialogCode.Accepted
        and dialog.latitude is not None
        and isinstance(coordinates, CoordinatesField)
    ):
        coordinates.set_value((dialog.latitude, dialog.longitude))


def look_up_place(editor: QWidget, context: AppContext, kind: str, field: FindField) -> None:
    """Offer the coordinates of the typed city from the offline gazetteer; the
    user confirms (or picks among namesakes) before anything is filled in. Places
    everywhere are offered, those in the record's country first."""
    city_field = field("city") or field("destination")
    coordinates = field("latitude", "longitude")
    if city_field is None or not isinstance(coordinates, CoordinatesField):
        return
    city = str(city_field.value() or "").strip()
    country = _place_country(context, kind, field)
    if not city:
        QMessageBox.information(
            editor,
            QCoreApplication.translate("RecordEditor", "Find coordinates"),
            QCoreApplication.translate("RecordEditor", "Type the city first, then look it up."),
        )
        return

    def work(_progress: Progress) -> list[Any]:
        from ..core.gazetteer import find_places

        return find_places(city, country)

    run_in_background(
        editor,
        QCoreApplication.translate("RecordEditor", "Looking up {city}…").format(city=city),
        work,
        lambda places: _offer_places(editor, city, places, coordinates),
    )


def _place_country(context: AppContext, kind: str, field: FindField) -> str:
    """The country whose places come first in a look-up: the record's own; for a
    project (whose country field is the investor's, not the destination's) the
    facilitating office's country."""
    try:
        if kind == "project":
            office_field = field("office_id")
            office_id = office_field.value() if office_field else None
            if office_id is None:
                return ""
            from ..core.models import Office
            from ..core.services import records

            return records.get(context.store, Office, office_id).country
        country_field = field("country")
        return str(country_field.value() or "") if country_field else ""
    except (FieldInputError, RecordNotFound):
        return ""


def _offer_places(
    editor: QWidget, city: str, places: list[Any], coordinates: CoordinatesField
) -> None:
    if not places:
        QMessageBox.information(
            editor,
            QCoreApplication.translate("RecordEditor", "Find coordinates"),
            literal(
                QCoreApplication.translate(
                    "RecordEditor",
                    "“{city}” is not in the built-in list of places (towns of 5,000 "
                    "people and more). Type the coordinates, e.g. from a "
                    "map.",
                ).format(city=city)
            ),
        )
        return
    labels = [place.describe() for place in places]
    choice, ok = QInputDialog.getItem(
        editor,
        QCoreApplication.translate("RecordEditor", "Use these coordinates?"),
        literal(
            QCoreApplication.translate("RecordEditor", "Places called “{city}”:").format(city=city)
        ),
        labels,
        0,
        False,
    )
    if ok and choice in labels:
        place = places[labels.index(choice)]
        coordinates.set_value((round(place.latitude, 5), round(place.longitude, 5)))
