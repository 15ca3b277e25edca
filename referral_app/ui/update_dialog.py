"""Updating the directory from a file: check it off the UI thread, show what would change,
field by field, then apply it in one step, or cancel and change nothing.

A signed update file must come from a trusted publisher; a plain HSDS file can be used too, but
only after the caseworker confirms that she knows it is not signed. The preview names every
service the update adds, changes and removes, with the publisher's trusted name, and every
record it leaves as another publisher published it. A version far above the last one from the
same publisher is applied only when the caseworker says so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.corrections import Correction
from ..core.diff import Change, changes
from ..core.errors import UserError, grouped
from ..core.hsds_records import as_stored
from ..core.models import ImportReport, LeftRecord
from ..core.text import isolated, set_apart
from ..store import corrections, plain_file, updates
from ..store.directory import Directory
from . import dialogs
from .error_edge import explain
from .labels import correction_label
from .messages import message_text
from .tasks import TaskRunner
from .window_size import fit_to_screen

log = logging.getLogger(__name__)
ID_ROLE = 256
LEFT_OUT_SHOWN = 5  # lines about left-out phones, addresses and schedules


Preview = tuple[updates.CheckedBundle | None, ImportReport, list[Correction]]


def _preview(database: Path, file: Path, accept_version_jump: bool = False) -> Preview:
    """Check the file, count what it would change, and find the local corrections it meets."""
    directory = Directory.reader(database)
    try:
        checked = None
        if updates.is_bundle(file):
            checked = updates.check(directory, file, payload=False,  # apply hashes it
                                    accept_version_jump=accept_version_jump)
            report = updates.apply(directory, checked, dry_run=True)
        else:
            report = directory.import_file(file, dry_run=True, keep_published=True,
                                           drop_bad_parts=True)
        touched = [i for kind, i, _ in report.changed if kind == "updated"]
        return checked, report, corrections.open_corrections(directory, touched)
    finally:
        directory.close()


def _drop(database: Path, correction_ids: list[int]) -> None:
    directory = Directory.reader(database)
    try:
        corrections.drop(directory, correction_ids)
    finally:
        directory.close()


def _apply(database: Path, file: Path, progress: Callable[[int], None],
           accept_version_jump: bool = False) -> ImportReport:
    directory = Directory.reader(database)
    try:
        if updates.is_bundle(file):  # checked again: the file may have changed since the preview
            checked = updates.check(directory, file, payload=False,  # apply hashes it
                                    accept_version_jump=accept_version_jump)
            return updates.apply(directory, checked, progress=progress)
        return plain_file.take_in(directory, file, progress)  # undoable like an update
    finally:
        directory.close()


def _records(database: Path, file: Path, service_id: str) -> tuple[Any, Any]:
    directory = Directory.reader(database)
    try:
        return directory.service(service_id), as_stored(updates.new_record(file, service_id))
    finally:
        directory.close()


def _filled(template: str, *values: str) -> str:
    """The template with %1, %2, ... replaced at once: a name holding '%2' stays as it is.
    Each value is set apart, so that in an Urdu sentence a name ending in '>' or ')' keeps
    its characters where they are."""
    return re.sub(r"%(\d)", lambda m: set_apart(values[int(m.group(1)) - 1]), template)


def _diff_line(change: Change) -> str:
    """'phones[0].number: 111-247-786 → ⟨U+202E⟩687-742-111', with the code points that
    differ when the two look alike."""
    before, after, note = change.shown()
    line = f"{change.field}: {set_apart(before) or '—'} → {set_apart(after) or '—'}"
    return f"{line} ({set_apart(note)})" if note else line


class UpdatePreview(QDialog):
    applied = Signal(object)  # the ImportReport of the update, once it is in the directory
    applying = Signal(bool)  # True while the update is being written into the directory

    def __init__(self, database: Path, file: Path, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updatePreview")
        self.database, self.file, self.runner = database, file, runner
        # Publisher names, warnings and problems quote the file: shown as plain text, so that
        # no file can show a headline of its own making (a green "signed and checked").
        self.status = QLabel(objectName="updateStatus", textFormat=Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(objectName="updateProgress")
        self.progress.setRange(0, 0)  # moving while the file is checked
        self.counts = QLabel(objectName="updateCounts", textFormat=Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        self.unsigned = QCheckBox(objectName="confirmUnsigned")
        self.unsigned.hide()
        self.unsigned.toggled.connect(self._allow)
        self.conflicts_label = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.conflicts_label.setWordWrap(True)
        self.conflicts = QListWidget(objectName="updateConflicts")
        self.changed = QListWidget(objectName="changedServices")
        self.changed.currentItemChanged.connect(self._show_diff)
        self.left_label = QLabel(objectName="leftLabel")
        self.left_label.setWordWrap(True)
        self.left = QListWidget(objectName="leftRecords")
        self.left.setWordWrap(True)  # a long name and its publisher, read whole
        self.diff = QPlainTextEdit(objectName="updateDiff")
        self.diff.setReadOnly(True)
        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(objectName="applyUpdate")
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self._report: ImportReport | None = None
        self._signed = False
        self._applying = False
        self._accept_version_jump = False
        layout = QVBoxLayout(self)
        self.conflicts_label.hide()
        self.conflicts.hide()
        self.left_label.hide()
        self.left.hide()
        for widget in (self.status, self.progress, self.counts, self.unsigned,
                       self.conflicts_label, self.conflicts, self.changed, self.diff,
                       self.left_label, self.left, self.buttons):
            layout.addWidget(widget)
        self.setWindowTitle(self.tr("Update the directory"))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply the update"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.unsigned.setText(self.tr("I know this file is not signed and I trust where it "
                                      "came from"))
        self.changed.setAccessibleName(self.tr("Services added, changed or removed"))
        self.left.setAccessibleName(self.tr("Records left as another publisher published "
                                            "them"))
        self.diff.setAccessibleName(self.tr("What changes in the chosen service"))
        fit_to_screen(self, 720, 560)
        self._check()

    def _check(self) -> None:
        self.status.setText(self.tr("Checking %1…").replace("%1", self.file.name))
        jump = self._accept_version_jump
        self.runner.run(lambda: _preview(self.database, self.file, jump), self._previewed,
                        self._failed)

    def _left_out(self, report: ImportReport) -> str:
        """The bad phones, addresses and schedules left out of services that are kept."""
        if not report.dropped_count:
            return ""
        lines = grouped(report.dropped)
        more = len(lines) > LEFT_OUT_SHOWN or report.dropped_count > len(report.dropped)
        return ("\n" + self.tr("Left out, each service kept without it: %1").replace(
            "%1", f"{report.dropped_count:,}")
            + "".join(f"\n{line}" for line in lines[:LEFT_OUT_SHOWN]) + ("\n…" if more else ""))

    def _previewed(self, result: Preview) -> None:
        checked, report, conflicts = result
        if conflicts:
            self.conflicts_label.setText(self.tr(
                "This update changes services you corrected here. Corrections it carries are "
                "closed when it is applied; the others are kept unless you tick them to drop "
                "them:"))
            for correction in conflicts:
                item = QListWidgetItem(f"{correction.service_name}: "
                                       f"{correction_label(correction)}")
                item.setData(ID_ROLE, correction.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.conflicts.addItem(item)
            self.conflicts_label.show()
            self.conflicts.show()
        self._report = report
        self._signed = checked is not None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        publisher = ""
        if checked is not None:
            manifest = checked.manifest
            publisher = checked.publisher_trusted_as
            self.status.setText(_filled(self.tr("Version %1 from %2 (%3), signed and checked."),
                                        str(manifest.version), publisher,
                                        isolated(manifest.key_id)))
        else:
            self.status.setText(self.tr("This file is not signed: anyone could have made or "
                                        "changed it."))
            self.unsigned.show()
        listed = ""
        if len(report.changed) < report.added + report.updated:
            listed = "\n" + self.tr("The first %1 are listed below.").replace(
                "%1", f"{len(report.changed):,}")
        self.counts.setText(self.tr("Added %1, changed %2, removed %3, unchanged %4.")
                            .replace("%1", f"{report.added:,}")
                            .replace("%2", f"{report.updated:,}")
                            .replace("%3", f"{report.removed:,}")
                            .replace("%4", f"{report.unchanged:,}")
                            + listed
                            + "".join(f"\n{warning}" for warning in report.warnings)
                            + self._left_out(report))
        for kind, service_id, name in report.changed:
            item = QListWidgetItem(self._change_line(kind, name, publisher))
            item.setData(ID_ROLE, service_id)
            self.changed.addItem(item)
        for service_id, name in report.claimed:  # no trusted publisher owned it here
            item = QListWidgetItem(_filled(self.tr("%1: claimed by %2 (no one had published "
                                                   "it)"), name, publisher))
            item.setData(ID_ROLE, service_id)
            self.changed.addItem(item)
        for service_id, name, to, key_id in report.handed_over:  # only an offer
            item = QListWidgetItem(_filled(self.tr("%1: offered to %3 by %2; it stays %2's "
                                                   "until %3 publishes it"), name,
                                           publisher, f"{to} ({isolated(key_id)})"))
            item.setData(ID_ROLE, service_id)
            self.changed.addItem(item)
        for service_id, name, whose, key_id in report.taken_over:  # it changes hands here
            item = QListWidgetItem(_filled(self.tr("%1: taken over by %2, as %3 offered it"),
                                           name, publisher, f"{whose} ({isolated(key_id)})"))
            item.setData(ID_ROLE, service_id)
            self.changed.addItem(item)
        if report.left_count:
            self.left_label.setText(self.tr(
                "%n record(s) in this file belong to another publisher, or lie outside the "
                "areas this publisher is trusted for: they are left as they are.", "",
                report.left_count) if checked is not None else self.tr(
                "%n record(s) in this file were published by a trusted publisher, which a file "
                "that is not signed cannot change: they are left as they are.", "",
                report.left_count))
            for left in report.left:
                self.left.addItem(QListWidgetItem(self._left_line(left)))
            self.left_label.show()
            self.left.show()
        self._allow()

    def _change_line(self, kind: str, name: str, publisher: str) -> str:
        if not publisher:  # a plain file: no one vouches for it
            words = {"added": self.tr("%1 (new)"), "updated": self.tr("%1 (changed)"),
                     "removed": self.tr("%1 (removed)")}
        else:
            words = {"added": self.tr("%1: new, from %2"),
                     "updated": self.tr("%1: changed by %2"),
                     "removed": self.tr("%1: removed by %2")}
        return _filled(words[kind], name, publisher)

    def _left_line(self, left: LeftRecord) -> str:
        words = {
            "owned": self.tr("%1: left as published by %2"),
            "unowned": self.tr("%1: not removed; %2 did not publish it"),
            "outside": self.tr("%1: left; it is outside the areas %2 is trusted for"),
            "removed": self.tr("%1: left; %2 removed it"),
            "shared": self.tr("%1: left as published by %2, whose service uses it"),
        }
        publisher = f"{left.publisher} ({isolated(left.key_id)})"
        line = _filled(words[left.reason], left.name, publisher)
        if left.file_name:  # the name here is the one shown first: a file cannot change it
            line += " " + _filled(self.tr("(the file calls it %1)"), left.file_name)
        return line

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, updates.VersionJumpError) and not self._accept_version_jump:
            self._ask_about_version_jump(error)
            return
        applying, self._applying = self._applying, False
        if applying:
            self.applying.emit(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 1)
        if isinstance(error, UserError):
            self.status.setText(message_text(error))
        elif applying:
            log.error("applying an update failed", exc_info=error)
            self.status.setText(self.tr("The update could not be applied; details are in the "
                                        "log. Nothing was changed."))
        else:
            log.error("checking an update failed", exc_info=error)
            self.status.setText(self.tr("The file could not be checked; details are in the "
                                        "log. Nothing was changed."))
        self.apply_button.setEnabled(False)

    def _ask_about_version_jump(self, error: updates.VersionJumpError) -> None:
        self.progress.setRange(0, 1)
        if dialogs.confirm(self, self.tr("Update the directory"), self.tr(
                "This update's version is far above the last one applied from its publisher "
                "(%1). A wrong version can stop this publisher's later updates. Use it only if "
                "the coordinator told you to expect this jump. Use it?").replace(
                    "%1", str(error.jump))):
            self._accept_version_jump = True
            self.progress.setRange(0, 0)
            self._check()
        else:
            self.status.setText(self.tr("Not used: the version jumps too far. Nothing was "
                                        "changed."))

    def _allow(self) -> None:
        ready = self._report is not None and (self._signed or self.unsigned.isChecked())
        self.apply_button.setEnabled(ready)

    def _show_diff(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        service_id = str(item.data(ID_ROLE))
        self.runner.run(lambda: _records(self.database, self.file, service_id),
                        self._diffed, lambda error: self.diff.setPlainText(explain(error)))

    def _diffed(self, records: tuple[Any, Any]) -> None:
        before, after = records
        if after is None:
            self.diff.clear()
            return
        self.diff.setPlainText("\n".join(map(_diff_line, changes(before, after)))
                               or self.tr("No change"))

    def apply(self) -> None:
        self._applying = True
        self.applying.emit(True)
        self.apply_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # the update finishes once started: all or nothing
        self.progress.setRange(0, max(self._services_in_file(), 1))
        self.progress.setValue(0)
        self.status.setText(self.tr("Applying…"))
        jump = self._accept_version_jump
        self.runner.run_with_progress(
            lambda progress: _apply(self.database, self.file, progress, jump), self._done,
            self._failed, self._read)

    def _services_in_file(self) -> int:
        report = self._report
        assert report is not None  # Apply is enabled only after the preview
        return report.read  # those left to another publisher are read too

    def _read(self, services: int) -> None:
        total = self._services_in_file()
        if services >= total:
            self.status.setText(self.tr("Saving the directory…"))
            self.progress.setRange(0, 0)  # moving while the directory is saved
            return
        self.status.setText(self.tr("Applying… %1 of %2 services read.")
                            .replace("%1", f"{services:,}").replace("%2", f"{total:,}"))
        self.progress.setValue(services)

    def reject(self) -> None:
        if not self._applying:  # closing cannot stop an update half-way
            super().reject()

    def _done(self, report: ImportReport) -> None:
        self._applying = False
        self.applying.emit(False)
        dropped = [int(self.conflicts.item(i).data(ID_ROLE)) for i in range(self.conflicts.count())
                   if self.conflicts.item(i).checkState() == Qt.CheckState.Checked]
        try:
            if dropped:
                _drop(self.database, dropped)
        except UserError as error:  # the update is in; the ticked corrections stay open
            self.cancel_button.setEnabled(True)
            self.progress.setRange(0, 1)
            self.status.setText(message_text(error))
            self.applied.emit(report)
            return
        self.applied.emit(report)
        self.accept()
