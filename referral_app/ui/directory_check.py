"""The directory's full check in the window, and its restore when it is damaged.

Opening the directory only looks cheaply; the full check reads the whole file, so it runs on a
background thread shortly after the window shows, and again after an update is applied; a sound
directory that changed since is then copied into ``backups`` for a repair. When it finds damage,
a message says so in one sentence and offers to restore the directory (``store.repair``): the
window goes on reading the same file, which is restored in place, and shows it again.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from ..core.errors import DirectoryDamagedError, UserError
from ..core.text import isolated
from ..store import repair
from .appearance import Appearance
from .appearance import apply as apply_appearance
from .messages import message_text
from .tasks import TaskRunner

log = logging.getLogger(__name__)
CHECK_AFTER_MS = 3000  # after the window shows: its first search comes first
QUIET_SECONDS = 2.0  # and not while someone types: it reads the whole file (1 s at 100,000)


class DirectoryCheck(QObject):
    restored = Signal()  # the directory was restored: show it again
    checked = Signal()  # the full check found the directory sound
    message = Signal(str)  # a line for the status bar

    def __init__(self, window: QWidget, data_dir: Path, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window, self.data_dir, self.runner = window, data_dir, runner
        self.box: QMessageBox | None = None
        self.checking = self.restoring = False
        self._scheduled = False
        self.typed_at = 0.0  # when the caseworker last typed a search (time.monotonic)

    def start_soon(self) -> None:
        """Check the whole file a little after the window first shows (once), at a pause in
        typing."""
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(CHECK_AFTER_MS, self, self._start_at_a_pause)

    def _start_at_a_pause(self) -> None:
        if time.monotonic() - self.typed_at < QUIET_SECONDS:
            QTimer.singleShot(int(QUIET_SECONDS * 500), self, self._start_at_a_pause)
            return
        self.start(changed=False)

    def start(self, changed: bool = True) -> None:
        """Check the whole file off the UI thread; ``changed``: after a change made here (an
        update applied), whose sound directory is then copied for a repair."""
        if self.checking or self.restoring or not self.window.isVisible():  # closed, or left
            return
        self.checking = True
        folder = self.data_dir
        self.runner.run(lambda: _check(folder, changed), self._sound, self._not_sound)

    def _sound(self, _result: object) -> None:
        self.checking = False
        self.checked.emit()

    def _not_sound(self, error: BaseException) -> None:
        self.checking = False
        if isinstance(error, DirectoryDamagedError):
            self.show_damaged()
        else:
            log.warning("the directory could not be checked: %s", error)

    def show_damaged(self) -> None:
        """The message with a Restore button (shown, not run: quick exit must still work)."""
        if self.box is not None:
            self.box.raise_()
            return
        if not self.window.isVisible():
            return
        box, restore = damaged_box(self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        restore.clicked.connect(self.restore)
        box.finished.connect(self._box_closed)
        self.box = box
        box.show()

    def _box_closed(self) -> None:
        if self.box is not None:
            self.box.deleteLater()
        self.box = None

    def restore(self) -> None:
        if self.restoring:
            return
        self.restoring = True
        self.message.emit(self.tr("Restoring the directory…"))
        folder = self.data_dir
        self.runner.run(lambda: repair.repair(folder, alone=False), self._restored,
                        self._restore_failed)

    def _restored(self, done: repair.Repaired) -> None:
        self.restoring = False
        self.restored.emit()
        self.message.emit(restored_text(done))

    def _restore_failed(self, error: BaseException) -> None:
        self.restoring = False
        if isinstance(error, UserError):
            text = message_text(error)
        else:
            log.error("restoring the directory failed", exc_info=error)
            text = self.tr("The directory could not be restored. Details are in the log.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Referral App"), text,
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("restoreFailed")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _translate_close(box)
        box.show()


def _check(folder: Path, changed: bool) -> None:
    """The full check; a sound directory is copied into ``backups`` for a repair
    (``repair.keep_sound_copy``) after a change, or when no copy is kept yet."""
    repair.check(folder)
    repair.keep_sound_copy(folder, first=not changed)


def damaged_box(parent: QWidget | None) -> tuple[QMessageBox, QPushButton]:
    """The damaged-directory message, and its Restore button (the other is Later)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("DirectoryCheck", "The directory is damaged"),
                      translate("DirectoryCheck",
                                "The directory of services on this laptop is damaged, so "
                                "services may be missing or wrong. Restore it from the last "
                                "good copy? The damaged file is kept aside, and your "
                                "corrections and trusted publishers are kept when they can be "
                                "read."), parent=parent)
    box.setObjectName("directoryDamaged")
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore = QPushButton(translate("DirectoryCheck", "Restore"), box,  # owned by the box
                          objectName="restoreDirectory")
    restore.setAccessibleName(translate("DirectoryCheck",
                                        "Restore the directory from the last good copy"))
    box.addButton(restore, QMessageBox.ButtonRole.AcceptRole)
    later = QPushButton(translate("DirectoryCheck", "Later"), box, objectName="restoreLater")
    later.setAccessibleName(translate("DirectoryCheck", "Do not restore now"))
    box.addButton(later, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    return box, restore


def restored_text(done: repair.Repaired) -> str:
    translate = QCoreApplication.translate
    if done.restored_from is None or done.kept_at is None:
        text = translate("DirectoryCheck", "The directory is restored from the starter "
                                           "directory; the damaged file is kept as %1.")
    else:  # when it was kept says what the caseworker may have to take in again
        text = translate("DirectoryCheck", "The directory is restored from the copy kept on "
                                           "%2; the damaged file is kept as %1.")
        text = text.replace("%2", isolated(done.kept_at.strftime("%Y-%m-%d %H:%M")))
    return text.replace("%1", isolated(done.aside.name))


def _translate_close(box: QMessageBox) -> None:
    close = box.button(QMessageBox.StandardButton.Close)
    if close is not None:  # Qt's own word for it is not translated into Urdu
        close.setText(QCoreApplication.translate("DirectoryCheck", "Close"))


def restore_at_start(data_dir: Path, settings_file: Path) -> bool:
    """Before the window opens on a directory found damaged: ask (in the language chosen in
    settings), and restore it (nobody else has it open). True when it was restored."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_appearance(app, Appearance.load(QSettings(str(settings_file),
                                                        QSettings.Format.IniFormat)))
    box, _restore = damaged_box(None)
    box.exec()
    if box.buttonRole(box.clickedButton()) != QMessageBox.ButtonRole.AcceptRole:
        return False
    try:
        done = repair.repair(data_dir)
    except UserError as error:
        failed = QMessageBox(QMessageBox.Icon.Warning, "Referral App", message_text(error),
                             QMessageBox.StandardButton.Close)
        failed.setTextFormat(Qt.TextFormat.PlainText)
        _translate_close(failed)
        failed.exec()
        return False
    log.info("restored at start: %s", restored_text(done))
    return True
