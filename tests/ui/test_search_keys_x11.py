"""Ctrl+U, "update from a file", typed in the search field with real key presses on a real X
display: Qt's line edit on Linux binds Ctrl+U to deleting the line, and the window's shortcut
must win. Runs where Xvfb and xdotool are installed (CI installs them)."""

from __future__ import annotations

import time

from tests.ui import test_quick_exit_x11 as x11
from tests.ui.test_quick_exit_x11 import focus, start_program, visible_windows, xdotool

pytestmark = x11.pytestmark
display = x11.display  # the fixture: a private X display


def test_ctrl_u_in_the_search_field_opens_the_update_chooser(display, tmp_path) -> None:
    program = start_program(display, tmp_path)
    with program:
        try:
            window = xdotool(display, "search", "--onlyvisible", "--name",
                             "Referral App").split()[0]
            focus(display, window)
            time.sleep(1)  # the search field has the focus when the window opens
            xdotool(display, "type", "--delay", "50", "shelter")
            chooser = ""
            deadline = time.monotonic() + 20
            while not chooser and time.monotonic() < deadline:
                xdotool(display, "key", "ctrl+u")
                time.sleep(0.7)
                chooser = xdotool(display, "search", "--onlyvisible", "--name",
                                  "from a file").strip()
            assert chooser, "Ctrl+U did not open the update chooser"
            xdotool(display, "key", "ctrl+shift+q")
            output, _ = program.communicate(timeout=15)
        finally:
            if program.poll() is None:
                program.kill()
                program.communicate()
    assert "Traceback" not in output, output
    assert not visible_windows(display)
