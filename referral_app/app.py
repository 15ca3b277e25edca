"""The composition root: arguments, logging, stores, then the window or a command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import cli
from .core.errors import DirectoryDamagedError, UserError
from .logs import start_logging
from .paths import data_dir
from .store.directory import Directory

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def build_main_window(folder: Path, language: str | None = None,
                      passphrase: str | None = None) -> QMainWindow:
    """The main window on the directory in ``folder``, without starting the event loop; in
    ``language`` ("en" or "ur"), else the one chosen in settings, else the laptop's. With a
    ``passphrase`` the casework store is created or unlocked without a dialog (for tests)."""
    from .ui.main_window import MainWindow

    return MainWindow(Directory.open(folder), folder, language, passphrase)


def main(argv: list[str] | None = None) -> int:
    args = cli.parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    return run_window(data_dir(args.data_dir))


def _window_or_restore(folder: Path) -> QMainWindow | None:
    """The window; when the directory is found damaged as it opens, first ask to restore it
    (None when that is declined)."""
    try:
        return build_main_window(folder)
    except DirectoryDamagedError:
        from .ui.directory_check import restore_at_start
        from .ui.main_window import SETTINGS_FILE

        if not restore_at_start(folder, folder / SETTINGS_FILE):
            return None
    return build_main_window(folder)


ALREADY_OPEN = ("Referral App is already open on this laptop; use that window (look for it in "
                "the taskbar).")


def run_window(folder: Path) -> int:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication, QMessageBox

    start_logging(folder)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # One window per data folder: two would each hold referrals the other does not show.
    # A lock left by a crash is taken over (Qt checks whether its process still runs).
    only_window = QLockFile(str(folder / "window.lock"))
    only_window.setStaleLockTime(0)
    if not only_window.tryLock(0) and \
            only_window.error() == QLockFile.LockError.LockFailedError:
        QMessageBox.information(None, "Referral App", ALREADY_OPEN)
        return 1
    try:
        window = _window_or_restore(folder)
    except UserError as error:
        QMessageBox.critical(None, "Referral App", str(error))
        return 1
    if window is None:
        return 1
    def leave() -> None:  # quick exit ends the program: nothing stays running, hidden
        window.close()
        app.quit()

    window.left.connect(leave)  # type: ignore[attr-defined]
    window.show()
    return app.exec()
