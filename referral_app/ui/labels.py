"""Words shown for needs, verification dates and corrections, through Qt's translation."""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QObject

from ..core.corrections import Correction
from ..core.needs import NEEDS
from ..core.service_view import months_since
from ..core.text import isolated, set_apart

NEED_CODES = tuple(n.code for n in NEEDS)


class Labels(QObject):
    """Holds the translatable words (a QObject so that tr() gives them one context)."""

    def need(self, code: str) -> str:
        labels = {
            "legal": self.tr("Legal aid"),
            "shelter": self.tr("Shelter"),
            "education": self.tr("Education and skills"),
            "livelihood": self.tr("Livelihood and income"),
            "health": self.tr("Health"),
            "psychosocial": self.tr("Counselling"),
            "protection": self.tr("Protection and police"),
            "repatriation": self.tr("Return and documents"),
            "emergency": self.tr("Emergency and helplines"),
        }
        return labels.get(code, code)

    def correction(self, kind: str) -> str:
        labels = {
            "verified": self.tr("verified"), "number_not_working": self.tr("number not working"),
            "phone": self.tr("phone"), "hours": self.tr("opening hours"),
            "address": self.tr("address"), "new_service": self.tr("added here"),
        }
        return labels.get(kind, kind)

    def verified(self, months: int | None) -> str:
        if months is None:
            return self.tr("Unverified")
        if months < 1:
            return self.tr("Verified this month")
        if months < 12:
            return self.tr("Verified %n month(s) ago", "", months)
        return self.tr("Last verified %n year(s) ago", "", months // 12)


@cache
def _labels() -> Labels:
    return Labels()


def need_label(code: str) -> str:
    return _labels().need(code)


def correction_label(correction: Correction) -> str:
    """'opening hours: 9 to 5'; a service added here is named by the caller, not as data."""
    kind = _labels().correction(correction.kind)
    if correction.kind == "new_service":
        return kind
    return f"{kind}: {set_apart(correction.new_value or correction.old_value)}"


def dated(day: str, text: str) -> str:
    """'2026-11-28: text', the date kept left to right in an Urdu line."""
    return f"{isolated(day)}: {text}"


def verified_label(last_verified: str, today: date) -> str:
    """'Unverified', 'Verified 3 months ago', or how many years ago when over a year."""
    return _labels().verified(months_since(last_verified, today) if last_verified else None)
