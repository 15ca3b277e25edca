"""Questions the window asks the caseworker. Tests replace these functions, so that no dialog
ever blocks a test. A question that quotes the directory (a service's name) shows it as plain
text: a name is never read as markup.

File choosers are Qt's own, never the system's: quick exit must be able to hear its keys in
front of them and close them (a native chooser on Windows runs outside Qt's reach)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

_QT_CHOOSER = QFileDialog.Option.DontUseNativeDialog


def documents_folder() -> Path:
    """Where a caseworker keeps her files: the Documents folder, else her home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def in_documents(suggested: str) -> str:
    """A file name suggested in the Documents folder (never the program's working folder)."""
    return suggested if Path(suggested).is_absolute() else str(documents_folder() / suggested)


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, in_documents(suggested), "PDF (*.pdf)",
                                          options=_QT_CHOOSER)
    return Path(path) if path else None


def choose_json_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, in_documents(suggested),
                                          "JSON (*.json)", options=_QT_CHOOSER)
    return Path(path) if path else None


def ask_reason(parent: QWidget, title: str, question: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, title, question)
    return text if ok else None


def choose_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_update_file(parent: QWidget, title: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()),
                                          "Update files (*.zip *.json);;All files (*)",
                                          options=_QT_CHOOSER)
    return Path(path) if path else None


def choose_spreadsheet(parent: QWidget, title: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()),
                                          "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;"
                                          "All files (*)", options=_QT_CHOOSER)
    return Path(path) if path else None


def confirm(parent: QWidget, title: str, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


def correction_dialog(parent: QWidget | None, title: str, kinds: list[tuple[str, str]]
                      ) -> QDialog:
    """The Correct dialog: the service named as plain text, which detail is wrong (from
    (code, label) pairs) and what it should say."""
    dialog = QDialog(parent, objectName="correctionDialog")
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    heading = QLabel(title, objectName="correctionTitle", textFormat=Qt.TextFormat.PlainText)
    heading.setWordWrap(True)
    form.addRow(heading)
    kind = QComboBox(objectName="correctionKind")
    for code, label in kinds:
        kind.addItem(label, code)
    kind.setAccessibleName(title)
    value = QLineEdit(objectName="correctionValue")
    value.setAccessibleName(kind.currentText())
    kind.currentTextChanged.connect(value.setAccessibleName)
    form.addRow(kind)
    form.addRow(value)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return dialog


def ask_correction(parent: QWidget, title: str, kinds: list[tuple[str, str]]
                   ) -> tuple[str, str] | None:
    """Which detail is wrong (from (code, label) pairs) and what it should say."""
    dialog = correction_dialog(parent, title, kinds)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    kind, value = dialog.findChild(QComboBox), dialog.findChild(QLineEdit)
    if not value.text().strip():
        return None
    return str(kind.currentData()), value.text().strip()


def ask_local_service(parent: QWidget, title: str, labels: dict[str, str],
                      needs: list[tuple[str, str]]) -> dict[str, str] | None:
    """Name, organisation, phone, place and need of a service the directory lacks."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    fields = {key: QLineEdit() for key in ("name", "organization", "phone", "area")}
    for key, field in fields.items():
        form.addRow(labels[key], field)
    need = QComboBox()
    for code, label in needs:
        need.addItem(label, code)
    form.addRow(labels["need"], need)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    answer = {key: field.text() for key, field in fields.items()}
    answer["need"] = str(need.currentData())
    return answer


def choose_public_key(parent: QWidget, title: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()),
                                          "Public keys (*.pub);;All (*)", options=_QT_CHOOSER)
    return Path(path) if path else None


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def choose_backup_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, in_documents(suggested),
                                          "Casework backups (*.db);;All files (*)",
                                          options=_QT_CHOOSER)
    return Path(path) if path else None


def choose_backup_file(parent: QWidget, title: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()),
                                          "Casework backups (*.db);;All files (*)",
                                          options=_QT_CHOOSER)
    return Path(path) if path else None


def ask_passphrase(parent: QWidget, title: str, label: str) -> str | None:
    """A passphrase, typed hidden."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def choose_figures_files(parent: QWidget, title: str) -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(documents_folder()),
                                            "JSON (*.json)", options=_QT_CHOOSER)
    return [Path(p) for p in paths]


def choose_csv_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, in_documents(suggested), "CSV (*.csv)",
                                          options=_QT_CHOOSER)
    return Path(path) if path else None
