"""Bar-chart pictures (PNG) for reports, drawn with Qt Charts in no window.

A report's content (:mod:`office_desk.core.reports`) carries its charts as plain data:
a name, a title, category labels, one or more labelled series and a unit. This module
turns each into a picture the PDF and the HTML report embed. Several series are drawn
stacked (projects by stage per office); a single series as plain bars.

Qt Charts reads every label, the title and the legend as rich text, so each text is
escaped (:func:`shown`): an office in "Werk &amp; Co" or "Jinan<!-- -->" is drawn as
typed, and a label cannot pull in a picture (``<img src=...>``) or a style.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from .report_fonts import report_font

#: Colours of the series, in order (a colour-blind-safe palette, Okabe-Ito).
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
)
DEFAULT_SIZE = (760, 380)  # logical pixels; drawn at twice that for print
PIXEL_RATIO = 2


class ChartLike(Protocol):
    name: str
    title: str
    categories: Sequence[str]
    series: Sequence[Any]  # each has .label and .values
    unit: str


def shown(text: object) -> str:
    """``text`` as Qt Charts' rich text that shows it as typed."""
    return html.escape(str(text), quote=False)


def _axis_maximum(chart: ChartLike, stacked: bool, divisor: float) -> float:
    if stacked:
        heights = [
            sum(float(s.values[i]) for s in chart.series) / divisor
            for i in range(len(chart.categories))
        ]
    else:
        heights = [float(v) / divisor for s in chart.series for v in s.values]
    top = max(heights, default=0.0)
    return top * 1.1 if top > 0 else 1.0


def _scale(chart: ChartLike) -> tuple[float, str]:
    """A divisor and unit that keep axis labels short (47,964,000,000 CNY -> 47.96 billion)."""
    top = max((abs(float(v)) for s in chart.series for v in s.values), default=0.0)
    for divisor, word in ((1e9, "billion"), (1e6, "million")):
        if top >= divisor * 10 or (divisor >= 1e6 and top >= divisor):
            return divisor, f"{word} {chart.unit}".strip()
    return 1.0, chart.unit


def chart_image(chart: ChartLike, size: tuple[int, int] = DEFAULT_SIZE) -> QImage:
    """The chart drawn into a white picture of ``size`` logical pixels, at twice that
    resolution for print (needs a QApplication)."""
    stacked = len(chart.series) > 1
    divisor, unit = _scale(chart)
    series = QStackedBarSeries() if stacked else QBarSeries()
    for index, data in enumerate(chart.series):
        bar_set = QBarSet(shown(data.label))
        bar_set.append([float(v) / divisor for v in data.values])
        bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[index % len(PALETTE)]))
        bar_set.setLabelColor(QColor("#333333"))
        bar_set.setLabelFont(report_font(8))
        series.append(bar_set)
    if not stacked:
        series.setLabelsVisible(len(chart.categories) <= 12)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(4)

    font = report_font(9)
    small = report_font(8)
    qchart = QChart()
    qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    qchart.setBackgroundBrush(QColor("white"))
    qchart.setTitle(shown(chart.title))
    title_font = QFont(font)
    title_font.setPointSizeF(11)
    title_font.setBold(True)
    qchart.setTitleFont(title_font)
    qchart.addSeries(series)
    qchart.setMargins(QMargins(8, 8, 8, 8))

    categories = QBarCategoryAxis()
    categories.append([shown(c) for c in chart.categories])
    categories.setLabelsFont(small)
    categories.setTruncateLabels(False)  # "Frankfurt am Main", not "Frankfur..."
    if len(chart.categories) > 6:
        categories.setLabelsAngle(-35)
    qchart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)

    values = QValueAxis()
    maximum = _axis_maximum(chart, stacked, divisor)
    counts = divisor == 1.0 and all(float(v).is_integer() for s in chart.series for v in s.values)
    if counts and maximum <= 10:  # a few projects: whole-number ticks 0, 1, 2...
        top = int(maximum) + 1
        values.setRange(0, top)
        values.setTickCount(top + 1)
        values.setLabelFormat("%i")
    else:
        values.setRange(0, maximum)
        values.setLabelFormat("%.0f" if maximum >= 10 else "%.1f")
    values.setLabelsFont(small)
    values.setTitleText(shown(unit))
    values.setTitleFont(small)
    if not (counts and maximum <= 10):
        values.applyNiceNumbers()
    qchart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)

    legend = qchart.legend()
    legend.setVisible(stacked)
    legend.setFont(small)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)

    scene = QGraphicsScene()
    scene.addItem(qchart)
    width, height = size
    qchart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(width * PIXEL_RATIO, height * PIXEL_RATIO, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PIXEL_RATIO)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(qchart)
    del qchart
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the chart picture could not be encoded")
    buffer.close()
    return bytes(data.data())


def chart_pngs(
    charts: Sequence[ChartLike], size: tuple[int, int] = DEFAULT_SIZE
) -> dict[str, bytes]:
    """Every chart with data, as PNG bytes by chart name (empty charts are left out)."""
    pictures: dict[str, bytes] = {}
    for chart in charts:
        if not chart.categories or not any(any(s.values) for s in chart.series):
            continue
        pictures[chart.name] = png_bytes(chart_image(chart, size))
    return pictures
