"""The window's content scrolls on a small screen: what the keyboard moves to is scrolled into
sight, and what the mouse clicks is not moved away from under it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

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


def shown_whole_across(widget, viewport) -> bool:
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= viewport.width()


def test_tab_scrolls_across_to_what_it_moves_to_in_urdu_with_large_text(qtbot,
                                                                         data_dir) -> None:
    # Urdu at twice the text size, in a window narrower than its widest need button (the rows
    # wrap down to one button a row, and no further): the content is wider than the window
    # and scrolls across, right to left; each stop Tab moves to is scrolled into sight
    from referral_app.ui.appearance import Appearance

    window = open_window(qtbot, data_dir, "ur")
    window.set_appearance(Appearance("ur", 200, False))
    widest = max(button.minimumWidth() for button in window.panel.need_buttons.values())
    window.resize(widest - 60, 720)
    across = window.scroller.horizontalScrollBar()
    qtbot.waitUntil(lambda: across.maximum() > 0)
    viewport = window.scroller.viewport()
    panel = window.panel
    stops = [*panel.findChildren(QToolButton), panel.province, panel.district,
             panel.language, panel.serves, panel.order]
    stops = [stop for stop in stops if stop.isVisible()]
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    missed = []
    for _ in range(len(stops) + 4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if window.scroller.widget().isAncestorOf(focused) and focused.width() < viewport.width():
            if not shown_whole_across(focused, viewport):
                missed.append(focused.objectName())
    assert missed == []
    window.runner.wait()


def test_tab_leaves_the_results_for_the_filters(qtbot, data_dir) -> None:
    # rows are chosen with the arrows; Tab goes on to the next stop (it moved from cell to
    # cell, so the keyboard alone could not reach the needs and filters after the results)
    window = open_window(qtbot, data_dir, "ur")
    window.focus_search()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Tab)
    assert window.results.hasFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName().startswith("needFilter_")
    window.runner.wait()
