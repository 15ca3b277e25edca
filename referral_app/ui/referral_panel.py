"""The referral being made: the case, the services she agreed to, and her slip.

A referral is a draft until it is saved into the encrypted casework store; after that, consent
and sending are recorded there, each change in the audit trail. Sending to a service without
her consent needs a written reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.referral import (
    AGE_BANDS,
    SEXES,
    SHAREABLE,
    Channel,
    Consent,
    Priority,
    Referral,
    ReferralService,
    next_case_code,
)
from ..core.service_view import ServiceView
from ..core.slip import ServiceCopy, Slip, service_copy, slip_entry
from ..store.casework import CaseworkStore
from .casework_session import CaseworkSession
from .caseworker import Caseworker
from .labels import NEED_CODES, need_label
from .messages import message_text
from .reflow import ColumnsLayout, FlowLayout

SlipWriter = Callable[[Slip, Path, str], None]
CopyWriter = Callable[[ServiceCopy, Path, str], None]
# run(work, done, failed): work off the UI thread, then done or failed on it
Background = Callable[[Callable[[], object], Callable[[object], None],
                       Callable[[BaseException], None]], None]

log = logging.getLogger(__name__)


class ReferralPanel(QWidget):
    changed = Signal()  # something was saved: the referrals list may need refreshing
    unlock_wanted = Signal()
    message = Signal(str)  # a sentence for the status bar
    written = Signal(str)  # a slip or copy was written to this path

    def __init__(self, session: CaseworkSession, caseworker: Callable[[], Caseworker],
                 choose_path: Callable[[str], Path | None],
                 ask_reason: Callable[[str], str | None], write_slip: SlipWriter,
                 write_copy: CopyWriter, background: Background,
                 print_slip: Callable[[Slip], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralPanel")
        self.session = session
        self._caseworker = caseworker
        self._choose_path = choose_path
        self._ask_reason = ask_reason
        self._write_slip = write_slip
        self._write_copy = write_copy
        self._background = background
        self._print = print_slip
        self.draft = Referral(case_code="")
        self.saved_id: int | None = None
        self._views: dict[str, ServiceView] = {}
        self._waiting: ServiceView | None = None

        self.locked_label = QLabel()
        self.locked_label.setWordWrap(True)
        self.unlock_button = QPushButton(objectName="unlockCasework")
        self.unlock_button.clicked.connect(self.unlock_wanted)

        self.case_code = QLineEdit(objectName="caseCodeField")
        self.priority = QComboBox(objectName="priorityField")
        for value in Priority:
            self.priority.addItem("", value.value)
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
        self.age_band = QComboBox(objectName="ageBandField")
        for band in AGE_BANDS:
            self.age_band.addItem(band, band)
        self.age_band.setCurrentIndex(AGE_BANDS.index("unknown"))
        self.sex = QComboBox(objectName="sexField")
        for value in SEXES:
            self.sex.addItem("", value)
        self.sex.setCurrentIndex(SEXES.index("not stated"))
        self.disability = QCheckBox(objectName="disabilityField")
        self.minor = QCheckBox(objectName="minorField")
        self.caregiver = QComboBox(objectName="caregiverField")
        for value in ("", "yes", "no"):
            self.caregiver.addItem("", value)
        self.caregiver_reason = QLineEdit(objectName="caregiverReasonField")
        self.need_boxes = {code: QCheckBox(objectName=f"referralNeed_{code}")
                           for code in NEED_CODES}
        self.reason = QLineEdit(objectName="reasonField")
        self.reason.setMaxLength(300)
        self.no_names = QLabel()
        self.no_names.setWordWrap(True)
        self.services = QListWidget(objectName="referralServices")
        self.services.currentRowChanged.connect(self._show_consent)

        self.consent_box = QGroupBox()
        self.consent_given = QCheckBox(objectName="consentGiven")
        self.share = {key: QCheckBox(objectName=f"share_{key}") for key in SHAREABLE}
        self.share["case_code"].setChecked(True)
        self.appointment = QLineEdit(objectName="appointmentField")
        self.appointment.setPlaceholderText("2026-12-01 10:30")
        self.channel = QComboBox(objectName="channelField")
        for value in Channel:
            self.channel.addItem("", value.value)
        self.record_consent = QPushButton(objectName="recordConsent")
        self.record_consent.clicked.connect(self.save_consent)
        consent_form = QFormLayout(self.consent_box)
        consent_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        consent_form.addRow(self.consent_given)
        shares = QVBoxLayout()
        for box in self.share.values():
            shares.addWidget(box)
        self.shares_label = QLabel()
        consent_form.addRow(self.shares_label, shares)
        self.appointment_label, self.channel_label = QLabel(), QLabel()
        consent_form.addRow(self.appointment_label, self.appointment)
        consent_form.addRow(self.channel_label, self.channel)
        consent_form.addRow(self.record_consent)

        self.save_button = QPushButton(objectName="saveReferral")
        self.save_button.clicked.connect(self.save)
        self.sent_button = QPushButton(objectName="markSent")
        self.sent_button.clicked.connect(self.mark_sent)
        self.slip_button = QPushButton(objectName="exportSlip")
        self.slip_button.clicked.connect(self.export_slip)
        self.print_button = QPushButton(objectName="printSlip")
        self.print_button.clicked.connect(self.print_slip)
        self.slip_language = QComboBox(objectName="slipLanguage")
        for code, name in (("both", "English + اردو"), ("en", "English"), ("ur", "اردو")):
            self.slip_language.addItem(name, code)
        self.large_print = QCheckBox(objectName="largePrint")
        self.page_size = QComboBox(objectName="pageSize")
        for size in ("A4", "A5"):
            self.page_size.addItem(size, size)
        self.one_per_page = QCheckBox(objectName="onePerPage")
        self.copy_button = QPushButton(objectName="exportCopy")
        self.copy_button.clicked.connect(self.export_copy)
        self.handout_button = QPushButton(objectName="exportHandout")
        self.handout_button.clicked.connect(self.export_handout)
        self.new_button = QPushButton(objectName="newReferral")
        self.new_button.clicked.connect(self.new_referral)
        self.error = QLabel(objectName="referralError", textFormat=Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)

        self.form = QWidget()
        fields = QFormLayout(self.form)
        # a narrow side (a small window, large text): each label over its field, the needs
        # and the buttons onto more rows, rather than a form to scroll across
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.field_labels = {name: QLabel() for name in (
            "case_code", "priority", "age_band", "sex", "caregiver", "caregiver_reason",
            "needs", "reason", "services")}
        fields.addRow(self.field_labels["case_code"], self.case_code)
        fields.addRow(self.field_labels["priority"], self.priority)
        fields.addRow(self.field_labels["age_band"], self.age_band)
        fields.addRow(self.field_labels["sex"], self.sex)
        fields.addRow(self.disability)
        fields.addRow(self.minor)
        fields.addRow(self.field_labels["caregiver"], self.caregiver)
        fields.addRow(self.field_labels["caregiver_reason"], self.caregiver_reason)
        needs_grid = ColumnsLayout(2)
        for box in self.need_boxes.values():
            needs_grid.addWidget(box)
        fields.addRow(self.field_labels["needs"], needs_grid)
        fields.addRow(self.field_labels["reason"], self.reason)
        fields.addRow(self.no_names)
        fields.addRow(self.field_labels["services"], self.services)
        fields.addRow(self.consent_box)
        buttons = FlowLayout(spacing=6)
        for button in (self.save_button, self.sent_button, self.new_button):
            buttons.addWidget(button)
        fields.addRow(buttons)
        self.slip_box = QGroupBox()
        slip_grid = ColumnsLayout(2, self.slip_box)
        for widget in (self.slip_language, self.page_size, self.large_print, self.one_per_page,
                       self.slip_button, self.print_button, self.copy_button,
                       self.handout_button):
            slip_grid.addWidget(widget)
        fields.addRow(self.slip_box)
        fields.addRow(self.error)

        self.scroll = QScrollArea()
        self.scroll.setWidget(self.form)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.scroll, 1)
        session.unlocked.connect(self._locked_changed)
        session.locked.connect(self._locked_changed)
        self.minor.toggled.connect(self._minor_changed)
        self.retranslate()
        self._locked_changed()
        self._minor_changed()
        self._show_consent(-1)

    # -- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.locked_label.setText(self.tr(
            "The casework is locked. Unlock it to make a referral; searching the directory "
            "needs no passphrase."))
        self.unlock_button.setText(self.tr("Unlock casework…"))
        labels = {
            "case_code": self.tr("Case code"), "priority": self.tr("Priority"),
            "age_band": self.tr("Age band"), "sex": self.tr("Sex"),
            "caregiver": self.tr("Caregiver informed"),
            "caregiver_reason": self.tr("Why not informed"),
            "reason": self.tr("Reason for referral"), "services": self.tr("Services"),
            "needs": self.tr("Her needs"),
        }
        for code, box in self.need_boxes.items():
            box.setText(need_label(code))
            box.setAccessibleName(need_label(code))
        for key, label in self.field_labels.items():
            label.setText(labels[key])
            label.setBuddy(None)
        for index, text in enumerate((self.tr("Emergency (within 24 hours)"),
                                      self.tr("Urgent (within 72 hours)"),
                                      self.tr("Normal (within 2 weeks)"))):
            self.priority.setItemText(index, text)
        self.age_band.setItemText(AGE_BANDS.index("unknown"), self.tr("Unknown"))
        for index, text in enumerate((self.tr("Female"), self.tr("Male"), self.tr("Other"),
                                      self.tr("Not stated"))):
            self.sex.setItemText(index, text)
        for index, text in enumerate(("—", self.tr("Yes"), self.tr("No"))):
            self.caregiver.setItemText(index, text)
        for index, text in enumerate((self.tr("Phone"), self.tr("In person"), self.tr("E-mail"),
                                      self.tr("Letter"))):
            self.channel.setItemText(index, text)
        self.disability.setText(self.tr("Has a disability"))
        self.minor.setText(self.tr("Under 18"))
        self.reason.setPlaceholderText(self.tr("Short reason; no names"))
        self.no_names.setText(self.tr("Never write the survivor's name: the case code is "
                                      "enough."))
        self.consent_box.setTitle(self.tr("Her consent for the chosen service"))
        self.consent_given.setText(self.tr("She agrees to be referred to this service"))
        self.shares_label.setText(self.tr("May be shared"))
        share_words = {
            "case_code": self.tr("Case code"), "age_band": self.tr("Age band"),
            "sex": self.tr("Sex"), "needs": self.tr("Needs"),
            "reason": self.tr("Reason for referral"), "safe_contact": self.tr("Safe way to "
                                                                              "contact her"),
            "risk": self.tr("Risk information"),
        }
        for key, box in self.share.items():
            box.setText(share_words[key])
            box.setAccessibleName(share_words[key])
        self.appointment_label.setText(self.tr("Appointment"))
        self.channel_label.setText(self.tr("Sent by"))
        self.record_consent.setText(self.tr("Record consent"))
        self.save_button.setText(self.tr("Save referral"))
        self.sent_button.setText(self.tr("Mark sent"))
        self.slip_button.setText(self.tr("Export slip…"))
        self.copy_button.setText(self.tr("Service copy…"))
        self.print_button.setText(self.tr("Print slip…"))
        self.handout_button.setText(self.tr("Handout…"))
        self.slip_box.setTitle(self.tr("Slip"))
        self.large_print.setText(self.tr("Large print"))
        self.one_per_page.setText(self.tr("One service per page"))
        self.new_button.setText(self.tr("New referral"))
        for widget, name in ((self.case_code, self.tr("Case code")),
                             (self.priority, self.tr("Priority")),
                             (self.age_band, self.tr("Age band")), (self.sex, self.tr("Sex")),
                             (self.disability, self.tr("Has a disability")),
                             (self.minor, self.tr("Under 18")),
                             (self.caregiver, self.tr("Caregiver informed")),
                             (self.caregiver_reason, self.tr("Why not informed")),
                             (self.reason, self.tr("Reason for referral")),
                             (self.services, self.tr("Services in this referral")),
                             (self.consent_given, self.tr("Consent given")),
                             (self.appointment, self.tr("Appointment")),
                             (self.channel, self.tr("Sent by")),
                             (self.record_consent, self.tr("Record consent")),
                             (self.save_button, self.tr("Save referral")),
                             (self.sent_button, self.tr("Mark sent")),
                             (self.slip_button, self.tr("Export slip")),
                             (self.new_button, self.tr("New referral")),
                             (self.copy_button, self.tr("Copy for the receiving service")),
                             (self.print_button, self.tr("Print slip")),
                             (self.handout_button, self.tr("Handout without case data")),
                             (self.slip_language, self.tr("Slip language")),
                             (self.page_size, self.tr("Page size")),
                             (self.large_print, self.tr("Large print")),
                             (self.one_per_page, self.tr("One service per page")),
                             (self.unlock_button, self.tr("Unlock casework"))):
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------------

    def _locked_changed(self) -> None:
        open_ = self.session.is_open
        self.locked_label.setVisible(not open_)
        self.unlock_button.setVisible(not open_)
        self.scroll.setVisible(open_)
        self.form.setVisible(open_)
        if not open_:
            self._waiting = None
            self.clear()
        else:
            if not self.case_code.text():
                self._propose_code()
            if self._waiting is not None:  # the service that asked for the passphrase
                self.add_service(self._waiting)

    def _minor_changed(self) -> None:
        for widget in (self.caregiver, self.caregiver_reason,
                       self.field_labels["caregiver"], self.field_labels["caregiver_reason"]):
            widget.setEnabled(self.minor.isChecked())

    def _propose_code(self) -> None:
        store = self.session.store
        if store is not None:
            pattern = self._caseworker().case_code_pattern
            self.case_code.setText(next_case_code(pattern, store.used_case_codes(),
                                                  date.today()))

    def clear(self) -> None:
        """Forget the referral on screen (quick exit, lock, new referral)."""
        self.draft = Referral(case_code="")
        self.saved_id = None
        self._views.clear()
        self.services.clear()
        for field in (self.case_code, self.reason, self.caregiver_reason, self.appointment):
            # not clear(), which Ctrl+Z undoes: setText forgets the undo history, so the next
            # survivor's form never gives back the last one's words
            field.setText("")
        for box in self.need_boxes.values():
            box.setChecked(False)
        self.error.clear()
        self._show_consent(-1)

    def new_referral(self) -> None:
        self.clear()
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
        self._propose_code()

    # -- services ------------------------------------------------------------------------------

    def add_service(self, view: ServiceView) -> None:
        if not self.session.is_open:
            self._waiting = view  # added once the passphrase is given
            self.unlock_wanted.emit()
            if not self.session.is_open:
                return
        self._waiting = None
        if view.id in self._views:
            self.message.emit(self.tr("%1 is already in this referral.").replace("%1",
                                                                                  view.name))
            return
        self._views[view.id] = view
        for code in view.needs:  # her needs include what this service is for
            if code in self.need_boxes:
                self.need_boxes[code].setChecked(True)
        service = ReferralService(view.id, view.name)
        self.draft.services.append(service)
        self.services.addItem(view.name)
        self.services.setCurrentRow(self.services.count() - 1)
        if self.saved_id is not None:
            self._act(lambda store: store.add_service(self.saved_id or 0, service))

    def _current(self) -> ReferralService | None:
        row = self.services.currentRow()
        return self.draft.services[row] if 0 <= row < len(self.draft.services) else None

    def _show_consent(self, _row: int) -> None:
        service = self._current()
        self.consent_box.setEnabled(service is not None)
        consent = service.consent if service else None
        self.consent_given.setChecked(bool(consent and consent.given))
        for key, box in self.share.items():
            box.setChecked(key in (consent.shared if consent else ("case_code",)))
        self.appointment.setText(service.appointment.replace("T", " ") if service else "")

    def save_consent(self) -> None:
        service = self._current()
        if service is None:
            return
        appointment = self.appointment.text().strip().replace(" ", "T")
        if appointment:
            try:
                appointment = _checked_appointment(appointment)
            except UserError as error:
                self.error.setText(message_text(error))
                return
        service.appointment = appointment
        service.channel = Channel(self.channel.currentData())
        service.consent = Consent(
            given=self.consent_given.isChecked(), on=date.today().isoformat(),
            taken_by=self._caseworker().staff_code,
            shared=tuple(key for key, box in self.share.items() if box.isChecked()))
        self.error.clear()
        if self.saved_id is not None:
            consent = service.consent
            self._act(lambda store: store.record_consent(self.saved_id or 0, service.service_id,
                                                         consent))
        self.message.emit(self.tr("Consent recorded"))

    # -- saving, sending, slips ----------------------------------------------------------------

    def referral(self) -> Referral:
        """The referral as the form shows it."""
        worker = self._caseworker()
        informed = {"yes": True, "no": False}.get(str(self.caregiver.currentData()))
        return Referral(
            case_code=self.case_code.text(), priority=Priority(self.priority.currentData()),
            age_band=str(self.age_band.currentData()), sex=str(self.sex.currentData()),
            disability=self.disability.isChecked(), minor=self.minor.isChecked(),
            caregiver_informed=informed if self.minor.isChecked() else None,
            caregiver_reason=self.caregiver_reason.text() if self.minor.isChecked() else "",
            needs=tuple(code for code, box in self.need_boxes.items() if box.isChecked()),
            reason=self.reason.text().strip(), referred_by=worker.staff_code,
            organization=worker.organization, services=list(self.draft.services))

    def save(self) -> None:
        if self.saved_id is not None:
            self.message.emit(self.tr("This referral is saved; changes are kept as you make "
                                      "them."))
            return
        if not self.draft.services:
            self.error.setText(self.tr("Add at least one service before saving."))
            return
        referral = self.referral()

        def create(store: CaseworkStore) -> None:
            self.saved_id = store.create_referral(referral)

        if self._act(create):
            self.draft = referral
            self.message.emit(self.tr("Referral %1 saved").replace("%1", referral.case_code))
            self.changed.emit()

    def mark_sent(self) -> None:
        service = self._current()
        if service is None or self.saved_id is None:
            self.error.setText(self.tr("Save the referral and choose a service first."))
            return
        reason = ""
        if not (service.consent and service.consent.given):
            answer = self._ask_reason(self.tr(
                "She has not agreed to this referral. Write why it must be sent without her "
                "consent (for example a risk to her life), or cancel."))
            if answer is None:
                return
            reason = answer
        saved = self.saved_id
        if self._act(lambda store: store.mark_sent(saved, service.service_id, reason)):
            service.sent_on = date.today().isoformat()
            service.override_reason = reason.strip()
            self.message.emit(self.tr("Marked sent"))
            self.changed.emit()

    def slip(self) -> Slip | None:
        """The survivor's slip for the services in this referral, as the options ask."""
        if not self.draft.services:
            self.error.setText(self.tr("Add a service before making a slip."))
            return None
        entries = tuple(
            slip_entry(self._views[s.service_id], appointment=s.appointment)
            for s in self.draft.services if s.service_id in self._views)
        return Slip(entries, str(self.slip_language.currentData()),
                    large_print=self.large_print.isChecked(), case_code=self.case_code.text(),
                    desk_phone=self._caseworker().desk_phone,
                    one_per_page=self.one_per_page.isChecked())

    def export_slip(self) -> None:
        slip = self.slip()
        if slip is None:
            return
        path = self._choose_path(f"{self.case_code.text() or 'slip'}.pdf")
        if path is not None:
            page = str(self.page_size.currentData())
            self._write_off_screen(lambda: self._write_slip(slip, path, page), path)

    def export_handout(self) -> None:
        """The chosen services as a list to take away: no case code, nothing of the case."""
        slip = self.slip()
        if slip is None:
            return
        handout = Slip(slip.entries, slip.language, large_print=slip.large_print,
                       desk_phone=slip.desk_phone, handout=True)
        path = self._choose_path("handout.pdf")
        if path is not None:
            page = str(self.page_size.currentData())
            self._write_off_screen(lambda: self._write_slip(handout, path, page), path)

    def print_slip(self) -> None:
        slip = self.slip()
        if slip is not None:
            self._print(slip)

    def export_copy(self) -> None:
        """The chosen service's copy: only what she agreed to share with it."""
        service = self._current()
        if service is None:
            self.error.setText(self.tr("Choose a service first."))
            return
        path = self._choose_path(f"{self.case_code.text() or 'referral'}-copy.pdf")
        if path is None:
            return
        copy = service_copy(self.referral(), service, date.today().isoformat())
        page = str(self.page_size.currentData())
        self._write_off_screen(lambda: self._write_copy(copy, path, page), path)

    def _write_off_screen(self, work: Callable[[], object], path: Path) -> None:
        """Write a PDF off the UI thread; say where it went, or one sentence why not."""
        def done(_result: object) -> None:
            self.error.clear()
            self.message.emit(self.tr("Written to %1").replace("%1", str(path)))
            self.written.emit(str(path))

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.error.setText(message_text(error))
            else:  # logged, so that "details are in the log" is true
                log.error("writing a slip failed", exc_info=error)
                self.error.setText(self.tr(
                    "The slip could not be written; details are in the log."))

        self._background(work, done, failed)

    def _act(self, action: Callable[[CaseworkStore], object]) -> bool:
        """Run a change against the casework store; a problem becomes one sentence."""
        try:
            action(self.session.require())
        except UserError as error:
            self.error.setText(message_text(error))
            return False
        self.error.clear()
        return True


def _checked_appointment(text: str) -> str:
    try:
        return datetime.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError:
        raise UserError("Write the appointment as date and time, such as 2026-12-01 10:30.") \
            from None

