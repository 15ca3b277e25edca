"""What the details pane and "Copy details" show of one service, from its HSDS record.

Pure data, no Qt: the window formats it, tests read it. A confidential location's address is
kept apart, so that nothing shows or copies it unless the caseworker asks.
"""

from __future__ import annotations

import re
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
    costs: list[str] = field(default_factory=list)  # HSDS cost options, one line each
    free: bool = False
    accreditations: str = ""
    program: str = ""
    accessibility: list[str] = field(default_factory=list)
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
    verified = _verified(record)
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
        fees=". ".join(dict.fromkeys(
            str(record[k]) for k in ("fees_description", "fees") if record.get(k))),
        costs=[_cost_text(cost) for cost in record.get("cost_options", [])
               if isinstance(cost, dict) and _cost_text(cost)],
        accreditations=str(record.get("accreditations", "")),
        program=_program_name(record, organization),
        accessibility=list(dict.fromkeys(
            text for location in locations for item in location.get("accessibility", [])
            if isinstance(item, dict) and (text := _joined(item, ("description", "details"))))),
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
        last_verified=verified[0],
        verified_by=verified[1],
        alert=record.get("alert", ""),
    )


def _verified(record: dict[str, Any]) -> tuple[str, str]:
    """When the service was last verified, and by whom: the coordinator's check
    (last_verified) or the publisher's (HSDS assured_date, by assurer_email), the later."""
    ours = (str(record.get("last_verified", "")), str(record.get("verified_by", "")))
    assured = str(record.get("assured_date", ""))
    if _ASSURED_DAY.fullmatch(assured[:10]) and assured[:10] > ours[0]:
        return assured[:10], str(record.get("assurer_email", ""))
    return ours


_ASSURED_DAY = re.compile(r"\d{4}-[01]\d-[0-3]\d")


def _joined(item: dict[str, Any], keys: tuple[str, ...]) -> str:
    return ": ".join(str(item[k]) for k in keys if isinstance(item.get(k), str) and item[k])


def _cost_text(cost: dict[str, Any]) -> str:
    amount = cost.get("amount")
    money = ""
    if isinstance(amount, int | float) and not isinstance(amount, bool):
        money = " ".join(p for p in (f"{amount:g}", str(cost.get("currency", ""))) if p)
    parts = [str(cost[k]) for k in ("option",) if cost.get(k)] + ([money] if money else [])
    text = ": ".join(parts)
    if cost.get("amount_description"):
        text = f"{text} ({cost['amount_description']})" if text else str(
            cost["amount_description"])
    return text


def _program_name(record: dict[str, Any], organization: dict[str, Any]) -> str:
    program = record.get("program")
    if isinstance(program, dict) and program.get("name"):
        return str(program["name"])
    for item in organization.get("programs", []):
        if isinstance(item, dict) and item.get("id") == record.get("program_id"):
            return str(item.get("name", ""))
    return ""


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
