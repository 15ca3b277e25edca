"""Words shown for needs and verification dates, through Qt's translation."""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QObject

from ..core.needs import NEEDS
from ..core.service_view import months_since

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


def verified_label(last_verified: str, today: date) -> str:
    """'Unverified', 'Verified 3 months ago', or how many years ago when over a year."""
    return _labels().verified(months_since(last_verified, today) if last_verified else None)
