"""Corrections a caseworker makes to the directory, and the file that carries them back to the
coordinator. The file holds the corrections and nothing else: no casework at all."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from .errors import InvalidFileError, UserError

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
        if max(len(self.new_value), len(self.note), len(self.old_value)) > MAX_VALUE:
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
