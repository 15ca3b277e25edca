"""The keys of quick exit, heard everywhere in the application.

Ctrl+Shift+Q, or Esc three times within 1.5 seconds, asks for a quick exit whatever is in
front: the main window, a dialog, a file chooser or a question box, modal or not. The keys are
watched by an application-wide event filter, so that no dialog's event loop and no shortcut
context can swallow them; Esc still does what it does where it is pressed (closes a dialog, goes
back to the search field) and counts towards the three.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

QUICK_EXIT_SECONDS = 1.5
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def is_quick_exit_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_Q and modifiers == _CTRL_SHIFT


class QuickExitKeys(QObject):
    """Emits ``wanted`` when someone presses the quick exit keys, wherever the focus is."""

    wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._escapes: list[float] = []
        self.left = False  # after a quick exit, no window may come back on screen

    def leave(self) -> None:
        """Clear the screen now, and again should a dialog that was opening show itself."""
        self.left = True
        clear_screen()
        # A dialog pressed away while it was still opening starts its event loop after this:
        # clear again from inside that loop.
        QTimer.singleShot(0, clear_screen)

    def escape_pressed(self) -> None:
        """One press of Esc; the third within 1.5 seconds asks for a quick exit."""
        now = time.monotonic()
        self._escapes = [t for t in self._escapes if now - t < QUICK_EXIT_SECONDS] + [now]
        if len(self._escapes) >= 3:
            self._escapes.clear()
            self.wanted.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and self.left and isinstance(watched, QWidget) \
                and watched.isWindow():
            QTimer.singleShot(0, clear_screen)  # a dialog that was opening at the exit
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                or not isinstance(event, QKeyEvent):
            return False
        if is_quick_exit_key(event):
            event.accept()
            self.wanted.emit()
            return True
        # One key press reaches several objects (the window, the focus widget, its parents);
        # only the first widget gets it as "spontaneous", so each press counts once. A press
        # that a shortcut takes (the main window's Esc) never arrives as a KeyPress: that
        # shortcut counts it instead (``escape_pressed``).
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape \
                and event.spontaneous() and isinstance(watched, QWidget) \
                and not event.isAutoRepeat():
            self.escape_pressed()
        return False


def clear_screen() -> None:
    """Hide every window of the application at once, and end every dialog's event loop as
    if it had been cancelled, so that the code waiting on it goes on without acting."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.hide()
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.reject()
    popup = app.activePopupWidget()
    while popup is not None:  # an open menu or combo list
        popup.close()
        following = app.activePopupWidget()
        popup = None if following is popup else following
