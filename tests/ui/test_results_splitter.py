"""The results and the details: side by side when there is room, one over the other when not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableWidget, QTextBrowser, QVBoxLayout, QWidget

from referral_app.ui.results_splitter import READABLE_LINES, TURN_BACK_MARGIN, ResultsSplitter


def splitter_of(qtbot) -> tuple[QWidget, ResultsSplitter]:
    window = QWidget()  # as in the window: a splitter of its own limits its window's width
    qtbot.addWidget(window)
    splitter = ResultsSplitter(window, objectName="resultsSplitter")
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    splitter.addWidget(QTableWidget(20, 3))
    details = QTextBrowser()
    details.setMinimumWidth(300)  # as the details' buttons ask for
    splitter.addWidget(details)
    window.resize(2000, 600)
    splitter.setSizes([1200, 800])
    window.show()
    qtbot.waitExposed(window)
    return window, splitter


def resized(qtbot, splitter: ResultsSplitter, width: int) -> None:
    splitter.window().resize(width, 600)
    qtbot.waitUntil(lambda: splitter.width() == width)


def test_side_by_side_when_there_is_room_one_over_the_other_when_not(qtbot) -> None:
    _window, splitter = splitter_of(qtbot)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    needed = splitter.side_by_side_width()
    readable = splitter.fontMetrics().averageCharWidth() * 30
    assert needed >= 300 + readable  # the results too are wide enough to read names
    # it asks for no more width than the wider of the two: the window need not scroll across
    assert splitter.minimumSizeHint().width() < needed
    resized(qtbot, splitter, needed - 1)
    assert splitter.orientation() == Qt.Orientation.Vertical
    results, details = splitter.widget(0), splitter.widget(1)
    lines = splitter.fontMetrics().lineSpacing() * READABLE_LINES
    assert results.minimumHeight() >= lines and details.minimumHeight() >= lines
    assert splitter.minimumSizeHint().height() >= 2 * lines
    # not back at the first pixel of room (a scroll bar coming and going would flicker it)
    resized(qtbot, splitter, needed + TURN_BACK_MARGIN - 1)
    assert splitter.orientation() == Qt.Orientation.Vertical
    resized(qtbot, splitter, 2000)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    assert results.minimumHeight() == 0 and details.minimumHeight() == 0
    assert splitter.sizes()[0] > splitter.sizes()[1]  # the sizes it had side by side


def test_what_is_kept_is_side_by_side_even_while_turned(qtbot) -> None:
    _window, splitter = splitter_of(qtbot)
    resized(qtbot, splitter, splitter.minimumSizeHint().width() + 10)
    assert splitter.orientation() == Qt.Orientation.Vertical
    other = ResultsSplitter()
    qtbot.addWidget(other)
    other.addWidget(QTableWidget())
    other.addWidget(QTextBrowser())
    assert other.restoreState(splitter.side_by_side_state())
    assert other.orientation() == Qt.Orientation.Horizontal


def test_a_new_text_size_turns_it_without_a_resize(qtbot) -> None:
    # Settings changes the text size at once: the window keeps its size, the parts do not
    window, splitter = splitter_of(qtbot)
    resized(qtbot, splitter, splitter.side_by_side_width() + TURN_BACK_MARGIN + 20)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    font = QFont(window.font())
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(larger)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    window.setFont(font)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)
    assert [splitter.widget(i).minimumHeight() for i in range(2)] == [0, 0]
