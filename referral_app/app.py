"""The composition root: arguments, logging, stores, then the window or a command."""

from __future__ import annotations

import atexit
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import cli
from .core.errors import DirectoryDamagedError, UserError
from .logs import start_logging
from .paths import data_dir
from .store.directory import Directory
from .store.integrity import damaged, is_damage

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QMainWindow


def build_main_window(folder: Path, language: str | None = None,
                      passphrase: str | None = None) -> QMainWindow:
    """The main window on the directory in ``folder``, without starting the event loop; in
    ``language`` ("en" or "ur"), else the one chosen in settings, else the laptop's. With a
    ``passphrase`` the casework store is created or unlocked without a dialog (for tests)."""
    from .ui.main_window import MainWindow

    directory = Directory.open(folder)
    hook = sys.excepthook
    try:
        window = MainWindow(directory, folder, language, passphrase)
    except BaseException as error:
        sys.excepthook = hook  # the half-built window's error edge must not stay installed
        directory.close()
        if is_damage(error):  # a page the opening check does not read: the window's was
            raise damaged(directory.path, str(error)) from error
        raise
    return window


def main(argv: list[str] | None = None) -> int:
    args = cli.parser().parse_args(argv)
    if args.command:
        _leave_memory_to_the_system()
        return cli.run(args)
    return run_window(data_dir(args.data_dir))


def _leave_memory_to_the_system() -> None:
    """A command's process ends when the command is done: at its exit, after the exit
    handlers (logging's flush among them), Python would still search every object left for
    reference cycles (40 to 100 ms on a loaded laptop, about a tenth of a slip). The objects
    are moved out of its reach instead (``gc.freeze``) and the system takes the memory back
    whole. Files and databases are closed by then: each command closes what it opens."""
    global _exit_handled
    if not _exit_handled:
        _exit_handled = True
        atexit.register(gc.freeze)


_exit_handled = False


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
    from PySide6.QtWidgets import QApplication

    from .ui.quick_exit import QuickExitKeys, clear_screen

    start_logging(folder)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Quick exit also works on the boxes shown before the window (already open, damaged);
    # once the window is there, its own keys take over.
    at_start = QuickExitKeys(app)
    at_start.wanted.connect(lambda: (clear_screen(), app.exit(0)))
    app.installEventFilter(at_start)
    try:
        opened = _open_window(folder)
    finally:
        app.removeEventFilter(at_start)
    if opened is None:
        return 1
    window, _only_window = opened  # the lock is held as long as the window is open

    def leave() -> None:  # quick exit ends the program: nothing stays running, hidden
        window.close()
        app.quit()

    window.left.connect(leave)  # type: ignore[attr-defined]
    window.show()
    keep_start_objects()
    return app.exec()


def keep_start_objects() -> None:
    """What the start made (modules, classes, the window) lives as long as the program: out
    of the garbage collector's reach, a full collection while someone types does not walk
    those 80,000 objects again (it held the window up to 90 ms on a 100,000-service
    directory)."""
    gc.freeze()


def _open_window(folder: Path) -> tuple[QMainWindow, QLockFile] | None:
    """The window and the lock that keeps a second one shut, or None after saying in a box
    why it cannot be opened."""
    from PySide6.QtWidgets import QMessageBox

    from .ui.window_lock import take

    only_window = take(folder)
    if only_window is None:
        QMessageBox.information(None, "Referral App", ALREADY_OPEN)
        return None
    try:
        window = _window_or_restore(folder)
    except UserError as error:
        QMessageBox.critical(None, "Referral App", str(error))
        return None
    return None if window is None else (window, only_window)
