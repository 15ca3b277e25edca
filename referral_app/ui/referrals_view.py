"""Every referral in the casework store: priority, follow-ups (due today and overdue say so in
words, not colour alone), the outcome per service, and the audit trail of the chosen one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserError
from ..core.referral import Outcome, Referral
from ..core.text import isolated
from .casework_session import CaseworkSession
from .messages import message_text
from .reflow import FlowLayout

REFERRAL_ID = Qt.ItemDataRole.UserRole + 1
SERVICE_ID = Qt.ItemDataRole.UserRole + 2


class ReferralsView(QWidget):
    message = Signal(str)

    def __init__(self, session: CaseworkSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPanel")
        self.session = session
        self.today = date.today
        self.tree = QTreeWidget(objectName="referralsView")
        self.tree.setColumnCount(4)
        self.tree.currentItemChanged.connect(self._chosen)
        self.outcome = QComboBox(objectName="outcomeField")
        for value in Outcome:
            self.outcome.addItem("", value.value)
        self.follow_up = QLineEdit(objectName="followUpField")
        self.follow_up.setPlaceholderText("2026-12-05")
        self.set_button = QPushButton(objectName="setOutcome")
        self.set_button.clicked.connect(self.set_outcome)
        self.audit = QPlainTextEdit(objectName="auditTrail")
        self.audit.setReadOnly(True)
        self.error = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        row = FlowLayout(spacing=6)  # onto more rows when the side is narrow
        row.addWidget(self.outcome)
        row.addWidget(self.follow_up)
        row.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.audit, 1)
        session.unlocked.connect(self.refresh)
        session.locked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Case or service"), self.tr("Priority or outcome"),
                                   self.tr("Next follow-up"), self.tr("State")])
        self.tree.setAccessibleName(self.tr("Referrals"))
        for index, text in enumerate((self.tr("Pending"), self.tr("Accepted"),
                                      self.tr("Completed"), self.tr("Declined by her"),
                                      self.tr("Service unavailable"), self.tr("No answer"),
                                      self.tr("Not eligible"))):
            self.outcome.setItemText(index, text)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.set_button.setText(self.tr("Set outcome"))
        self.set_button.setAccessibleName(self.tr("Set outcome"))
        self.audit.setAccessibleName(self.tr("Audit trail"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.tree.clear()
        self.audit.clear()
        self.error.clear()

    def refresh(self) -> None:
        self.clear()
        store = self.session.store
        if store is None:
            return
        try:
            referrals = store.referrals()
        except UserError as error:  # a damaged file: said, never an empty list
            self.error.setText(message_text(error))
            return
        for referral in referrals:
            self.tree.addTopLevelItem(self._item(referral))
        self.tree.expandAll()

    def _item(self, referral: Referral) -> QTreeWidgetItem:
        follow_ups = sorted(s.follow_up for s in referral.services
                            if s.follow_up and s.outcome.value in ("pending", "accepted",
                                                                    "no answer"))
        next_date = follow_ups[0] if follow_ups else ""
        state = self._state(next_date)
        item = QTreeWidgetItem([referral.case_code, self._priority(referral.priority.value),
                                next_date, state])
        item.setData(0, REFERRAL_ID, referral.id)
        if state:
            for column in range(4):
                item.setBackground(column, QBrush(QColor("#ffe0e0")))
        for service in referral.services:
            sent = self.tr("sent") if service.sent_on else self.tr("not sent")
            consent = (self.tr("consent given") if service.consent and service.consent.given
                       else self.tr("no consent"))
            child = QTreeWidgetItem([service.service_name, self.outcome.itemText(
                self.outcome.findData(service.outcome.value)), service.follow_up,
                f"{consent}, {sent}"])
            child.setData(0, REFERRAL_ID, referral.id)
            child.setData(0, SERVICE_ID, service.service_id)
            item.addChild(child)
        return item

    def _priority(self, value: str) -> str:
        return {"emergency": self.tr("Emergency"), "urgent": self.tr("Urgent"),
                "normal": self.tr("Normal")}[value]

    def _state(self, follow_up: str) -> str:
        if not follow_up:
            return ""
        today = self.today().isoformat()
        if follow_up < today:
            return self.tr("Overdue")
        if follow_up == today:
            return self.tr("Due today")
        return ""

    def _chosen(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        store = self.session.store
        if current is None or store is None:
            self.audit.clear()
            return
        referral_id = current.data(0, REFERRAL_ID)
        try:
            trail = store.audit_trail(referral_id)
        except UserError as error:
            self.audit.clear()
            self.error.setText(message_text(error))
            return
        self.audit.setPlainText("\n".join(f"{at}  {who}  {what}" for at, who, what in trail))

    def set_outcome(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, SERVICE_ID) is None:
            self.error.setText(self.tr("Choose a service in a referral first."))
            return
        follow_up = self.follow_up.text().strip()
        if follow_up and not _is_date(follow_up):
            self.error.setText(self.tr("Write the follow-up date as %1.").replace(
                "%1", isolated("2026-12-05")))
            return
        try:
            self.session.require().set_outcome(item.data(0, REFERRAL_ID),
                                               item.data(0, SERVICE_ID),
                                               Outcome(self.outcome.currentData()), follow_up)
        except UserError as error:
            self.error.setText(message_text(error))
            return
        self.message.emit(self.tr("Outcome recorded"))
        self.refresh()


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
