"""The packaged Linux app (PyInstaller, one folder) works on a laptop with no Python and no
network: PATH holds no Python, PYTHONPATH and PYTHONHOME are unset, the network namespace has
no interfaces. Slow: marked ``kit`` (python -m pytest -m kit tests/packaging)."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.fixtures.services import service
from tests.packaging.conftest import run_offline
from tests.ui.test_quick_exit_x11 import (  # noqa: F401
    display,
    focus,
    visible_windows,
    xdotool,
)

pytestmark = pytest.mark.kit


@pytest.fixture
def no_python(tmp_path: Path) -> dict[str, str]:
    """A laptop's environment with nothing of Python in it: PATH is one empty folder."""
    empty = tmp_path / "bin"
    empty.mkdir()
    return {"PATH": str(empty), "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen"}


def test_the_folder_holds_no_python_to_find_and_only_the_qt_it_uses(packaged_app) -> None:
    assert (packaged_app / "referral-app").is_file()
    qt = packaged_app / "_internal" / "PySide6"
    modules = sorted(p.name.split(".")[0] for p in qt.glob("Qt*.so"))
    assert modules == ["QtCore", "QtGui", "QtPrintSupport", "QtWidgets"]
    platforms = sorted(p.name for p in (qt / "Qt" / "plugins" / "platforms").iterdir())
    assert platforms == ["libqminimal.so", "libqoffscreen.so", "libqwayland.so", "libqxcb.so"]
    assert not list(packaged_app.rglob("libQt6Network*")), "QtNetwork is not used"
    assert not [p for p in packaged_app.rglob("*") if p.is_symlink() and not p.exists()]


def test_the_cli_imports_searches_and_writes_a_slip(packaged_app, offline, no_python,
                                                    tmp_path) -> None:
    program = packaged_app / "referral-app"
    data = tmp_path / "data"
    record = service("Fictional Canal Bank Legal Desk", phone="0300-0000001",
                     district="Lahore", province="Punjab")
    hsds = tmp_path / "fictional.json"
    hsds.write_text(json.dumps([record]), encoding="utf-8")

    done = run_offline([program, "--data-dir", data, "import", hsds], no_python)
    assert done.returncode == 0 and done.stdout.startswith("added 1,"), done.stdout + done.stderr
    done = run_offline([program, "--data-dir", data, "search", "Canal Bank", "--json"],
                       no_python)
    assert done.returncode == 0, done.stderr
    assert [r["id"] for r in json.loads(done.stdout)] == [record["id"]]
    slip = tmp_path / "slip.pdf"
    done = run_offline([program, "--data-dir", data, "slip", "--service", record["id"],
                        "--lang", "both", "--out", slip], no_python)
    assert done.returncode == 0, done.stderr
    assert slip.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", slip, "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "0300-0000001" in text
    done = run_offline([program, "--data-dir", data, "search", "--need", "nonsense"],
                       no_python)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2  # argparse's usage line and one sentence


def test_the_window_starts_offscreen(packaged_app, offline, no_python, tmp_path) -> None:
    data = tmp_path / "data"
    printed = tmp_path / "output.txt"
    # Qt's offscreen platform prints this when a top-level window is shown
    shown = "This plugin does not support propagateSizeHints"
    with printed.open("w") as output:
        program = subprocess.Popen(
            ["unshare", "-n", "env", "-i", *(f"{k}={v}" for k, v in no_python.items()),
             str(packaged_app / "referral-app"), "--data-dir", str(data)],
            stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while (time.monotonic() < deadline and program.poll() is None
               and shown not in printed.read_text()):
            time.sleep(0.2)
        assert shown in printed.read_text(), printed.read_text()
        time.sleep(1)
        assert program.poll() is None, "the program ended on its own"
        assert (data / "window.lock").exists()  # held by the open window
    finally:
        program.send_signal(signal.SIGTERM)
        program.wait(30)
    log = (data / "logs" / "referral-app.log").read_text()
    assert "loaded the starter directory" in log and " ERROR " not in log
    assert "Traceback" not in printed.read_text()


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                    reason="Xvfb and xdotool are not installed")
def test_the_window_shows_on_x11_and_quick_exit_ends_it(packaged_app, offline, no_python,
                                                        display, tmp_path) -> None:  # noqa: F811
    env = {**no_python, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    program = subprocess.Popen(
        ["unshare", "-n", "env", "-i", *(f"{k}={v}" for k, v in env.items()),
         str(packaged_app / "referral-app"), "--data-dir", str(tmp_path / "data")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        xdotool(display, "search", "--sync", "--onlyvisible", "--name", "Referral App")
        window = xdotool(display, "search", "--onlyvisible", "--name", "Referral App").split()
        assert window
        focus(display, window[0])
        xdotool(display, "key", "ctrl+shift+q")
        output, _ = program.communicate(timeout=30)
    finally:
        if program.poll() is None:
            program.kill()
            program.communicate()
    assert program.returncode == 0, output
    assert "Traceback" not in output
    assert not visible_windows(display)
