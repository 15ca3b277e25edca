"""The File menu's entries that change the directory: updates from a file (preview, apply,
undo, history), corrections made here, services added here, and sending them back."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.bundle import fingerprint
from ..core.corrections import Correction, local_service
from ..core.errors import UserError
from ..core.models import ImportReport
from ..core.service_view import ServiceView
from ..core.sheet_reader import Sheet, read_sheet
from ..core.text import isolated
from ..store import corrections, updates
from ..store.directory import Directory
from . import dialogs
from .casework_session import CaseworkSession
from .caseworker import Caseworker
from .labels import NEED_CODES, need_label
from .messages import message_text
from .sheet_dialog import SheetImport
from .tasks import TaskRunner
from .unlock_dialog import UnlockDialog
from .update_dialog import UpdatePreview

log = logging.getLogger(__name__)


def _undo(database: Path) -> updates.HistoryEntry:
    directory = Directory.reader(database)
    try:
        return updates.undo_last(directory)
    finally:
        directory.close()


class DirectoryMenu(QObject):
    changed = Signal()  # the directory changed: show it again
    # an update file or a spreadsheet was taken in: the whole file is checked next, and a
    # copy of it kept for a repair
    update_written = Signal()
    message = Signal(str)  # a sentence for the status bar
    sheet_shown = Signal(object)  # the spreadsheet import dialog, once the sheet is read

    def __init__(self, window: QWidget, directory: Directory, runner: TaskRunner,
                 caseworker: Callable[[], Caseworker], session: CaseworkSession) -> None:
        super().__init__(window)
        self.window, self.directory, self.runner = window, directory, runner
        self.session = session  # the casework keeps this laptop's key for signing
        self._caseworker = caseworker
        self.update_action = QAction(self, objectName="updateDirectoryAction",
                                     shortcut=QKeySequence("Ctrl+U"))
        self.update_action.triggered.connect(self.choose_update)
        self.undo_action = QAction(self, objectName="undoLastUpdate")
        self.undo_action.triggered.connect(self.undo_update)
        self.history_action = QAction(self, objectName="updateHistory")
        self.history_action.triggered.connect(self.show_history)
        self.sheet_action = QAction(self, objectName="importSpreadsheet")
        self.sheet_action.triggered.connect(self.choose_sheet)
        self.local_service_action = QAction(self, objectName="addLocalService")
        self.local_service_action.triggered.connect(self.add_local_service)
        self.send_action = QAction(self, objectName="sendCorrections")
        self.send_action.triggered.connect(self.send_corrections)
        self.actions = (self.update_action, self.sheet_action, self.undo_action,
                        self.history_action, self.local_service_action, self.send_action)
        self._updating = 0  # updates being written right now
        self.retranslate()

    def retranslate(self) -> None:
        self.update_action.setText(self.tr("Update directory…"))
        self.sheet_action.setText(self.tr("Import a spreadsheet…"))
        self.undo_action.setText(self.tr("Undo last update"))
        self.history_action.setText(self.tr("Update history"))
        self.local_service_action.setText(self.tr("Add a local service…"))
        self.send_action.setText(self.tr("Send corrections…"))

    # -- updates -------------------------------------------------------------------------------

    def choose_update(self) -> None:
        path = dialogs.choose_update_file(self.window,
                                          self.tr("Update the directory from a file"))
        if path is not None:
            self.preview_update(path)

    def preview_update(self, path: Path) -> UpdatePreview:
        preview = UpdatePreview(self.directory.path, path, self.runner, self.window)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.applied.connect(self._applied)
        preview.applying.connect(self._set_updating)
        preview.show()
        return preview

    # -- a coordinator's spreadsheet -----------------------------------------------------------

    def choose_sheet(self) -> None:
        path = dialogs.choose_spreadsheet(self.window, self.tr("Import a spreadsheet"))
        if path is not None:
            self.open_sheet(path)

    def open_sheet(self, path: Path) -> None:
        """Read the sheet off the UI thread, then show it (``sheet_shown``), or say in the
        status bar why it cannot be read."""
        if self._busy():
            return
        self.runner.run(lambda: read_sheet(path), lambda sheet: self._show_sheet(path, sheet),
                        self._sheet_failed)

    def _show_sheet(self, path: Path, sheet: Sheet) -> None:
        dialog = SheetImport(self.directory, path, sheet, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._sheet_imported)
        dialog.show()
        self.sheet_shown.emit(dialog)

    def _sheet_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.message.emit(message_text(error))
        else:
            log.error("reading a spreadsheet failed", exc_info=error)
            self.message.emit(self.tr("The spreadsheet could not be read; details are in the "
                                      "log."))

    def _sheet_imported(self, report: ImportReport) -> None:
        self.update_written.emit()
        self._changed(self.tr("%n service(s) added and %1 changed from the spreadsheet", "",
                              report.added).replace("%1", str(report.updated)))

    def _applied(self, report: ImportReport) -> None:
        self.update_written.emit()
        taken = len(report.corrections_taken)
        self._changed(self.tr("The directory is updated; %n correction(s) made here are now "
                              "in it and closed.", "", taken) if taken
                      else self.tr("The directory is updated"))

    def _set_updating(self, started: bool) -> None:
        self._updating += 1 if started else -1
        for action in (self.undo_action, self.local_service_action):
            action.setEnabled(not self._updating)

    def _busy(self) -> bool:
        """While an update is written, other changes would wait for it: say so at once."""
        if self._updating:
            self.message.emit(self.tr("The directory is being updated; try again when it is "
                                      "finished."))
        return bool(self._updating)

    def undo_update(self) -> None:
        if self._busy():
            return
        if not dialogs.confirm(self.window, self.tr("Undo last update"), self.tr(
                "Bring back the directory as it was before the last update?")):
            return
        # Copying a large directory back takes seconds: off the UI thread, like an update.
        self._set_updating(True)
        self.runner.run(lambda: _undo(self.directory.path), self._undone, self._undo_failed)

    def _undone(self, _entry: object) -> None:
        self._set_updating(False)
        self._changed(self.tr("The directory is updated"))

    def _undo_failed(self, error: BaseException) -> None:
        self._set_updating(False)
        if isinstance(error, UserError):
            self.message.emit(message_text(error))
        else:
            log.error("undoing an update failed", exc_info=error)
            self.message.emit(self.tr("The update could not be undone; details are in the "
                                      "log."))

    def show_history(self) -> None:
        lines = [self._history_line(e) for e in updates.history(self.directory)]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Update history"),
                          "\n".join(lines) or self.tr("No update has been applied yet."),
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("historyDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)  # publisher names come from the files
        box.setWindowModality(Qt.WindowModality.NonModal)  # quick exit must still work
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def _history_line(self, e: updates.HistoryEntry) -> str:
        if e.key_id:
            template = self.tr("Version %1 from %2 (%3), %4: added %5, changed %6, removed %7")
        else:  # a plain file taken in here: no version, no publisher
            template = self.tr("File %2, not signed, %4: added %5, changed %6, removed %7")
        values = {"1": str(e.version), "2": e.publisher, "3": isolated(e.key_id),
                  "4": isolated(e.applied[:16].replace("T", " ")), "5": str(e.added),
                  "6": str(e.updated), "7": str(e.removed)}
        return re.sub(r"%(\d)", lambda m: values[m.group(1)], template)

    # -- corrections ---------------------------------------------------------------------------

    def record_correction(self, correction: Correction) -> None:
        if self._busy():
            return
        try:
            corrections.record(self.directory, replace(
                correction, made_by=self._caseworker().staff_code))
        except UserError as error:
            self.message.emit(message_text(error))
            return
        self._changed(self.tr("Correction kept; send it to the coordinator with File > Send "
                              "corrections"))

    def ask_correction(self, view: ServiceView) -> None:
        answer = dialogs.ask_correction(
            self.window, self.tr("Correct %1").replace("%1", view.name),
            [("phone", self.tr("Phone number")), ("hours", self.tr("Opening hours")),
             ("address", self.tr("Address"))])
        if answer is not None:
            kind, value = answer
            old = {"phone": ", ".join(p.number for p in view.phones),
                   "hours": "; ".join(view.hours),
                   "address": "; ".join(a.text for a in view.addresses)}[kind]
            self.record_correction(Correction(view.id, view.name, kind, old, value))

    def add_local_service(self) -> None:
        labels = {"name": self.tr("Name"), "organization": self.tr("Organisation"),
                  "phone": self.tr("Phone number"), "area": self.tr("District or province"),
                  "need": self.tr("Need")}
        answer = dialogs.ask_local_service(self.window, self.tr("Add a local service"), labels,
                                           [(code, need_label(code)) for code in NEED_CODES])
        if answer is None or self._busy():
            return
        try:
            service = local_service(answer["name"], answer["organization"], answer["phone"],
                                    answer["area"], answer["need"], date.today().isoformat())
            corrections.add_local_service(self.directory, service,
                                          self._caseworker().staff_code)
        except UserError as error:
            self.message.emit(message_text(error))
            return
        self._changed(self.tr("%1 is added on this laptop; send it to the coordinator with "
                              "File > Send corrections").replace("%1", answer["name"].strip()))

    def send_corrections(self) -> None:
        """Write the open corrections to a file signed with this laptop's key, which is kept
        in the casework file: unlocked first when it is locked."""
        try:
            corrections.to_send(self.directory)
        except UserError as error:
            self.message.emit(message_text(error))
            return
        if not self.session.is_open:
            unlock = UnlockDialog(self.session, self.window)
            unlock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            unlock.opened.connect(self.send_corrections)
            unlock.show()
            self.message.emit(self.tr("Unlock the casework to sign the corrections: this "
                                      "laptop's key is kept in it."))
            return
        path = dialogs.choose_json_path(self.window, self.tr("Save the corrections"),
                                        "corrections.json")
        if path is None:
            return
        worker = self._caseworker()
        try:
            key = self.session.require().laptop_key()
            count = corrections.export(self.directory, path, worker.staff_code,
                                       worker.organization, key)
        except UserError as error:
            self.message.emit(message_text(error))
            return
        self.message.emit(self.tr("%n correction(s) saved to %1, signed by this laptop (key "
                                  "%2)", "", count)
                          .replace("%1", str(path))
                          .replace("%2", isolated(fingerprint(key.public_key()))))

    def _changed(self, sentence: str) -> None:
        self.directory.forget_cached()
        self.changed.emit()
        self.message.emit(sentence)
