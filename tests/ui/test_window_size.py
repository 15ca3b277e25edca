"""Every window opens within the room its screen has (a caseworker's laptop is often 1366 x
768), in Urdu too, and can be made that small without hiding anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from referral_app.ui.window_size import FRAME_HEIGHT, FRAME_WIDTH, fit_to_screen
from tests.fixtures.sheets import write_sheet
from tests.ui.conftest import PASS, open_window
from tests.ui.test_sheet_dialog import opened_sheet


def room() -> tuple[int, int]:
    screen = QApplication.primaryScreen().availableGeometry()
    return screen.width() - FRAME_WIDTH, screen.height() - FRAME_HEIGHT


def test_a_window_is_given_its_size_or_the_screens_room(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    fit_to_screen(widget, 500, 400)
    assert widget.size().toTuple() == (500, 400)
    width, height = room()
    fit_to_screen(widget, width + 500, height + 500)
    assert widget.size().toTuple() == (width, height)


def test_every_window_opens_within_the_screen_in_urdu(qtbot, data_dir, tmp_path: Path) -> None:
    width, height = room()  # the test screen is smaller than the sizes the windows ask for
    window = open_window(qtbot, data_dir, "ur", passphrase=PASS)
    opened: list[QWidget] = [window]
    window.coordination_menu.show_view()
    opened.append(window.coordination_menu.view)
    opened.append(opened_sheet(qtbot, window.directory_menu, write_sheet(tmp_path / "s.xlsx")))
    window.show_settings()
    opened.append(window._settings_dialog)
    for shown in opened:
        name = type(shown).__name__
        assert shown.width() <= width and shown.height() <= height, name
        assert shown.minimumSizeHint().height() <= height, name
        shown.close()
    window.runner.wait()
