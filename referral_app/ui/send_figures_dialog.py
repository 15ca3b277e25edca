"""File > Send referral figures: the caseworker reads exactly what the file will hold (the
text shown is the file, byte for byte) before choosing where to save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..store.figures import write_figures
from . import dialogs
from .messages import message_text
from .window_size import fit_to_screen


class SendFiguresDialog(QDialog):
    sent = Signal(str)  # a sentence saying where the file was written

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sendFiguresDialog")
        self.text = text
        self.note = QLabel(objectName="sendFiguresNote", wordWrap=True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setContentsMargins(0, 10, 0, 0)  # Nastaliq rises above its line
        self.contents = QPlainTextEdit(objectName="sendFiguresContents", readOnly=True)
        self.contents.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.contents.setPlainText(text)
        self.contents.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.problem = QLabel(objectName="sendFiguresProblem", wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.contents, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 560)
        self.setWindowTitle(self.tr("Send referral figures"))
        self.note.setText(self.tr(
            "This is everything the file will hold: counts of referrals by month, need, place "
            "and outcome, by receiving service, and days to follow-up. No case code, date, "
            "written text, age, sex or disability is in it, and no count under 5. It is "
            "signed by this laptop so that the coordinator knows where it came from."))
        self.contents.setAccessibleName(self.tr("The figures file, as it will be written"))

    def save(self) -> None:
        path = dialogs.choose_json_path(self, self.tr("Save the referral figures"),
                                        "referral-figures.json")
        if path is None:
            return
        self.save_to(path)

    def save_to(self, path: Path) -> None:
        try:
            write_figures(self.text, path)
        except UserError as error:
            self.problem.setText(message_text(error))
            return
        self.sent.emit(self.tr("The referral figures are saved as %1; send that file to the "
                               "coordinator.").replace("%1", str(path)))
        self.accept()
