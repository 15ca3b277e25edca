import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, Qt

from referral_app.ui.service_table_model import ServiceTableModel


def test_the_results_model_passes_the_model_tester(qtbot, qtmodeltester, directory) -> None:
    model = ServiceTableModel()
    model.set_services(directory.search("", limit=20))
    qtmodeltester.check(model)


def test_data_for_unhandled_roles_does_not_corrupt_none(directory) -> None:
    """PySide6 6.12.0 on Python 3.11 released None once too often per data() call returning
    None and aborted after a few thousand calls; a broken binding crashes this test run."""
    model = ServiceTableModel()
    model.set_services(directory.search("", limit=5))
    proxy = QIdentityProxyModel()  # calls our data() from C++, through the binding
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        assert proxy.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert sys.getrefcount(None) >= before - 100


def test_the_paged_model_passes_the_model_tester(qtbot, qtmodeltester, directory) -> None:
    model = ServiceTableModel()
    first = directory.search("", limit=10)
    model.set_services(first, 30, lambda offset, limit: directory.search(
        "", limit=limit, offset=offset))
    qtmodeltester.check(model)
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 47  # the 37 after the first 10: all there are


def run_program(script: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60)


def quick_exit_after_start(folder: Path) -> str:
    """A script that starts the real program on ``folder`` and presses Quick exit."""
    return (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtGui import QAction\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from referral_app.app import run_window\n"
        "app = QApplication(sys.argv[:1])\n"
        "def leave():\n"
        "    for widget in app.topLevelWidgets():\n"
        "        action = widget.findChild(QAction, 'quickExit')\n"
        "        if action is not None:\n"
        "            action.trigger()\n"
        "QTimer.singleShot(300, leave)\n"
        "QTimer.singleShot(20000, lambda: app.exit(9))  # not ended by quick exit\n"
        f"sys.exit(run_window(__import__('pathlib').Path({str(folder)!r})))\n"
    )


def test_quick_exit_ends_the_real_program(tmp_path) -> None:
    """The program started as a caseworker starts it: quick exit leaves nothing running."""
    done = run_program(quick_exit_after_start(tmp_path))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "directory.db").exists()


def test_a_lock_left_by_a_crashed_copy_does_not_keep_the_window_shut(tmp_path) -> None:
    crashed = run_program(
        "import os\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(tmp_path / 'window.lock')!r})\n"
        "assert lock.tryLock(0)\n"
        "os.kill(os.getpid(), 9)\n")
    assert crashed.returncode == -9 and (tmp_path / "window.lock").exists()
    done = run_program(quick_exit_after_start(tmp_path))
    assert done.returncode == 0, done.stderr


def test_a_second_window_on_the_same_data_folder_is_refused(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QMessageBox

    from referral_app import app

    first = QLockFile(str(tmp_path / "window.lock"))  # the copy already open ...
    assert first.tryLock(0)
    hour_ago = time.time() - 3600  # ... since an hour: a live lock does not go stale with age
    os.utime(tmp_path / "window.lock", (hour_ago, hour_ago))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    try:
        assert app.run_window(tmp_path) == 1
    finally:
        first.unlock()
    assert said == [app.ALREADY_OPEN]
    assert not (tmp_path / "directory.db").exists()  # nothing was opened
