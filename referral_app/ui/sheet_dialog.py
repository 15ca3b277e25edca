"""Import a coordinator's spreadsheet: show its first rows, ask which column holds what
(guessed from the headers, in English or Urdu), match the needs and places the app does not
know, check every row, then import. The choices are saved in the data folder under the sheet's
headers, so next month's sheet with the same columns opens with them already made.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.geography import Geography
from ..core.models import ImportReport
from ..core.sheet_mapping import FIELDS, SheetMapping, guess, load, saved_name, value_key
from ..core.sheet_reader import Sheet
from ..core.sheet_services import unknown_values
from ..core.text import set_apart
from ..store import plain_file
from ..store.directory import Directory
from .labels import NEED_CODES, need_label
from .messages import message_text
from .tasks import TaskRunner
from .window_size import fit_to_screen

log = logging.getLogger(__name__)
PREVIEW_ROWS = 8
_QUOTED = re.compile(r"'([^'\n]+)'")
MAPPINGS_FOLDER = "sheet-mappings"


def _import(database: Path, sheet: Path, mapping: SheetMapping, dry_run: bool,
            skip_invalid: bool) -> ImportReport:
    directory = Directory.reader(database)
    try:
        if dry_run:
            return directory.import_file(sheet, mapping=mapping, dry_run=True,
                                         skip_invalid=skip_invalid)
        # kept in the update history like a plain file, so Undo last update takes it back
        return plain_file.take_in(directory, sheet, mapping=mapping, skip_invalid=skip_invalid)
    finally:
        directory.close()


def _isolated_quotes(line: str) -> str:
    """Each 'quoted' part (an Urdu column name, a cell) set apart, so that a right-to-left
    name does not carry the English around it out of order."""
    return _QUOTED.sub(lambda found: f"'{set_apart(found.group(1))}'", line)


def mapping_path(data_dir: Path, sheet: Sheet) -> Path:
    """Where the mapping for sheets with these headers is kept."""
    return data_dir / MAPPINGS_FOLDER / saved_name(sheet.columns)


class SheetImport(QDialog):
    imported = Signal(object)  # the ImportReport, once the services are in the directory

    def __init__(self, directory: Directory, path: Path, sheet: Sheet, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        """``sheet`` is the file at ``path`` as ``read_sheet`` reads it (off the UI thread:
        a large sheet takes a while)."""
        super().__init__(parent)
        self.setObjectName("sheetImport")
        self.database, self.path, self.runner = directory.path, path, runner
        self.geography: Geography = directory.geography
        self.districts = sorted(
            (p for p in self.geography.places.values() if p.kind in ("district", "province")),
            key=lambda p: (p.kind != "district", p.name))
        self.sheet = sheet
        self.saved_at = mapping_path(directory.path.parent, self.sheet)
        self.mapping = self._starting_mapping()
        self.field_boxes: dict[str, QComboBox] = {}
        self.need_boxes: dict[str, QComboBox] = {}
        self.place_boxes: dict[str, QComboBox] = {}
        self._checked_once = False
        self._build()
        self._fill_unknown()

    def _starting_mapping(self) -> SheetMapping:
        if self.saved_at.exists():
            try:
                return load(self.saved_at)
            except UserError:
                log.warning("a saved column mapping could not be read; guessing again")
        return guess(self.sheet.columns)

    # -- the widgets ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        intro = QLabel(objectName="sheetIntro", textFormat=Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(self.tr("%1: %n service row(s). Choose what each column holds; the "
                              "guesses come from the headers.", "", len(self.sheet.rows))
                      .replace("%1", set_apart(self.path.name)))
        self.preview = self._preview_table()
        columns = QGroupBox(self.tr("Columns"), objectName="sheetColumns")
        form = QFormLayout(columns)
        # with large text or a narrow window, each column's name goes over its choice
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for column in self.sheet.columns:
            box = QComboBox(objectName=f"field:{column}")
            box.setAccessibleName(self.tr("What the column %1 holds").replace("%1", column))
            box.addItem(self.tr("(not used)"), "")
            for name in FIELDS:
                box.addItem(self._field_label(name), name)
            box.setCurrentIndex(max(box.findData(self.mapping.columns.get(column, "")), 0))
            box.currentIndexChanged.connect(self._mapping_changed)
            self.field_boxes[column] = box
            label = QLabel(column, textFormat=Qt.TextFormat.PlainText)
            form.addRow(label, box)
        self.unknown_group = QGroupBox(self.tr("Needs and places to match"),
                                       objectName="sheetUnknown")
        self.unknown_form = QFormLayout(self.unknown_group)
        self.unknown_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.report = QPlainTextEdit(objectName="sheetReport")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What the check found"))
        self.report.setPlaceholderText(self.tr("Press Check to see what would be imported."))
        self.skip = QCheckBox(self.tr("Leave out the rows with problems"),
                              objectName="sheetSkipInvalid")
        buttons = QDialogButtonBox()
        self.check_button = QPushButton(self.tr("Check"), objectName="sheetCheck")
        self.import_button = QPushButton(self.tr("Import"), objectName="sheetImportButton")
        self.import_button.setEnabled(False)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        choices = QWidget()
        inner = QVBoxLayout(choices)
        inner.addWidget(columns)
        inner.addWidget(self.unknown_group)
        scroll = QScrollArea(objectName="sheetChoices")
        scroll.setWidget(choices)
        scroll.setWidgetResizable(True)
        self.report.setMinimumHeight(90)
        self.report.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        for widget, stretch in ((intro, 0), (self.preview, 2), (scroll, 3), (self.report, 1),
                                (self.skip, 0), (buttons, 0)):
            layout.addWidget(widget, stretch)
        fit_to_screen(self, 920, 820)

    def _preview_table(self) -> QTableWidget:
        rows = self.sheet.first_rows(PREVIEW_ROWS)
        table = QTableWidget(len(rows), len(self.sheet.columns), objectName="sheetPreview")
        table.setAccessibleName(self.tr("The first rows of the sheet"))
        table.setHorizontalHeaderLabels(list(self.sheet.columns))
        table.setVerticalHeaderLabels([str(number) for number, _ in rows])
        for row, (_, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # items are plain text
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.setMinimumHeight(150)
        table.setMaximumHeight(260)
        return table

    def _field_label(self, name: str) -> str:
        labels = {
            "name": self.tr("Service name"), "name_ur": self.tr("Service name in Urdu"),
            "organization": self.tr("Organisation"), "description": self.tr("Description"),
            "phone": self.tr("Phone number"), "email": self.tr("E-mail"),
            "website": self.tr("Website"), "address": self.tr("Address"),
            "district": self.tr("District"), "province": self.tr("Province"),
            "needs": self.tr("Needs"), "hours": self.tr("Opening hours"),
            "languages": self.tr("Languages"),
        }
        return labels[name]

    # -- the mapping ---------------------------------------------------------------------------

    def _mapping_changed(self) -> None:
        self.mapping.columns = {column: box.currentData()
                                for column, box in self.field_boxes.items() if box.currentData()}
        self._checked_once = False  # the choices changed: check again before importing
        self.import_button.setEnabled(False)
        self._fill_unknown()

    def _fill_unknown(self) -> None:
        self._take_matches()
        while self.unknown_form.rowCount():
            self.unknown_form.removeRow(0)
        self.need_boxes.clear()
        self.place_boxes.clear()
        unknown = unknown_values(self.sheet, self.mapping, self.geography)
        for word, count in sorted(unknown.needs.items()):
            box = QComboBox(objectName=f"need:{word}")
            box.setAccessibleName(self.tr("The need %1 means").replace("%1", word))
            box.addItem(self.tr("(leave out)"), "")
            for code in NEED_CODES:
                box.addItem(need_label(code), code)
            self.need_boxes[word] = box
            self.unknown_form.addRow(self._unknown_label(self.tr("Need"), word, count), box)
        for text, count in sorted(unknown.districts.items()):
            box = QComboBox(objectName=f"place:{text}")
            box.setAccessibleName(self.tr("The place %1 is").replace("%1", text))
            box.addItem(self.tr("(keep as written)"), "")
            for place in self.districts:
                box.addItem(place.name, place.code)
            self.place_boxes[text] = box
            self.unknown_form.addRow(self._unknown_label(self.tr("Place"), text, count), box)
        self.unknown_group.setVisible(bool(self.need_boxes or self.place_boxes))

    def _unknown_label(self, kind: str, word: str, count: int) -> QLabel:
        text = self.tr("%1 “%2” (%n row(s))", "", count).replace("%1", kind).replace(
            "%2", set_apart(word))
        return QLabel(text, textFormat=Qt.TextFormat.PlainText)

    def _take_matches(self) -> None:
        """Keep what the coordinator matched by hand in the mapping."""
        for word, box in self.need_boxes.items():
            if box.currentData():
                self.mapping.needs[value_key(word)] = box.currentData()
        for text, box in self.place_boxes.items():
            if box.currentData():
                self.mapping.districts[value_key(text)] = box.currentData()

    # -- checking and importing ----------------------------------------------------------------

    def check(self) -> None:
        self._take_matches()
        if self.mapping.missing():
            self.report.setPlainText(self.tr("Choose the column that holds the service's "
                                             "name."))
            return
        self._busy(True)
        mapping = self.mapping
        self.runner.run(lambda: _import(self.database, self.path, mapping, True, True),
                        self._checked, self._failed)

    def _checked(self, report: ImportReport) -> None:
        self._checked_once = True
        self._busy(False)
        lines = [self.tr("Would import %1 service(s); %2 row(s) have problems.")
                 .replace("%1", str(report.added + report.updated + report.unchanged))
                 .replace("%2", str(report.rejected))]
        lines += [str(problem) for problem in report.problems]
        lines += report.conversion
        self.report.setPlainText("\n".join(_isolated_quotes(line) for line in lines))

    def run_import(self) -> None:
        self._take_matches()
        self._busy(True)
        mapping, skip = self.mapping, self.skip.isChecked()
        self.runner.run(lambda: _import(self.database, self.path, mapping, False, skip),
                        self._done, self._failed)

    def _done(self, report: ImportReport) -> None:
        self._busy(False)
        try:
            self.mapping.save(self.saved_at)
        except UserError as error:
            self.report.setPlainText(message_text(error))
        self.imported.emit(report)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UserError):
            self.report.setPlainText(message_text(error))
        else:
            log.error("importing a spreadsheet failed", exc_info=error)
            self.report.setPlainText(self.tr("The sheet could not be imported; details are in "
                                             "the log."))

    def _busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self._checked_once)
