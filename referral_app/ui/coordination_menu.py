"""The menu entries for coordination: File > Send referral figures (a caseworker's laptop) and
Coordination > Coverage and referral figures (the coordinator's view)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..core.errors import UserError
from ..store.directory import Directory
from ..store.figures import figures_file
from .casework_session import CaseworkSession
from .coordination_view import CoordinationView
from .messages import message_text
from .send_figures_dialog import SendFiguresDialog
from .tasks import TaskRunner
from .unlock_dialog import UnlockDialog


class CoordinationMenu(QObject):
    message = Signal(str)  # a sentence for the status bar

    def __init__(self, window: QWidget, directory: Directory, session: CaseworkSession,
                 runner: TaskRunner) -> None:
        super().__init__(window)
        self.window, self.directory, self.session = window, directory, session
        self.runner = runner
        self.send_action = QAction(self, objectName="sendReferralFigures")
        self.send_action.triggered.connect(self.send_figures)
        self.view_action = QAction(self, objectName="showCoordination")
        self.view_action.triggered.connect(self.show_view)
        self.view: CoordinationView | None = None
        self.send_dialog: SendFiguresDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.send_action.setText(self.tr("Send referral &figures…"))
        self.view_action.setText(self.tr("&Coverage and referral figures…"))

    def send_figures(self) -> None:
        """Show the figures file to be written; the casework is unlocked first when locked."""
        if not self.session.is_open:
            unlock = UnlockDialog(self.session, self.window)
            unlock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            unlock.opened.connect(self.send_figures)
            unlock.show()
            self.message.emit(self.tr("Unlock the casework to count its referrals."))
            return
        try:
            text = figures_file(self.session.require(), self.directory)
        except UserError as error:
            self.message.emit(message_text(error))
            return
        self.send_dialog = SendFiguresDialog(text, self.window)
        self.send_dialog.sent.connect(self.message)
        self.send_dialog.show()

    def show_view(self) -> None:
        if self.view is None:
            self.view = CoordinationView(self.directory, self.runner, self.window)
            self.view.message.connect(self.message)
        else:
            self.view.refresh()
        self.view.show()
        self.view.raise_()
