"""Quick exit from anywhere: with any dialog, file chooser or question box in front, modal or
not, Ctrl+Shift+Q (or Esc three times, counted across dialogs) hides everything, ends the
dialog as if cancelled, locks the casework and leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from referral_app.ui import dialogs

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(unlocked_window):
    return unlocked_window


_held: list[QWidget] = []


def in_front() -> QWindow:
    """The window a key typed now goes to; Qt hands it on to the focus widget inside, as
    it does with a real key press."""
    app = QApplication.instance()
    widget = app.activeModalWidget() or app.activeWindow()
    assert widget is not None
    _held[:] = [widget]  # the handle lives only as long as this wrapper does
    return widget.windowHandle()


def press_quick_exit() -> None:
    QTest.keyClick(in_front(), Qt.Key.Key_Q, CTRL_SHIFT)


def _visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def ask_while_pressing(press, ask):
    """Open a dialog with ``ask()`` (blocking, as the window does) and press keys in it."""
    fired: list[bool] = []

    def when_shown() -> None:
        if QApplication.activeModalWidget() is None:  # not up yet
            QTimer.singleShot(20, when_shown)
            return
        fired.append(True)
        press()

    QTimer.singleShot(20, when_shown)
    answer = ask()
    assert fired, "the dialog never came up"
    return answer


def assert_left(window, left) -> None:
    assert left, "quick exit did not happen"
    assert not _visible_windows(), [w.objectName() or type(w).__name__
                                     for w in _visible_windows()]
    assert not window.session.is_open
    assert window.search_field.text() == "" and window.model.rowCount() == 0


DIALOGS = {
    "reason without consent": (lambda w: dialogs.ask_reason(w, "Sending without consent", "Why?"),
                               None),
    "save the slip": (lambda w: dialogs.choose_pdf_path(w, "Save the slip", "slip.pdf"), None),
    "save corrections": (lambda w: dialogs.choose_json_path(w, "Save", "fixes.json"), None),
    "update file": (lambda w: dialogs.choose_update_file(w, "Update"), None),
    "public key": (lambda w: dialogs.choose_public_key(w, "Key"), None),
    "question": (lambda w: dialogs.confirm(w, "Undo last update", "Undo it?"), False),
    "correction": (lambda w: dialogs.ask_correction(w, "Correct", [("phone", "Phone")]), None),
    "local service": (lambda w: dialogs.ask_local_service(
        w, "Add", {k: k for k in ("name", "organization", "phone", "area", "need")},
        [("legal", "Legal")]), None),
    "text": (lambda w: dialogs.ask_text(w, "Trust", "Name"), None),
    "message box": (lambda w: QMessageBox.critical(w, "Problem", "Something"),
                    QMessageBox.StandardButton.Escape),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_ctrl_shift_q_in_front_of_any_dialog(qtbot, window, name) -> None:
    ask, cancelled = DIALOGS[name]
    window.activateWindow()
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))
    answer = ask_while_pressing(press_quick_exit, lambda: ask(window))
    if cancelled is QMessageBox.StandardButton.Escape:
        assert answer != QMessageBox.StandardButton.Ok
    else:
        assert answer == cancelled  # the blocking call returned as if cancelled
    assert_left(window, left)


@pytest.mark.parametrize("name", ["reason without consent", "save the slip", "question"])
def test_escape_three_times_counts_across_dialogs(qtbot, window, name) -> None:
    ask, _ = DIALOGS[name]
    window.activateWindow()
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))
    # the first Esc closes the dialog, the next two land on the window: three in all
    ask_while_pressing(lambda: QTest.keyClick(in_front(), Qt.Key.Key_Escape),
                       lambda: ask(window))
    assert not left
    QTest.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not left
    QTest.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert_left(window, left)


def test_escape_three_times_inside_one_dialog(qtbot, window) -> None:
    """Three presses in front of a dialog that Esc does not close (a nested question)."""
    window.activateWindow()
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))

    def three_escapes() -> None:
        box = QApplication.activeModalWidget()
        for _ in range(3):  # the first closes the inner box; the rest reach what is behind
            QTest.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Escape)

    ask_while_pressing(three_escapes, lambda: dialogs.ask_local_service(
        window, "Add", {k: k for k in ("name", "organization", "phone", "area", "need")},
        [("legal", "Legal")]))
    assert_left(window, left)


def test_escape_twice_is_not_a_quick_exit(qtbot, window) -> None:
    window.activateWindow()
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))
    answer = ask_while_pressing(lambda: QTest.keyClick(in_front(), Qt.Key.Key_Escape),
                                lambda: dialogs.ask_text(window, "Trust", "Name"))
    assert answer is None
    QTest.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not left and window.isVisible() and window.session.is_open


def test_quick_exit_with_the_settings_and_passphrase_dialogs_open(qtbot, window) -> None:
    window.show_settings()
    window.change_passphrase()
    left: list[bool] = []
    window.left.connect(lambda: left.append(True))
    press_quick_exit()
    assert_left(window, left)


def test_nothing_runs_on_the_closed_directory_after_quick_exit(qtbot, window) -> None:
    window.select_row(1)
    window.quick_exit()
    window.close()  # as the program does when it leaves
    assert window._closed
    # a selection change queued before the close reaches the window afterwards
    window._show_current(window.model.index(0, 0), window.model.index(1, 0))
    window._directory_changed()
