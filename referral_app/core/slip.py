"""What a survivor's slip and a handout say: discreet, plain, in English, Urdu or both.

No word such as "trafficking", "victim", "violence", "abuse", "shelter" or "rescue" (in either
language) may appear on a survivor's slip: a service is named by its neutral slip name, else by
its name or organisation when those are discreet, else plainly as an appointment. A
confidential location's address is never printed: "call first" instead. Slip words are kept
here in both languages because one slip may carry both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .opening_hours import Slot, clock
from .plain_text import cleaned
from .referral import Referral, ReferralService, shared_fields
from .service_view import ServiceView, is_confidential
from .text import fold, isolated

# Folded word stems that must never reach a survivor's slip.
SENSITIVE = (
    "traffick", "victim", "violence", "violent", "abuse", "shelter", "rescue", "rape",
    "exploit", "dar-ul-aman", "darul aman", "dar ul aman", "smuggl", "crisis",
    "اسمگلنگ", "انسانی اسمگلنگ", "متاثرہ", "تشدد", "زیادتی", "پناہ گاہ", "دارالامان",
    "استحصال", "بازیابی",
)
_SENSITIVE = re.compile("|".join(re.escape(fold(word)) for word in SENSITIVE))

WORDS = {
    "slip": ("Appointment slip", "ملاقات کی پرچی"),
    "handout": ("Useful phone numbers", "مفید فون نمبر"),
    "phone": ("Phone", "فون"),
    "address": ("Address", "پتہ"),
    "call_first": ("Call first; the address is given on the phone.",
                   "پہلے فون کریں؛ پتہ فون پر بتایا جائے گا۔"),
    "hours": ("Open", "اوقات"),
    "appointment": ("Appointment", "ملاقات"),
    "bring": ("Please bring", "ساتھ لائیں"),
    "case_code": ("Your reference", "آپ کا حوالہ نمبر"),
    "desk": ("If you need help, call", "مدد کے لیے فون کریں"),
    "scan": ("Scan to call", "فون کرنے کے لیے اسکین کریں"),
    "service": ("Appointment", "ملاقات"),
    "copy": ("Referral: copy for the receiving service", "ریفرل: وصول کرنے والے ادارے کی نقل"),
    "priority": ("Priority", "ترجیح"),
    "referred_by": ("Referred by", "ریفر کرنے والا"),
    "date": ("Date", "تاریخ"),
    "shared": ("Shared with her consent", "اس کی رضامندی سے"),
    "signed_referrer": ("Signature of the referring caseworker", "ریفر کرنے والے کے دستخط"),
    "signed_receiver": ("Signature on receipt", "وصولی کے دستخط"),
    "check": ("Numbers can change: call before you go.",
              "نمبر بدل سکتے ہیں: جانے سے پہلے فون کریں۔"),
}
DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ur": ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
}


def clean(text: str) -> str:
    """Directory text as a slip prints it: direction controls could reorder what it says, and
    invisible characters hide what it holds; both are removed (the slip adds its own isolates
    around numbers). A case's own text (shared fields) passes here too."""
    return cleaned(text).strip()


def discreet(text: str) -> bool:
    """True when the text holds none of the words a slip must not carry."""
    return _SENSITIVE.search(fold(text)) is None


@dataclass(frozen=True)
class SlipEntry:
    """One service on a slip or handout."""

    title: str
    title_ur: str
    phones: tuple[str, ...]
    address: str  # empty when withheld or not known
    call_first: bool
    hours: tuple[str, ...]  # as written by the source
    documents: tuple[str, ...]
    appointment: str = ""  # YYYY-MM-DDTHH:MM
    slots: tuple[Slot, ...] = ()  # structured weekly hours


@dataclass(frozen=True)
class Slip:
    entries: tuple[SlipEntry, ...]
    language: str = "both"  # "en", "ur" or "both"
    large_print: bool = False
    case_code: str = ""
    desk_phone: str = ""
    handout: bool = False
    one_per_page: bool = False  # one service per page, to hand each slip separately
    languages: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        if self.language not in ("en", "ur", "both"):
            raise ValueError(f"unknown slip language {self.language!r}")
        object.__setattr__(self, "languages",
                           ("en", "ur") if self.language == "both" else (self.language,))


def slip_entry(view: ServiceView, slip_name: str = "", slip_name_ur: str = "",
               appointment: str = "") -> SlipEntry:
    """A service as a slip shows it: discreet names, no confidential address."""
    title = next((clean(t) for t in (slip_name, view.name, view.organization)
                  if clean(t) and discreet(t)), "")
    title_ur = next((clean(t) for t in (slip_name_ur, view.name_ur) if clean(t) and discreet(t)),
                    "")
    confidential = is_confidential(view)
    address = "" if confidential else "; ".join(clean(a.text) for a in view.addresses if a.text)
    if address and not discreet(address):
        address, confidential = "", True
    return SlipEntry(
        title=title,
        title_ur=title_ur,
        phones=tuple(clean(p.number) for p in view.phones),
        address=address,
        call_first=confidential,
        hours=tuple(clean(h) for h in view.hours if discreet(h)),
        documents=tuple(clean(d) for d in view.documents if discreet(d)),
        appointment=appointment,
        slots=tuple(view.slots),
    )


def hours_lines(entry: SlipEntry, language: str) -> list[str]:
    """Opening hours in plain words, days with the same hours together ('Monday–Friday
    09:00–17:00', 'Every day 00:00–23:59'), else as the source wrote them. Times are isolated
    so that they read left to right inside Urdu."""
    if not entry.slots:
        return list(entry.hours)
    names = DAY_NAMES[language]
    by_hours: dict[tuple[int, int], list[int]] = {}
    for slot in entry.slots:
        by_hours.setdefault((slot.opens, slot.closes), []).append(slot.day)
    lines = []
    for (opens, closes), days in by_hours.items():
        times = isolated(f"{clock(opens)}–{clock(closes)}")
        lines.append(f"{_days(sorted(set(days)), names, language)} {times}")
    return lines


def _days(days: list[int], names: tuple[str, ...], language: str) -> str:
    if len(days) == 7:
        return "ہر روز" if language == "ur" else "Every day"
    if days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
        return f"{names[days[0]]}–{names[days[-1]]}"
    return ", ".join(names[day] for day in days)


def words(key: str, language: str) -> str:
    english, urdu = WORDS[key]
    return urdu if language == "ur" else english


FIELD_WORDS = {
    "case_code": ("Case code", "کیس کوڈ"),
    "age_band": ("Age band", "عمر کا گروپ"),
    "sex": ("Sex", "جنس"),
    "needs": ("Needs", "ضروریات"),
    "reason": ("Reason for referral", "ریفرل کی وجہ"),
}


@dataclass(frozen=True)
class ServiceCopy:
    """The receiving service's copy: the case code, the priority, and only what she agreed to
    share with that service."""

    service_name: str
    case_code: str
    priority: str
    shared: tuple[tuple[str, str], ...]  # (field, value), consented fields only
    referred_by: str
    organization: str
    day: str


def service_copy(referral: Referral, service: ReferralService, day: str) -> ServiceCopy:
    shared = shared_fields(referral, service)
    shared.pop("case_code", None)  # printed at the top in any case
    return ServiceCopy(clean(service.service_name), referral.case_code, referral.priority.value,
                       tuple((key, clean(value)) for key, value in shared.items()),
                       clean(referral.referred_by), clean(referral.organization), day)
