"""What the details pane and "Copy details" show of one service, from its HSDS record.

Pure data, no Qt: the window formats it, tests read it. A confidential location's address is
kept apart, so that nothing shows or copies it unless the caseworker asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .hsds_records import as_stored
from .opening_hours import Slot, weekly_slots


@dataclass(frozen=True)
class Phone:
    number: str
    note: str  # type or description, when given


@dataclass(frozen=True)
class Address:
    text: str
    confidential: bool


@dataclass
class ServiceView:
    id: str
    name: str
    name_ur: str
    organization: str
    needs: list[str]
    status: str
    description: str = ""
    description_ur: str = ""
    eligibility: str = ""
    ages: tuple[float | None, float | None] = (None, None)
    gender: str = ""
    how_to_apply: str = ""
    documents: list[str] = field(default_factory=list)
    fees: str = ""
    free: bool = False
    interpretation: str = ""
    hours: list[str] = field(default_factory=list)  # written descriptions
    slots: list[Slot] = field(default_factory=list)  # structured weekly hours
    languages: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    email: str = ""
    website: str = ""
    addresses: list[Address] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    source_url: str = ""
    source_date: str = ""
    last_verified: str = ""
    verified_by: str = ""
    alert: str = ""


def service_view(record: dict[str, Any], needs: list[str]) -> ServiceView:
    """A view of a fully nested HSDS service (as the directory store exports it). Its text is
    read as an import keeps it (hidden characters removed, numbers in their dialable form),
    also when a directory from an older version kept it unchecked."""
    record = as_stored(record)
    organization = record.get("organization") or {}
    locations = [sal.get("location") or {} for sal in record.get("service_at_locations", [])]
    schedules = list(record.get("schedules", []))
    phones = list(record.get("phones", []))
    languages = [lang.get("name") or lang.get("code", "") for lang in record.get("languages", [])]
    addresses = []
    for location in locations:
        schedules += location.get("schedules", [])
        phones += location.get("phones", [])
        languages += [lang.get("name") or lang.get("code", "")
                      for lang in location.get("languages", [])]
        for address in location.get("addresses", []):
            addresses.append(Address(_address_text(address), bool(location.get("confidential"))))
    return ServiceView(
        id=record["id"],
        name=record.get("name", ""),
        name_ur=record.get("name_ur", ""),
        organization=organization.get("name", ""),
        needs=needs,
        status=record.get("status", ""),
        description=record.get("description", ""),
        description_ur=record.get("description_ur", ""),
        eligibility=record.get("eligibility_description", ""),
        ages=(record.get("minimum_age"), record.get("maximum_age")),
        gender=record.get("gender", ""),
        how_to_apply=record.get("application_process", ""),
        documents=[d["document"] for d in record.get("required_documents", [])
                   if d.get("document")],
        fees=record.get("fees_description", ""),
        free=bool(record.get("free_of_charge")),
        interpretation=record.get("interpretation_services", ""),
        hours=[s["description"] for s in schedules if s.get("description")],
        slots=weekly_slots(schedules),
        languages=list(dict.fromkeys(n for n in languages if n)),
        phones=list({p["number"]: Phone(p["number"], p.get("description") or p.get("type", ""))
                     for p in phones if p.get("number")}.values()),
        email=record.get("email", "") or organization.get("email", ""),
        website=record.get("url", "") or organization.get("website", ""),
        addresses=addresses,
        areas=[a["name"] for a in record.get("service_areas", []) if a.get("name")],
        source_url=record.get("source_url", ""),
        source_date=record.get("source_date", ""),
        last_verified=record.get("last_verified", ""),
        verified_by=record.get("verified_by", ""),
        alert=record.get("alert", ""),
    )


def _address_text(address: dict[str, Any]) -> str:
    parts = [address.get(k, "") for k in ("address_1", "address_2", "city", "region",
                                           "state_province", "postal_code")]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def months_since(day: str, today: date) -> int | None:
    """Whole months from a YYYY-MM-DD (or YYYY-MM, YYYY) date to today; None if unreadable."""
    try:
        parts = [int(p) for p in day.split("-")]
    except ValueError:
        return None
    if not parts or not 1000 <= parts[0] <= 9999:
        return None
    year, month = parts[0], parts[1] if len(parts) > 1 else 1
    return max(0, (today.year - year) * 12 + today.month - month)


def is_confidential(view: ServiceView) -> bool:
    return any(address.confidential for address in view.addresses)
