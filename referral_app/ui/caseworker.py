"""Who is making referrals on this laptop, kept in the settings: the caseworker's staff code,
the organisation, the desk's phone for slips, the case-code pattern and the idle time before
the casework locks itself."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ..core.errors import UserError
from ..core.phone_number import desk_phone
from ..core.referral import DEFAULT_PATTERN
from .casework_session import DEFAULT_IDLE_MINUTES


@dataclass(frozen=True)
class Caseworker:
    staff_code: str = ""
    organization: str = ""
    desk_phone: str = ""
    case_code_pattern: str = DEFAULT_PATTERN
    idle_minutes: int = DEFAULT_IDLE_MINUTES

    @classmethod
    def load(cls, settings: QSettings) -> Caseworker:
        def text(key: str, default: str = "") -> str:
            return str(settings.value(f"caseworker/{key}", default) or default)

        try:
            idle = int(text("idle_minutes", str(DEFAULT_IDLE_MINUTES)))
        except ValueError:
            idle = DEFAULT_IDLE_MINUTES
        try:  # one saved before numbers were checked: not printed
            phone = desk_phone(text("desk_phone"))
        except UserError:
            phone = ""
        return cls(text("staff_code"), text("organization"), phone,
                   text("case_code_pattern", DEFAULT_PATTERN), max(idle, 1))

    def save(self, settings: QSettings) -> None:
        for key, value in (("staff_code", self.staff_code), ("organization", self.organization),
                           ("desk_phone", self.desk_phone),
                           ("case_code_pattern", self.case_code_pattern),
                           ("idle_minutes", str(self.idle_minutes))):
            settings.setValue(f"caseworker/{key}", value)
