"""The window's content scrolls on a small screen: what the keyboard moves to is scrolled into
sight, and what the mouse clicks is not moved away from under it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import open_window


def test_a_click_on_a_partly_shown_button_is_not_lost(qtbot, data_dir) -> None:
    # The caseworker sees the top of "Copy details" at the foot of a small window and clicks
    # it: the press gives it focus; were the content scrolled to it then, the release would
    # land beside the button and the click would be lost.
    window = open_window(qtbot, data_dir)
    window.resize(1024, 480)
    bar = window.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    button = window.detail.copy_button
    viewport = window.scroller.viewport()
    bar.setValue(0)
    top = button.mapTo(viewport, QPoint(0, 0)).y()
    bar.setValue(top - viewport.height() + 6)  # its top 6 pixels show
    qtbot.wait(50)
    assert button.mapTo(viewport, QPoint(0, 0)).y() == viewport.height() - 6
    at = button.mapToGlobal(QPoint(button.width() // 2, 3))
    scrolled = bar.value()
    with qtbot.waitSignal(button.clicked, timeout=1000, raising=False) as clicked:
        QTest.mousePress(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, 3))
        QTest.mouseRelease(button, Qt.MouseButton.LeftButton, pos=button.mapFromGlobal(at))
    assert bar.value() == scrolled
    assert clicked.signal_triggered
    window.runner.wait()
