"""Corrections a caseworker makes to the directory, and the file that carries them back to the
coordinator. The file holds the corrections and nothing else: no casework at all."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any
from uuid import uuid4

from .errors import InvalidFileError, UserError
from .hsds_nest import need_attributes
from .needs import NEED_CODES, need_code
from .phone_number import dialable
from .plain_text import NAME_LENGTH, cleaned

KINDS = ("verified", "number_not_working", "phone", "hours", "address", "new_service")
# Corrections written as free text: a person puts them into HSDS's structured fields.
BY_HAND = ("phone", "hours", "address")
LOCAL_ALERT = "Added on this laptop; not yet checked by the coordinator."
MAX_VALUE = 2000


@dataclass(frozen=True)
class Correction:
    service_id: str
    service_name: str
    kind: str
    old_value: str = ""
    new_value: str = ""
    note: str = ""
    made_on: str = ""  # YYYY-MM-DD
    made_by: str = ""  # staff code
    id: int | None = None

    def check(self) -> Correction:
        if self.kind not in KINDS:
            raise UserError(f"Unknown kind of correction: {self.kind}.")
        if self.kind in ("phone", "hours", "address") and not self.new_value.strip():
            raise UserError("Write the corrected value.")
        longest = MAX_VALUE * (20 if self.kind == "new_service" else 1)
        if max(len(self.new_value), len(self.note), len(self.old_value)) > longest:
            raise UserError(f"A correction is at most {MAX_VALUE} characters.")
        if self.kind == "phone":  # the one dialable form an imported number has
            return replace(self, new_value=dialable(self.new_value), note=cleaned(self.note))
        if self.kind in ("hours", "address"):
            return replace(self, new_value=cleaned(self.new_value), note=cleaned(self.note))
        return self


def corrections_payload(corrections: list[Correction], sender: str, organization: str
                        ) -> bytes:
    """The corrections as the laptop signs them (see signed_corrections.py): who sent them
    (a staff code and an organisation, never a survivor) and the corrections."""
    items = [{k: v for k, v in asdict(c).items() if k != "id"} for c in corrections]
    return json.dumps({"sender": sender, "organization": organization, "corrections": items},
                      ensure_ascii=False, indent=1).encode("utf-8")


def read_corrections_payload(data: bytes, name: str) -> tuple[str, str, list[Correction]]:
    """(sender, organization, corrections) from the signed part of a corrections file."""
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        items = raw["corrections"]
        if not isinstance(items, list):
            raise ValueError("corrections")
        corrections = [_correction(item).check() for item in items]
        sender, organization = str(raw.get("sender", "")), str(raw.get("organization", ""))
        if max(len(sender), len(organization)) > NAME_LENGTH:
            raise ValueError(f"its sender is longer than {NAME_LENGTH} characters")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError,
            UserError) as error:
        raise InvalidFileError(f"{name} is not a corrections file from Referral App "
                               f"({error}).") from error
    return sender, organization, corrections


def _correction(item: Any) -> Correction:
    if not isinstance(item, dict):
        raise ValueError("a correction is not an object")

    def text(key: str) -> str:
        return str(item.get(key, ""))

    for key in ("service_id", "service_name", "kind", "made_on", "made_by"):
        if len(text(key)) > NAME_LENGTH:  # the values have their own bounds (check)
            raise ValueError(f"its {key} is longer than {NAME_LENGTH} characters")
    return Correction(text("service_id"), text("service_name"), text("kind"), text("old_value"),
                      text("new_value"), text("note"), text("made_on"), text("made_by"))


def local_service(name: str, organization: str, phone: str, area: str, need: str,
                  today: str) -> dict[str, Any]:
    """An HSDS service for one a caseworker found that the directory lacks; marked as added
    on this laptop and unverified until the coordinator takes it in."""
    name, organization, area = (cleaned(v).strip() for v in (name, organization, area))
    if not name:
        raise UserError("Give the service a name.")
    if max(len(name), len(organization), len(area)) > NAME_LENGTH:
        raise UserError(f"A name or a place is at most {NAME_LENGTH} characters.")
    phone = dialable(phone) if phone.strip() else ""
    code = need_code(need)
    if code is None:
        raise UserError("Choose what need the service meets.")
    service_id = str(uuid4())
    record: dict[str, Any] = {
        "id": service_id, "name": name, "status": "active",
        "organization": {"id": str(uuid4()), "name": organization or name, "description": ""},
        "attributes": need_attributes(service_id, [code]),
        "source_date": today,
        "alert": LOCAL_ALERT,
    }
    if phone:
        record["phones"] = [{"id": str(uuid4()), "number": phone}]
    if area:
        record["service_areas"] = [{"id": str(uuid4()), "name": area}]
    return record


# -- the coordinator's side: taking corrections into the master directory -----------------------

def taken_in(record: dict[str, Any], correction: Correction, verifier: str, today: str
             ) -> tuple[dict[str, Any] | None, str]:
    """A nested HSDS service (as the store exports it) with a "verified" or "number not
    working" correction taken in; or None and why it changes nothing. ``today`` (YYYY-MM-DD):
    a verification after it is refused."""
    changed = copy.deepcopy(record)
    if correction.kind == "verified":
        day = correction.new_value or correction.made_on
        if not _is_date(day):
            return None, f"its date {day!r} is not a date"
        if day > today:
            return None, f"its date {day} is in the future"
        if day <= str(changed.get("last_verified", "")):
            return None, "the directory has it verified on that day or later"
        changed["last_verified"], changed["verified_by"] = day, verifier
        return changed, ""
    if correction.kind == "number_not_working":
        dead = _digits(correction.old_value)
        removed = False
        for owner in _phone_owners(changed):
            phones = owner.get("phones", [])
            kept = [p for p in phones if _digits(str(p.get("number", ""))) != dead]
            if dead and len(kept) < len(phones):
                owner["phones"], removed = kept, True
        if not removed:
            return None, f"the number {correction.old_value} is no longer listed"
        return changed, ""
    return None, f"a {correction.kind} correction is put in by hand"


def is_published(record: dict[str, Any], correction: Correction) -> bool:
    """Whether the published service (nested HSDS) now says what the correction asked: a
    verification on that day or later, the number gone, the added service taken in by the
    coordinator. Written phone, hours and address corrections cannot be told: never."""
    if correction.kind == "verified":
        day = correction.new_value or correction.made_on
        return _is_date(day) and str(record.get("last_verified", "")) >= day
    if correction.kind == "number_not_working":
        dead = _digits(correction.old_value)
        return bool(dead) and dead not in {_digits(str(p.get("number", "")))
                                           for owner in _phone_owners(record)
                                           for p in owner.get("phones", [])}
    if correction.kind == "new_service":
        return record.get("alert") != LOCAL_ALERT
    return False


def _phone_owners(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The service and its locations: where the numbers it shows are listed."""
    return [record, *(sal["location"] for sal in record.get("service_at_locations", [])
                      if isinstance(sal.get("location"), dict))]


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def new_service_record(correction: Correction) -> dict[str, Any]:
    """The service a caseworker added, as the coordinator takes it in: no longer marked as
    added on a laptop (it stays unverified until someone verifies it)."""
    try:
        record = json.loads(correction.new_value)
    except ValueError as error:
        raise UserError("The added service is not readable.") from error
    if not isinstance(record, dict) or record.get("id") != correction.service_id:
        raise UserError("The added service is not readable.")
    if record.get("alert") == LOCAL_ALERT:
        del record["alert"]
    return record


# What File > Add a local service makes (local_service above): nothing else may arrive in an
# added service, so that a laptop cannot send a service as verified, or with more than it asks.
_FORM_FIELDS = {"id", "name", "status", "organization", "attributes", "source_date", "alert",
                "phones", "service_areas"}
_FORM_PARTS = {"organization": {"id", "name", "description"}, "phones": {"id", "number"},
               "service_areas": {"id", "name"}}


def unlike_the_form(record: dict[str, Any], today: str) -> str:
    """Why a service added on a laptop is not what the laptop's form makes (fields it does not
    make, such as a verification date; a date after ``today``); "" when it is."""
    extra = sorted(set(record) - _FORM_FIELDS)
    if extra:
        return f"it holds {', '.join(extra)}, which a laptop does not send"
    for part, fields in _FORM_PARTS.items():
        value = record.get(part, {} if part == "organization" else [])
        items = [value] if part == "organization" else value
        if not isinstance(items, list) or len(items) > 1 or any(
                not isinstance(item, dict) or set(item) - fields for item in items):
            return f"its {part} are not what a laptop sends"
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        return "it has no name"
    if record.get("status") != "active" or record.get("alert", LOCAL_ALERT) != LOCAL_ALERT:
        return "its status is not what a laptop sends"
    if not any(record.get("attributes") == need_attributes(str(record.get("id")), [code])
               for code in NEED_CODES):
        return "its need is not what a laptop sends"
    day = str(record.get("source_date", ""))
    if not _is_date(day) or day > today:
        return f"its date {day!r} is not a date up to today"
    return ""


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)
