"""Questions the window asks the caseworker. Tests replace these functions, so that no dialog
ever blocks a test.

File choosers are Qt's own, never the system's: quick exit must be able to hear its keys in
front of them and close them (a native chooser on Windows runs outside Qt's reach)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

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


def confirm(parent: QWidget, title: str, question: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def ask_correction(parent: QWidget, title: str, kinds: list[tuple[str, str]]
                   ) -> tuple[str, str] | None:
    """Which detail is wrong (from (code, label) pairs) and what it should say."""
    labels = [label for _, label in kinds]
    label, ok = QInputDialog.getItem(parent, title, title, labels, 0, False)
    if not ok:
        return None
    value, ok = QInputDialog.getText(parent, title, label)
    if not ok or not value.strip():
        return None
    return kinds[labels.index(label)][0], value.strip()


def ask_local_service(parent: QWidget, title: str, labels: dict[str, str],
                      needs: list[tuple[str, str]]) -> dict[str, str] | None:
    """Name, organisation, phone, place and need of a service the directory lacks."""
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLineEdit

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
