"""The first screen: open the sample network, start a new database, or open a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .icons import icon
from .plain_text import literal, shown


class WelcomeView(QWidget):
    open_sample = Signal()
    create_new = Signal()
    open_existing = Signal()
    open_path = Signal(str)

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Office Desk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "One desk for your contact-office network: offices, people, organizations, "
                "projects and events, on your own computer, online or not."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: palette(placeholder-text);")

        self.sample_button = self._button(
            "mdi6.earth",
            self.tr("Open the sample network"),
            self.tr("The Dresden-Jinan office and its network, to look around"),
        )
        self.new_button = self._button(
            "mdi6.database-plus",
            self.tr("Create a new database…"),
            self.tr("Start with an empty file"),
        )
        self.open_button = self._button(
            "mdi6.folder-open",
            self.tr("Open an existing file…"),
            self.tr("An Office Desk .sqlite file"),
        )
        self.sample_button.clicked.connect(self.open_sample)
        self.new_button.clicked.connect(self.create_new)
        self.open_button.clicked.connect(self.open_existing)

        self.recent = QListWidget(self)
        self.recent.setObjectName("recent_files")
        self.recent.setMaximumHeight(160)
        for path in recent:
            item = QListWidgetItem(icon("mdi6.history"), shown(f"{Path(path).name}   —   {path}"))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(literal(path))
            self.recent.addItem(item)
        self.recent.itemActivated.connect(
            lambda item: self.open_path.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        recent_label = QLabel(self.tr("Recent files"), self)
        recent_label.setVisible(bool(recent))
        self.recent.setVisible(bool(recent))
        hint = QLabel(self.tr("You can also drop a database file onto this window."), self)
        hint.setStyleSheet("color: palette(placeholder-text);")

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        for button in (self.sample_button, self.new_button, self.open_button):
            column.addWidget(button)
        column.addSpacing(12)
        column.addWidget(recent_label)
        column.addWidget(self.recent)
        column.addWidget(hint)
        box = QWidget(self)
        box.setLayout(column)
        box.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.sample_button.setFocus()

    def _button(self, icon_name: str, text: str, detail: str) -> QPushButton:
        button = QPushButton(icon(icon_name), f"  {text}\n  {detail}", self)
        button.setIconSize(QSize(28, 28))
        button.setMinimumHeight(56)
        button.setStyleSheet("text-align: left; padding: 6px 12px;")
        return button
