"""Referrals: what one holds, and the rules that protect the survivor behind it.

A referral connects one survivor, known only by a case code, with services. Consent is recorded
per receiving service; a referral cannot be sent to a service without it, except with a written
reason (risk to life), which is kept and shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from .errors import UserError


class Priority(StrEnum):
    EMERGENCY = "emergency"  # within 24 hours
    URGENT = "urgent"  # within 72 hours
    NORMAL = "normal"  # within 2 weeks

    @property
    def within(self) -> timedelta:
        return {"emergency": timedelta(hours=24), "urgent": timedelta(hours=72),
                "normal": timedelta(weeks=2)}[self.value]


class Outcome(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined by survivor"
    UNAVAILABLE = "service unavailable"
    NO_ANSWER = "no answer"  # the service did not answer (yet): call again
    NOT_ELIGIBLE = "not eligible"  # the service does not serve her (age, sex, place, ...)


class Channel(StrEnum):
    PHONE = "phone"
    IN_PERSON = "in person"
    EMAIL = "e-mail"
    LETTER = "letter"


# What may be shared with a receiving service, each only with the survivor's consent.
SHAREABLE = ("case_code", "age_band", "sex", "needs", "reason", "safe_contact", "risk")
AGE_BANDS = ("0-11", "12-17", "18-24", "25-59", "60+", "unknown")
SEXES = ("female", "male", "other", "not stated")
CASE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/]{2,39}")
DEFAULT_PATTERN = "ORG-{year}-{number:04d}"


@dataclass
class Consent:
    given: bool
    on: str  # YYYY-MM-DD
    taken_by: str  # staff code of the caseworker who asked
    shared: tuple[str, ...] = ("case_code",)  # what the survivor agreed may be shared


@dataclass
class ReferralService:
    service_id: str
    service_name: str  # as it was when referred
    consent: Consent | None = None
    appointment: str = ""  # YYYY-MM-DDTHH:MM
    channel: Channel = Channel.PHONE
    sent_on: str = ""
    override_reason: str = ""  # why it was sent without consent
    outcome: Outcome = Outcome.PENDING
    follow_up: str = ""  # YYYY-MM-DD


@dataclass
class Referral:
    case_code: str
    priority: Priority = Priority.NORMAL
    age_band: str = "unknown"
    sex: str = "not stated"
    disability: bool = False
    minor: bool = False
    caregiver_informed: bool | None = None
    caregiver_reason: str = ""
    needs: tuple[str, ...] = ()
    reason: str = ""
    referred_by: str = ""  # staff code
    organization: str = ""
    created: str = ""  # YYYY-MM-DDTHH:MM
    services: list[ReferralService] = field(default_factory=list)
    id: int | None = None

    def due(self) -> datetime | None:
        """When the referral must have reached the services, from its priority."""
        if not self.created:
            return None
        return datetime.fromisoformat(self.created) + self.priority.within


def check_case_code(code: str) -> str:
    """The case code, trimmed; UserError when it is not a usable code."""
    code = code.strip()
    if not code:
        raise UserError("Give the case a code (never the survivor's name).")
    if not CASE_CODE.fullmatch(code):
        raise UserError("A case code is 3 to 40 letters, digits, '-' or '/', such as "
                        "ORG-2026-0001; never the survivor's name.")
    return code


def next_case_code(pattern: str, used: set[str], today: date) -> str:
    """The first code from the pattern (``{year}``, ``{number}``) not used yet; the default
    pattern when this one cannot make codes."""
    if "{number" not in pattern:
        pattern = DEFAULT_PATTERN
    for number in range(1, len(used) + 2):
        try:
            code = pattern.format(year=today.year, number=number)
        except (KeyError, ValueError, IndexError):
            return next_case_code(DEFAULT_PATTERN, used, today)
        if code not in used:
            return code
    raise AssertionError("unreachable: one of len(used) + 1 numbers is free")


def check_sendable(service: ReferralService) -> None:
    """A referral may go to a service only with the survivor's consent, or with a written
    reason for going without it."""
    if service.consent is not None and service.consent.given:
        return
    if service.override_reason.strip():
        return
    raise UserError(f"The survivor has not agreed to be referred to {service.service_name}. "
                    "Record her consent first, or write why it must be sent without it.")


def shared_fields(referral: Referral, service: ReferralService) -> dict[str, str]:
    """Only what the survivor agreed may be shared with this service."""
    agreed = service.consent.shared if service.consent and service.consent.given else ()
    values = {
        "case_code": referral.case_code,
        "age_band": referral.age_band,
        "sex": referral.sex,
        "needs": ", ".join(referral.needs),
        "reason": referral.reason,
    }
    return {key: value for key, value in values.items() if key in agreed and value}
