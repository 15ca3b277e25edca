"""Quick exit with real key presses on a real X display: the program is started as a
caseworker starts it, a file chooser is opened with its shortcut, and the keys are typed by
xdotool through the X server. Runs where Xvfb and xdotool are installed (CI installs them)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="Xvfb and xdotool are not installed")


@pytest.fixture
def display() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=30)
    return done.stdout


def start_program(display: str, folder: Path, title: str = "Referral App"
                  ) -> subprocess.Popen[str]:
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", REFERRAL_APP_DATA_DIR=str(folder))
    program = subprocess.Popen([sys.executable, "-m", "referral_app"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    xdotool(display, "search", "--sync", "--onlyvisible", "--name", title)
    return program


def focus(display: str, window: str, at: str = "200") -> None:
    """Give a window the keyboard focus (there is no window manager on the test display), the
    pointer ``at`` pixels into it."""
    xdotool(display, "mousemove", "--window", window, at, at)
    xdotool(display, "windowfocus", "--sync", window)


def open_update_chooser(display: str) -> None:
    """File → Update directory… from the keyboard (Alt+F, Enter): a modal file chooser."""
    window = xdotool(display, "search", "--onlyvisible", "--name", "Referral App").split()[0]
    focus(display, window)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        xdotool(display, "key", "alt+f")
        time.sleep(0.3)
        xdotool(display, "key", "Return")
        time.sleep(0.5)
        if xdotool(display, "search", "--onlyvisible", "--name", "from a file").strip():
            return
    pytest.fail("the file chooser did not come up")


def visible_windows(display: str) -> list[str]:
    return xdotool(display, "search", "--onlyvisible", "--name", ".").split()


@pytest.mark.parametrize("keys", [["ctrl+shift+q"], ["Escape", "Escape", "Escape"]])
def test_quick_exit_in_front_of_a_file_chooser(display, tmp_path, keys) -> None:
    program = start_program(display, tmp_path)
    with program:
        try:
            open_update_chooser(display)
            for key in keys:
                xdotool(display, "key", key)
                time.sleep(0.15)
            output, _ = program.communicate(timeout=15)
        finally:
            if program.poll() is None:
                program.kill()
                program.communicate()
    assert program.returncode == 0, output
    assert "Traceback" not in output, output
    assert not visible_windows(display)


def test_quick_exit_on_the_box_shown_before_the_window(display, tmp_path) -> None:
    """The directory is found damaged as the program starts: its question box comes first,
    and quick exit works on it too."""
    from referral_app.store.directory import Directory
    from tests.fixtures.damage import damage_header

    Directory.open(tmp_path).close()
    damage_header(tmp_path / "directory.db")
    program = start_program(display, tmp_path, "directory is damaged")
    with program:
        try:
            box = xdotool(display, "search", "--onlyvisible", "--name",
                          "directory is damaged").split()
            focus(display, box[0], at="20")
            xdotool(display, "key", "ctrl+shift+q")
            output, _ = program.communicate(timeout=15)
        finally:
            if program.poll() is None:
                program.kill()
                program.communicate()
    assert "Traceback" not in output, output
    assert not visible_windows(display)
    assert (tmp_path / "directory.db").exists()  # nothing was restored behind her back
