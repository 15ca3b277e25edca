"""The details of the selected service: everything a referral needs, selectable, copyable.

A confidential location's address is not shown until the caseworker clicks to see it, and it
is never part of "Copy details".
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..core.corrections import Correction
from ..core.opening_hours import DAYS, clock, opening_state
from ..core.plain_text import visible
from ..core.service_view import ServiceView, is_confidential
from ..core.text import isolated
from .fonts import URDU_FAMILY
from .labels import correction_label, dated, need_label, verified_label
from .reflow import FlowLayout


class ServiceDetail(QWidget):
    """Shows one ``ServiceView``; ``copied(text)`` is emitted when something is copied."""

    copied = Signal(str)
    add_wanted = Signal(object)  # the ServiceView to add to the current referral
    correction_made = Signal(object)  # a Correction to record for the shown service
    correct_wanted = Signal(object)  # the ServiceView the caseworker wants to correct

    def __init__(self, parent: QWidget | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.setObjectName("serviceDetail")
        self._now = now
        self._view: ServiceView | None = None
        self._address_shown = False
        self._corrections: list[Correction] = []
        self._publisher: tuple[str, str] | None = None
        self._offer: tuple[str, str] | None = None
        self.prefer_urdu = False  # show Urdu fields first where a service has them

        self.browser = QTextBrowser(objectName="serviceDetailText")
        self.browser.setOpenLinks(False)
        # A scroll bar that comes and goes with each service shown would lay the text out
        # twice, at two widths, on every keystroke's first result.
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.browser.anchorClicked.connect(self._link)
        self.copy_button = QPushButton(objectName="copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        self.verified_button = QPushButton(objectName="markVerified")
        self.verified_button.clicked.connect(self._verified_today)
        self.correct_button = QPushButton(objectName="correctService")
        self.correct_button.clicked.connect(lambda: self._view and self.correct_wanted.emit(
            self._view))
        self.add_button = QPushButton(objectName="addToReferral")
        self.add_button.clicked.connect(lambda: self._view and self.add_wanted.emit(self._view))
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        buttons = FlowLayout(spacing=6)  # onto two rows when the side is narrow
        for button in (self.add_button, self.verified_button, self.correct_button,
                       self.copy_button):
            buttons.addWidget(button)
        buttons.setAlignment(self.copy_button, Qt.AlignmentFlag.AlignTrailing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_service(None)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Service details"))
        self.browser.setAccessibleName(self.tr("Service details"))
        self.browser.setAccessibleDescription(
            self.tr("Everything a referral needs about the chosen service"))
        self.verified_button.setText(self.tr("Verified today"))
        self.verified_button.setAccessibleName(self.tr("Mark verified today"))
        self.verified_button.setAccessibleDescription(
            self.tr("You checked this service's details today"))
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setAccessibleName(self.tr("Correct a phone, hours or address"))
        self.add_button.setText(self.tr("Add to referral"))
        self.add_button.setAccessibleName(self.tr("Add to referral"))
        self.add_button.setAccessibleDescription(
            self.tr("Add this service to the referral being made"))
        self.copy_button.setText(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAccessibleDescription(
            self.tr("Copy the details as text, without a confidential address"))
        self.empty.setText(self.tr("Choose a service to see its details."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def view(self) -> ServiceView | None:
        return self._view

    def show_service(self, view: ServiceView | None,
                     corrections: list[Correction] | None = None,
                     publisher: tuple[str, str] | None = None,
                     offer: tuple[str, str] | None = None) -> None:
        """``publisher``: the trusted name and fingerprint of the key that published it;
        ``offer``: (who offers it, to whom) when its publisher has offered it to another."""
        if view is not None and (view, list(corrections or []), publisher, offer) == (
                self._view, self._corrections, self._publisher, self._offer):
            return  # the same again (a keystroke whose first result stays): nothing to draw
        self._view = view
        self._corrections = list(corrections or [])
        self._publisher = publisher
        self._offer = offer
        self._address_shown = False
        self.empty.setVisible(view is None)
        self.browser.setVisible(view is not None)
        self.copy_button.setEnabled(view is not None)
        self.add_button.setEnabled(view is not None)
        self.verified_button.setEnabled(view is not None)
        self.correct_button.setEnabled(view is not None)
        self._render()

    # -- rendering -----------------------------------------------------------------------------

    def _render(self) -> None:
        view = self._view
        if view is None:
            self.browser.clear()
            return
        e = html.escape
        if self.prefer_urdu and view.name_ur:
            parts = [f"<h2>{_urdu(view.name_ur)}</h2>", f"<p>{e(view.name)}</p>"]
        else:
            parts = [f"<h2>{e(view.name)}</h2>"]
            if view.name_ur:
                parts.append(f"<p>{_urdu(view.name_ur)}</p>")
        if view.organization:
            parts.append(f"<p><i>{e(view.organization)}</i></p>")
        if view.alert:
            parts.append(f"<p><b>{e(view.alert)}</b></p>")
        if view.status not in ("", "active"):
            status = self.tr("Status: %1").replace("%1", view.status)
            parts.append(f"<p><b>{e(status)}</b></p>")
        parts.append(self._section(self.tr("Needs"),
                                   ", ".join(need_label(code) for code in view.needs)))
        parts.append(self._description(view))
        parts.append(self._section(self.tr("Who is eligible"), self._eligibility(view)))
        parts.append(self._section(self.tr("How to apply"), view.how_to_apply))
        parts.append(self._list(self.tr("Documents to bring"), view.documents))
        parts.append(self._section(self.tr("Fees"), self._fees(view)))
        parts.append(self._list(self.tr("Costs"), view.costs))
        parts.append(self._section(self.tr("Programme"), view.program))
        parts.append(self._section(self.tr("Accreditations"), view.accreditations))
        parts.append(self._list(self.tr("Accessibility"), view.accessibility))
        parts.append(self._section(self.tr("Opening hours"), self._hours(view)))
        parts.append(self._section(self.tr("Languages"), ", ".join(view.languages)))
        parts.append(self._section(self.tr("Interpretation"), view.interpretation))
        parts.append(self._phones(view))
        parts.append(self._section(self.tr("E-mail"), view.email))
        parts.append(self._section(self.tr("Website"), view.website))
        parts.append(self._addresses(view))
        parts.append(self._section(self.tr("Covers"), ", ".join(view.areas)))
        parts.append(self._section(self.tr("Where this comes from"), self._provenance(view)))
        parts.append(self._list(self.tr("Corrections made on this laptop"),
                                [dated(c.made_on, correction_label(c))
                                 for c in self._corrections]))
        self.browser.setHtml("".join(p for p in parts if p))

    def _description(self, view: ServiceView) -> str:
        heading = self.tr("What it offers")
        title = f"<h4>{html.escape(heading)}</h4>"
        urdu = f"<p>{_urdu(view.description_ur)}</p>" if view.description_ur else ""
        english = f"<p>{html.escape(view.description)}</p>" if view.description else ""
        if not (urdu or english):
            return ""
        if not self.prefer_urdu:
            return title + english + urdu
        if not urdu:
            note = html.escape(self.tr("(only in English)"))
            return f"{title}<p><i>{note}</i></p>{english}"
        return title + urdu + english

    def _section(self, title: str, text: str) -> str:
        if not text:
            return ""
        return f"<h4>{html.escape(title)}</h4><p>{html.escape(text)}</p>"

    def _list(self, title: str, items: list[str]) -> str:
        if not items:
            return ""
        rows = "".join(f"<li>{html.escape(item)}</li>" for item in items)
        return f"<h4>{html.escape(title)}</h4><ul>{rows}</ul>"

    def _eligibility(self, view: ServiceView) -> str:
        parts = [view.eligibility] if view.eligibility else []
        low, high = view.ages
        if low is not None and high is not None:
            parts.append(self.tr("Ages %1 to %2").replace("%1", f"{low:g}").replace("%2",
                                                                                   f"{high:g}"))
        elif low is not None:
            parts.append(self.tr("Aged %1 or over").replace("%1", f"{low:g}"))
        elif high is not None:
            parts.append(self.tr("Aged %1 or under").replace("%1", f"{high:g}"))
        if view.gender == "female":
            parts.append(self.tr("Women and girls only"))
        elif view.gender == "male":
            parts.append(self.tr("Men and boys only"))
        return ". ".join(parts)

    def _fees(self, view: ServiceView) -> str:
        free = self.tr("Free of charge") if view.free else ""
        return ". ".join(p for p in (free, view.fees) if p)

    def _hours(self, view: ServiceView) -> str:
        state = opening_state(view.slots, self._now())
        lines = []
        if state.known and state.open_now and state.closes is not None:
            lines.append(self.tr("Open now, until %1").replace("%1", clock(state.closes)))
        elif state.known and state.next_day is not None and state.next_opens is not None:
            day = self._day_names()[state.next_day]
            lines.append(self.tr("Closed now; opens %1 at %2").replace("%1", day)
                         .replace("%2", clock(state.next_opens)))
        lines += view.hours
        return ". ".join(lines)

    def _day_names(self) -> tuple[str, ...]:
        names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                 self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        assert len(names) == len(DAYS)
        return names

    def _phones(self, view: ServiceView) -> str:
        if not view.phones:
            return self._section(self.tr("Phone"), self.tr("No phone number listed"))
        rows = []
        copy, heading = html.escape(self.tr("Copy")), html.escape(self.tr("Phone"))
        broken = html.escape(self.tr("Not working?"))
        reported = {c.old_value for c in self._corrections if c.kind == "number_not_working"}
        warning = html.escape(self.tr("reported not working"))
        for index, phone in enumerate(view.phones):
            note = f" ({html.escape(phone.note)})" if phone.note else ""
            flag = f" <b>[{warning}]</b>" if phone.number in reported else ""
            # visible(): a number kept by an older version may hold hidden characters
            rows.append(f"<li><b>{html.escape(isolated(visible(phone.number)))}</b>{note}{flag} "
                        f'<a href="copy-phone:{index}">{copy}</a> '
                        f'<a href="not-working:{index}">{broken}</a></li>')
        return f"<h4>{heading}</h4><ul>{''.join(rows)}</ul>"

    def _addresses(self, view: ServiceView) -> str:
        if not view.addresses:
            return ""
        rows = []
        withheld = html.escape(self.tr("Address withheld: call first"))
        show = html.escape(self.tr("Show the address to me"))
        heading = html.escape(self.tr("Address"))
        for address in view.addresses:
            if address.confidential and not self._address_shown:
                rows.append(f'<li><b>{withheld}</b> <a href="show-address">{show}</a></li>')
            elif address.text:
                rows.append(f"<li>{html.escape(address.text)}</li>")
        return f"<h4>{heading}</h4><ul>{''.join(rows)}</ul>"

    def _provenance(self, view: ServiceView) -> str:
        parts = []
        if view.source_url:
            source = view.source_url
            if view.source_date:
                source += f" ({view.source_date})"
            parts.append(self.tr("Source: %1").replace("%1", source))
        parts.append(verified_label(view.last_verified, date.today()))
        if view.verified_by:
            parts.append(self.tr("by %1").replace("%1", view.verified_by))
        if self._publisher is not None:  # the name this laptop trusts the key as
            name, key_id = self._publisher
            # plain text: _section escapes the whole of it
            parts.append(self.tr("Published by %1 (%2)").replace("%2", isolated(key_id))
                         .replace("%1", name))
        if self._offer is not None:
            names = [isolated(n) for n in reversed(self._offer)]  # to, by
            parts.append(re.sub(r"%([12])", lambda m: names[int(m.group(1)) - 1], self.tr(
                "Offered to %1 by %2; it stays %2's until %1 publishes it")))
        return ". ".join(parts)

    # -- actions -------------------------------------------------------------------------------

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target == "show-address":
            self._address_shown = True
            self._render()
        elif target.startswith("copy-phone:") and self._view is not None:
            number = self._view.phones[int(target.split(":", 1)[1])].number
            self._copy(number)
        elif target.startswith("not-working:") and self._view is not None:
            number = self._view.phones[int(target.split(":", 1)[1])].number
            self.correction_made.emit(Correction(self._view.id, self._view.name,
                                                 "number_not_working", old_value=number))

    def _verified_today(self) -> None:
        if self._view is not None:
            self.correction_made.emit(Correction(self._view.id, self._view.name, "verified",
                                                 new_value=date.today().isoformat()))

    def copy_details(self) -> None:
        if self._view is not None:
            self._copy(self.plain_text())

    def plain_text(self) -> str:
        """The details as plain text, for pasting into a message: no case data, and no
        confidential address."""
        view = self._view
        if view is None:
            return ""
        lines = [view.name]
        if view.organization:
            lines.append(view.organization)
        for label, value in (
            (self.tr("Needs"), ", ".join(need_label(code) for code in view.needs)),
            (self.tr("Phone"), ", ".join(p.number for p in view.phones)),
            (self.tr("Opening hours"), self._hours(view)),
            (self.tr("Who is eligible"), self._eligibility(view)),
            (self.tr("Documents to bring"), "; ".join(view.documents)),
            (self.tr("Fees"), "; ".join(p for p in (self._fees(view), *view.costs) if p)),
            (self.tr("Accessibility"), "; ".join(view.accessibility)),
            (self.tr("Address"), self.tr("Address withheld: call first")
             if is_confidential(view) else "; ".join(a.text for a in view.addresses)),
            (self.tr("E-mail"), view.email),
            (self.tr("Website"), view.website),
            (self.tr("Source"), " ".join(p for p in (view.source_url, view.source_date) if p)),
        ):
            if value:
                lines.append(f"{label}: {value}")
        return "\n".join(lines)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)



def _urdu(text: str) -> str:
    """Urdu text for the details: right to left, in the bundled Nastaliq font."""
    return (f'<span dir="rtl" style="font-family: \'{URDU_FAMILY}\'">'
            f"{html.escape(text)}</span>")
