"""Asking for the casework passphrase: twice, with a strength hint and a warning, the first
time; once afterwards. A wrong passphrase gets one plain sentence and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..core.errors import UserError
from ..core.text import isolated
from ..store.casework import SHOWN, CaseworkDamagedError, passphrase_strength
from .casework_session import CaseworkSession
from .messages import message_text


class UnlockDialog(QDialog):
    opened = Signal()

    def __init__(self, session: CaseworkSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.session = session
        self.creating = session.needs_creating
        self.passphrase = QLineEdit(objectName="passphraseField")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel(objectName="passphraseStrength")
        self.warning = QLabel(objectName="passphraseWarning")
        self.warning.setWordWrap(True)
        self.error = QLabel(objectName="passphraseError", textFormat=Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #a00000; font-weight: bold; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        # shown when the casework file is damaged and a good copy of it is kept
        self.restore = QPushButton(objectName="restoreCopy")
        self.restore.setAutoDefault(False)
        self.restore.clicked.connect(self.restore_copy)
        self.restore.hide()
        self._copy_made = ""
        self.passphrase.textChanged.connect(self._hint)
        self.labels = (QLabel(), QLabel())
        form = QFormLayout(self)
        form.addRow(self.warning)
        form.addRow(self.labels[0], self.passphrase)
        if self.creating:
            form.addRow(self.labels[1], self.again)
            form.addRow(self.strength)
        form.addRow(self.error)
        form.addRow(self.restore)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)  # a sentence about the file reads in three lines, not six
        self.retranslate()

    def retranslate(self) -> None:
        self.restore.setText(self.tr("Restore the copy from %1").replace(
            "%1", isolated(self._copy_made)))
        if self.creating:
            self.setWindowTitle(self.tr("Protect the casework"))
            self.warning.setText(self.tr(
                "Choose a passphrase to encrypt every referral on this laptop. Write it down "
                "somewhere safe: a lost passphrase cannot be recovered, and nobody can open "
                "the casework without it."))
        else:
            self.setWindowTitle(self.tr("Unlock the casework"))
            self.warning.setText(self.tr("Type your passphrase to see and make referrals."))
        self.labels[0].setText(self.tr("Passphrase"))
        self.labels[1].setText(self.tr("Passphrase again"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self._hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _hint(self) -> None:
        if not self.creating or not self.passphrase.text():
            self.strength.setText("")
            return
        words = {"weak": self.tr("Strength: weak; a short sentence is stronger"),
                 "fair": self.tr("Strength: fair"), "strong": self.tr("Strength: strong")}
        self.strength.setText(words[passphrase_strength(self.passphrase.text())])

    def try_open(self) -> None:
        try:
            if self.creating:
                self.session.create(self.passphrase.text(), self.again.text())
            else:
                self.session.unlock(self.passphrase.text())
        except CaseworkDamagedError as error:
            self._damaged(error)
            return
        except UserError as error:
            self.error.setText(message_text(error))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self._done()

    def _damaged(self, error: CaseworkDamagedError) -> None:
        """Say so in one sentence, and offer the last good copy back."""
        self.error.setText(message_text(error))
        if error.copy_made is not None:
            self._copy_made = error.copy_made.strftime(SHOWN)
            self.restore.setText(self.tr("Restore the copy from %1").replace(
                "%1", isolated(self._copy_made)))
            self.restore.show()
            self.restore.setFocus()

    def restore_copy(self) -> None:
        """Put the last good copy in place (the damaged file kept aside) and unlock it."""
        try:
            self.session.restore_last_good_copy(self.passphrase.text())
        except UserError as error:
            self.error.setText(message_text(error))
            self.restore.hide()
            return
        self._done()

    def _done(self) -> None:
        self.passphrase.clear()
        self.again.clear()
        self.accept()
        self.opened.emit()


class ChangePassphraseDialog(QDialog):
    """A new passphrase for the casework: the old one first, the new one twice."""

    changed = Signal()

    def __init__(self, session: CaseworkSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.session = session
        self.old = QLineEdit(objectName="oldPassphrase")
        self.new = QLineEdit(objectName="newPassphrase")
        self.again = QLineEdit(objectName="newPassphraseAgain")
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="changePassphraseError",
                            textFormat=Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        self.labels = (QLabel(), QLabel(), QLabel())
        form = QFormLayout(self)
        for label, field in zip(self.labels, (self.old, self.new, self.again), strict=True):
            form.addRow(label, field)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Change the passphrase"))
        for label, field, text in zip(self.labels, (self.old, self.new, self.again), (
                self.tr("Passphrase now"), self.tr("New passphrase"),
                self.tr("New passphrase again")), strict=True):
            label.setText(text)
            field.setAccessibleName(text)

    def try_change(self) -> None:
        try:
            self.session.require().change_passphrase(self.old.text(), self.new.text(),
                                                     self.again.text())
        except UserError as error:
            self.error.setText(message_text(error))
            return
        for field in (self.old, self.new, self.again):
            field.clear()
        self.accept()
        self.changed.emit()
