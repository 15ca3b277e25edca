"""Corrections a caseworker makes to the directory, and the file that carries them back to the
coordinator. The file holds the corrections and nothing else: no casework at all."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any
from uuid import uuid4

from .errors import InvalidFileError, UserError
from .hsds_nest import need_attributes
from .needs import need_code

KINDS = ("verified", "number_not_working", "phone", "hours", "address", "new_service")
FORMAT = 1
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
        return self


def corrections_file(corrections: list[Correction], sender: str, organization: str) -> str:
    items = [{k: v for k, v in asdict(c).items() if k != "id"} for c in corrections]
    return json.dumps({"format": FORMAT, "sender": sender, "organization": organization,
                       "corrections": items}, ensure_ascii=False, indent=1) + "\n"


def read_corrections_file(data: bytes, name: str) -> tuple[str, str, list[Correction]]:
    """(sender, organization, corrections) from a corrections file."""
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("format")
        items = raw["corrections"]
        if not isinstance(items, list):
            raise ValueError("corrections")
        corrections = [_correction(item).check() for item in items]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError,
            UserError) as error:
        raise InvalidFileError(f"{name} is not a corrections file from Referral App "
                               f"({error}).") from error
    return str(raw.get("sender", "")), str(raw.get("organization", "")), corrections


def _correction(item: Any) -> Correction:
    if not isinstance(item, dict):
        raise ValueError("a correction is not an object")

    def text(key: str) -> str:
        return str(item.get(key, ""))

    return Correction(text("service_id"), text("service_name"), text("kind"), text("old_value"),
                      text("new_value"), text("note"), text("made_on"), text("made_by"))


def local_service(name: str, organization: str, phone: str, area: str, need: str,
                  today: str) -> dict[str, Any]:
    """An HSDS service for one a caseworker found that the directory lacks; marked as added
    on this laptop and unverified until the coordinator takes it in."""
    name, organization, phone, area = (v.strip() for v in (name, organization, phone, area))
    if not name:
        raise UserError("Give the service a name.")
    code = need_code(need)
    if code is None:
        raise UserError("Choose what need the service meets.")
    service_id = str(uuid4())
    record: dict[str, Any] = {
        "id": service_id, "name": name, "status": "active",
        "organization": {"id": str(uuid4()), "name": organization or name, "description": ""},
        "attributes": need_attributes(service_id, [code]),
        "source_date": today,
        "alert": "Added on this laptop; not yet checked by the coordinator.",
    }
    if phone:
        record["phones"] = [{"id": str(uuid4()), "number": phone}]
    if area:
        record["service_areas"] = [{"id": str(uuid4()), "name": area}]
    return record
