"""The File menu's entries that keep the casework safe: a backup a caseworker makes (to a USB
stick), and putting one back. The backup is encrypted with the casework passphrase."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..core.errors import UserError
from ..core.text import isolated
from ..store.casework import SHOWN, Restored
from . import dialogs
from .casework_session import CaseworkSession
from .messages import message_text
from .unlock_dialog import UnlockDialog


class CaseworkMenu(QObject):
    message = Signal(str)  # a sentence for the status bar

    def __init__(self, window: QWidget, session: CaseworkSession) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.backup_action = QAction(self, objectName="backUpCasework")
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self, objectName="restoreCasework")
        self.restore_action.triggered.connect(self.restore)
        self.actions = (self.backup_action, self.restore_action)
        session.restored.connect(self._restored)
        self.retranslate()

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("Back up the casework…"))
        self.restore_action.setText(self.tr("Restore the casework from a backup…"))

    def back_up(self) -> None:
        """Write a backup where she chooses; the casework is unlocked first when locked."""
        if not self.session.is_open:
            unlock = UnlockDialog(self.session, self.window)
            unlock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            unlock.opened.connect(self.back_up)
            unlock.show()
            self.message.emit(self.tr("Unlock the casework to back it up."))
            return
        path = dialogs.choose_backup_path(
            self.window, self.tr("Back up the casework"),
            f"casework-backup-{date.today().isoformat()}.db")
        if path is None:
            return
        try:
            self.session.require().backup(path, overwrite=True)  # the chooser asked
        except UserError as error:
            self.message.emit(message_text(error))
            return
        self.message.emit(self.tr("The casework is backed up to %1; it opens only with your "
                                  "passphrase.").replace("%1", isolated(str(path))))

    def restore(self) -> None:
        path = dialogs.choose_backup_file(self.window, self.tr("Restore the casework"))
        if path is None:
            return
        passphrase = dialogs.ask_passphrase(
            self.window, self.tr("Restore the casework"),
            self.tr("The passphrase the backup was made with"))
        if passphrase is None:
            return
        if not dialogs.confirm(self.window, self.tr("Restore the casework"), self.tr(
                "Put the backup in place of the casework on this laptop? The casework there "
                "now is kept aside in the data folder, not deleted.")):
            return
        try:
            self.session.restore_backup(path, passphrase)
        except UserError as error:
            self.message.emit(message_text(error))

    def _restored(self, restored: Restored) -> None:
        self.message.emit(self.tr("Put back the casework from %1: %n referral(s).", "",
                                  restored.referrals)
                          .replace("%1", isolated(restored.made.strftime(SHOWN))))
