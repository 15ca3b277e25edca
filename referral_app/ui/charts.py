"""Bar charts drawn with QPainter, the same into a widget on screen and into the PDF report.

Each bar carries its label and its number in words beside it, so that no reader depends on
colour; a part of a bar (the failed referrals within all of them) is drawn hatched as well as
darker. Right-to-left text (Urdu) puts the labels on the right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.text import isolated

WHOLE = QColor("#4a78a8")
PART = QColor("#b8412c")
ROW = 1.15  # a bar's row, in lines of text


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    part: int = 0  # drawn over the start of the bar (e.g. the failed referrals)


def draw_bars(painter: QPainter, rect: QRectF, title: str, bars: Sequence[Bar],
              font: QFont, rtl: bool = False, empty: str = "") -> None:
    """Horizontal bars, one a row, the longest filling the width left beside the labels."""
    painter.save()
    # a title wider than the chart (a narrow window, large text) goes on over more lines
    height, spacing = _title_height(painter, font, rect, title)
    font = _fitting(painter, font, rect, len(bars) + max(1, round(height / spacing)) - 1)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    line = metrics.height() * ROW
    flags = int(_side(rtl) | Qt.AlignmentFlag.AlignVCenter)
    painter.setPen(QPen(Qt.GlobalColor.black))
    title_height = max(line, _title_height(painter, font, rect, title)[0])  # in bold now
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_height),
                     flags | int(Qt.TextFlag.TextWordWrap), title)
    painter.setFont(font)
    top = rect.top() + title_height + line * 0.2
    if not bars:
        painter.drawText(QRectF(rect.left(), top, rect.width(), line), flags, empty)
        painter.restore()
        return
    rows = max(1, min(len(bars), int((rect.bottom() - top) // line)))
    shown = list(bars[:rows])
    label_width = min(rect.width() * 0.4,
                      max(metrics.horizontalAdvance(b.label) for b in shown) + line * 0.5)
    number_width = metrics.horizontalAdvance("0000000")
    room = max(1.0, rect.width() - label_width - number_width)
    largest = max(b.value for b in shown) or 1
    for index, bar in enumerate(shown):
        y = top + index * line
        length = room * bar.value / largest
        part = room * min(bar.part, bar.value) / largest
        if rtl:
            label = QRectF(rect.right() - label_width, y, label_width, line)
            whole = QRectF(label.left() - length, y + line * 0.15, length, line * 0.7)
            failed = QRectF(label.left() - part, whole.top(), part, whole.height())
            number = QRectF(whole.left() - number_width, y, number_width - line * 0.2, line)
        else:
            label = QRectF(rect.left(), y, label_width, line)
            whole = QRectF(label.right(), y + line * 0.15, length, line * 0.7)
            failed = QRectF(label.right(), whole.top(), part, whole.height())
            number = QRectF(whole.right() + line * 0.2, y, number_width, line)
        painter.drawText(label, flags, metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                          int(label_width - line * 0.3)))
        painter.fillRect(whole, WHOLE)
        if part:
            painter.fillRect(failed, PART)
            painter.fillRect(failed, QBrush(Qt.GlobalColor.white, Qt.BrushStyle.BDiagPattern))
        text = f"{bar.value}" if not bar.part else f"{bar.part} / {bar.value}"
        painter.drawText(number, int(_side(rtl) | Qt.AlignmentFlag.AlignVCenter),
                         isolated(text))
    painter.restore()


def _fitting(painter: QPainter, font: QFont, rect: QRectF, rows: int) -> QFont:
    """The font made smaller (to no less than 70%) when the title and every bar would not fit
    in ``rect``; bars that still do not fit are left off the end."""
    painter.setFont(font)
    needed = painter.fontMetrics().height() * ROW * (rows + 1.2)
    if needed <= rect.height() or font.pointSizeF() <= 0:
        return font
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * max(0.7, rect.height() / needed))
    return smaller


def _title_height(painter: QPainter, font: QFont, rect: QRectF, title: str
                  ) -> tuple[int, int]:
    """The height the title takes across ``rect`` in bold ``font`` (left set on the painter),
    and the height of one of its lines."""
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    metrics = painter.fontMetrics()
    wrapped = metrics.boundingRect(rect.toRect(), int(Qt.TextFlag.TextWordWrap), title)
    return wrapped.height(), metrics.lineSpacing()


def _side(rtl: bool) -> Qt.AlignmentFlag:
    """Right for right-to-left text, left otherwise, whatever the painter's direction (without
    AlignAbsolute, Qt mirrors left and right when the painter is right to left)."""
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute


Drawing = Callable[[QPainter, QRectF], None]


class ChartWidget(QWidget):
    """A widget that paints one chart; ``show_chart`` gives it what to draw."""

    def __init__(self, parent: QWidget | None = None, object_name: str = "chart") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._drawing: Drawing | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_chart(self, drawing: Drawing, description: str, rows: int) -> None:
        """Draw ``drawing`` from now on; the widget asks for the height of ``rows`` bars."""
        self._drawing = drawing
        self.setMinimumHeight(max(160, int(self.fontMetrics().height() * ROW * (rows + 1.5))
                                  + 16))
        self.setAccessibleName(description)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._drawing is not None:
            self._drawing(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8))
        painter.end()
