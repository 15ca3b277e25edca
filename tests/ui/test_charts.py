"""Bar charts drawn with QPainter, on screen and into the PDF report."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from referral_app.ui.charts import WHOLE, Bar, draw_bars

TITLE = "Districts with no service, by need (of 163 districts)"


def first_bar_row(title: str, width: int) -> int:
    """The first row of pixels the first bar is drawn on, in a chart ``width`` pixels wide."""
    image = QImage(width, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPointSizeF(12)
    draw_bars(painter, QRectF(0, 0, width, 300), title, [Bar("Legal aid", 3), Bar("Shelter", 1)],
              font)
    painter.end()
    for y in range(image.height()):
        if any(image.pixelColor(x, y) == WHOLE for x in range(0, width, 2)):
            return y
    raise AssertionError("no bar drawn")


def test_a_title_wider_than_the_chart_goes_on_over_more_lines(qapp) -> None:
    wide, narrow = first_bar_row(TITLE, 2000), first_bar_row(TITLE, 220)
    assert first_bar_row("Gaps", 220) == wide  # a title that fits takes one line
    assert narrow > wide  # the bars start below the title's second line, not over it
