"""Words shown for needs and verification dates, through Qt's translation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ..core.needs import NEEDS
from ..core.service_view import months_since


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Labels", text, disambiguation, n)


def need_label(code: str) -> str:
    labels = {
        "legal": _tr("Legal aid"),
        "shelter": _tr("Shelter"),
        "education": _tr("Education and skills"),
        "livelihood": _tr("Livelihood and income"),
        "health": _tr("Health"),
        "psychosocial": _tr("Counselling"),
        "protection": _tr("Protection and police"),
        "repatriation": _tr("Return and documents"),
        "emergency": _tr("Emergency and helplines"),
    }
    return labels.get(code, code)


NEED_CODES = tuple(n.code for n in NEEDS)


def verified_label(last_verified: str, today: date) -> str:
    """'Unverified', 'Verified 3 months ago', or a warning when it is over a year old."""
    months = months_since(last_verified, today) if last_verified else None
    if months is None:
        return _tr("Unverified")
    if months < 1:
        return _tr("Verified this month")
    if months < 12:
        return _tr("Verified %n month(s) ago", None, months)
    return _tr("Last verified %n year(s) ago", None, months // 12)
