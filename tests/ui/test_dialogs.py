"""The window's own questions, answered as a caseworker would."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit

from referral_app.ui import dialogs

KINDS = [("phone", "Phone number"), ("hours", "Opening hours"), ("address", "Address")]


def answer_correction(kind_row: int, value: str) -> None:
    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QDialog) and w.objectName() == "correctionDialog"
                      and w.isVisible())
        dialog.findChild(QComboBox, "correctionKind").setCurrentIndex(kind_row)
        dialog.findChild(QLineEdit, "correctionValue").setText(value)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_the_correct_dialog_gives_the_kind_and_the_written_value(qapp) -> None:
    answer_correction(1, " 09:00-17:00 ")
    assert dialogs.ask_correction(None, "Correct Test Desk", KINDS) == ("hours", "09:00-17:00")
    answer_correction(0, "   ")
    assert dialogs.ask_correction(None, "Correct Test Desk", KINDS) is None
