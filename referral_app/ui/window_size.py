"""Windows sized for the screen they open on: a caseworker's laptop is often 1366 x 768."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

FRAME_WIDTH = 16  # the window manager's frame, both sides
FRAME_HEIGHT = 48  # its title bar and lower frame


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` this size, or the room its screen has for a window when that is less
    (the taskbar and the window's frame taken off)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_WIDTH)
        height = min(height, room.height() - FRAME_HEIGHT)
    window.resize(max(width, 320), max(height, 240))
