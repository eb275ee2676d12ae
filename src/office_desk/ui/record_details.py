"""The right-hand panel: the selected record's fields and the records linked to it.

Linked records are links: clicking one opens it (``context.open_record``). All user
text is escaped before it becomes rich text, with bidi controls shown as markers
(:func:`office_desk.ui.plain_text.escape`); link targets keep the stored text.
"""

from __future__ import annotations

import html
import logging
import uuid

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette, QTextOption
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ..core import kinds
from ..core.i18n import translate
from ..core.record_facts import facts, title_of
from ..core.services import records, relations
from ..core.services.records import RecordNotFound, model_for
from .app_context import AppContext, Changes
from .change_times import when_text
from .external import open_url
from .plain_text import escape

log = logging.getLogger(__name__)


def _e(text: object) -> str:
    return escape(text)


def _href(text: str) -> str:
    """A link target: the stored text, escaped for the attribute (no markers)."""
    return html.escape(text, quote=True)


#: A usable details column: a label column ("Jobs created") beside a value column that
#: holds a stage, a date or an amount ("25,000,000.00 EUR") on one line.
MINIMUM_CHARACTERS = 40


def details_minimum_width(widget: QWidget) -> int:
    """The narrowest the details may get, from the widget's font."""
    return widget.fontMetrics().averageCharWidth() * MINIMUM_CHARACTERS + 24


class RecordDetails(QWidget):
    """Details of one record, refreshed when it changes."""

    edit_requested = Signal()

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.record_id: uuid.UUID | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.setAccessibleName(self.tr("Record details"))
        # Lines break between words only ("Completed", never "Complet|ed"); a word
        # longer than the pane scrolls sideways instead.
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setMinimumWidth(details_minimum_width(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        context.changed.connect(self._on_changed)
        self.show_record(None)

    def show_record(self, record_id: uuid.UUID | None) -> None:
        self.record_id = record_id
        self.browser.setHtml(self._html())

    def _on_changed(self, changes: Changes) -> None:
        if self.record_id is not None and changes.kinds:
            self.browser.setHtml(self._html())

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == "record":
            kind, _, raw = url.path().partition("/")
            try:
                self.context.open_record.emit(kind, uuid.UUID(raw))
            except ValueError:
                return
        elif url.scheme() in ("mailto", "http", "https", "tel"):
            open_url(url)

    def _html(self) -> str:
        palette = self.palette()
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        if self.record_id is None:
            hint = kinds.get(self.kind).phrases("select")
            return f"<p style='color:{muted}; margin:24px'>{_e(hint)}</p>"
        try:
            record = records.get(self.context.store, model_for(self.kind), self.record_id)
        except RecordNotFound:
            gone = self.tr("This record was deleted.")
            return f"<p style='color:{muted}; margin:24px'>{_e(gone)}</p>"
        related = relations.related(self.context.store, self.kind, self.record_id)
        parts = [f"<h2 style='margin-bottom:2px'>{_e(title_of(record))}</h2>"]
        if changed := self._last_changed():
            parts.append(f"<p style='color:{muted}; margin-top:0'>{_e(changed)}</p>")
        if related.tags:
            chips = " ".join(
                f"<span style='background:{palette.color(QPalette.ColorRole.AlternateBase).name()};"
                f"'>&nbsp;{_e(t)}&nbsp;</span>"
                for t in related.tags
            )
            parts.append(f"<p>{chips}</p>")
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for label, text in facts(record):
            value = _e(text).replace("\n", "<br>")
            if label == translate("RecordFacts", "E-mail"):  # the labels come translated
                value = ", ".join(
                    f"<a href='mailto:{_href(a.strip())}'>{_e(a.strip())}</a>"
                    for a in text.split(",")
                )
            elif label == translate("RecordFacts", "Website") and text.startswith(
                ("http://", "https://")
            ):
                value = f"<a href='{_href(text)}'>{_e(text)}</a>"
            parts.append(
                f"<tr><td style='color:{muted}; padding-right:12px' valign='top'>"
                f"{_e(label)}</td><td>{value}</td></tr>"
            )
        parts.append("</table>")
        for heading, links in related.groups.items():
            parts.append(
                f"<h3 style='margin-top:14px; margin-bottom:4px'>{_e(heading)} "
                f"<span style='color:{muted}; font-weight:normal'>({len(links)})</span>"
                "</h3><ul style='margin-top:0'>"
            )
            for link in links:
                note = f" <span style='color:{muted}'>— {_e(link.note)}</span>" if link.note else ""
                parts.append(
                    f"<li><a href='record:{link.kind}/{link.id}'>{_e(link.title)}</a>{note}</li>"
                )
            parts.append("</ul>")
        return "".join(parts)

    def _last_changed(self) -> str:
        """The line "Last changed by X on DATE" in a file shared with a team server."""
        from ..core import sync as team

        assert self.record_id is not None
        table = str(model_for(self.kind).__tablename__)
        try:
            found = team.last_changed_by(self.context.store, table, self.record_id)
        except Exception as exc:  # the details show without it
            log.warning("who changed %s %s last is not known: %s", table, self.record_id, exc)
            return ""
        if not found or not found[0]:
            return ""
        who, when = found
        if when is None:
            return self.tr("Last changed by {user}").format(user=who)
        return self.tr("Last changed by {user} on {date}").format(user=who, date=when_text(when))
