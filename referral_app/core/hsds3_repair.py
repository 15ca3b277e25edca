"""Repair HSDS 3.x JSON that a converter wrote loosely, so that it can be read as HSDS 3.1.

Converters that turn older directories into HSDS 3 often keep the source's ids (numbers, or
``[{"id": "1920"}]``), write numbers as text, leave ``""`` for what is unknown, drop the scheme
of web addresses and the required ``status`` and ``location_type``, and misspell a key. Each of
these is put right the same way every time and counted; ids become UUIDs derived from the table
and the id (docs/older-formats.md), and references to them (``organization_id`` ...) follow.
Only small files are read this way (see ``directory_file``); anything else is read as it is.
"""

from __future__ import annotations

import re
from typing import Any

from .conversion import Conversion, derived_id, stable_id, with_scheme
from .hsds_tables import TABLES

FORMAT = "HSDS 3.x JSON from a converter (ids that are not UUIDs)"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}").fullmatch
_MISSPELT = {"addresss": "addresses", "adresses": "addresses"}
# Nested objects that are not lists of children: key -> table.
_SINGLE = {"organization": "organization", "location": "location",
           "taxonomy_term": "taxonomy_term"}
_ORGANIZATION_LISTS = {"services": "service", "locations": "location"}
# Reference fields -> the table they point into.
_REFERENCES = {"organization_id": "organization", "service_id": "service",
               "location_id": "location", "contact_id": "contact", "phone_id": "phone",
               "service_at_location_id": "service_at_location", "program_id": "program",
               "taxonomy_term_id": "taxonomy_term", "parent_organization_id": "organization"}
_NUMBERS = ("latitude", "longitude", "year_incorporated", "minimum_age", "maximum_age")
_DATETIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?")


def has_loose_ids(top: Any) -> bool:
    """True when the first record of a parsed HSDS 3 document has an id that is not a UUID."""
    first = top
    if isinstance(top, dict) and isinstance(top.get("contents"), list):
        first = top["contents"][0] if top["contents"] else None
    elif isinstance(top, list):
        first = top[0] if top else None
    if not isinstance(first, dict) or "id" not in first:
        return False
    given = first["id"]
    return not (isinstance(given, str) and _UUID(given))


def repaired(top: Any, conversion: Conversion) -> list[dict[str, Any]]:
    """The document's top-level records (services or organizations), repaired."""
    if isinstance(top, dict) and isinstance(top.get("contents"), list):
        items = top["contents"]
    elif isinstance(top, list):
        items = top
    else:
        items = [top]
    out = []
    for item in items:
        if isinstance(item, dict):
            table = "service" if "status" in item or "service_at_locations" in item else (
                "organization" if {"services", "locations", "website"} & set(item)
                else "service")
            out.append(_Repair(conversion).object(table, item))
    return out


class _Repair:
    def __init__(self, conversion: Conversion) -> None:
        self.conversion = conversion

    def note(self, sentence: str) -> None:
        self.conversion.note(sentence)

    def object(self, table: str, obj: dict[str, Any], made_for: str = "") -> dict[str, Any]:
        """The object repaired; ``made_for`` names its place under its parent, to derive an
        id when it has none."""
        spec = TABLES.get(table)
        children = dict(spec.children) if spec else {}
        required = spec.required if spec else frozenset({"id"})
        out: dict[str, Any] = {}
        if obj.get("id") not in (None, ""):
            out["id"] = own = self._id(table, obj["id"])
        elif made_for:
            out["id"] = own = derived_id("hsds3", made_for)
            self.note("rows without an id: given one derived from their parent")
        else:
            own = ""
        for key, value in obj.items():
            if key in _MISSPELT:
                self.note(f"the key {key!r}: read as {_MISSPELT[key]!r}")
                key = _MISSPELT[key]
            if value == "" and key not in required:
                self.note("empty values: left out")
                continue
            if key == "id":
                continue
            elif key in _REFERENCES and isinstance(value, str | int) and value != "":
                out[key] = self._id(_REFERENCES[key], value)
            elif key == "parent_id" and table == "taxonomy_term" and value:
                out[key] = self._id("taxonomy_term", value)
            elif key in children and isinstance(value, list):
                out[key] = [self.object(children[key], v, f"{own}:{key}:{i}")
                            if isinstance(v, dict) else v for i, v in enumerate(value)]
            elif table == "organization" and key in _ORGANIZATION_LISTS \
                    and isinstance(value, list):
                out[key] = [self.object(_ORGANIZATION_LISTS[key], v) if isinstance(v, dict)
                            else v for v in value]
            elif key in _SINGLE and isinstance(value, dict):
                out[key] = self.object(_SINGLE[key], value)
            else:
                out[key] = self._value(key, value)
        if table == "service" and "status" not in out:
            out["status"] = "active"
            self.note("services without a status: taken as active")
        if table == "location" and "location_type" not in out:
            out["location_type"] = "physical"
            self.note("locations without a location_type: taken as physical")
        if table == "address" and "address_type" not in out:
            out["address_type"] = "physical"
            self.note("addresses without an address_type: taken as physical")
        for key in required - set(out):
            if spec is not None and spec.fields.get(key) == "str":
                out[key] = ""
                self.note(f"{table} without {key} (required by HSDS 3.1): kept with it empty")
        return out

    def _id(self, table: str, value: Any) -> Any:
        if isinstance(value, list) and value and isinstance(value[0], dict):
            self.note("ids written as a list of objects: the first one taken")
            value = value[0].get("id", "")
        if isinstance(value, str) and _UUID(value):
            return value
        if isinstance(value, str | int) and str(value).strip():
            self.note("ids that are not UUIDs: made into UUIDs derived from them")
            return stable_id(f"hsds3-{table}", value)
        return value

    def _value(self, key: str, value: Any) -> Any:
        if key in _NUMBERS and isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                return value
            self.note(f"{key} written as text: read as a number")
            return int(number) if number.is_integer() and "." not in value else number
        if key in ("website", "url") and isinstance(value, str) and with_scheme(value):
            self.note("web addresses without http://: given it")
            return with_scheme(value)
        if key == "last_modified" and isinstance(value, str) and _DATETIME.fullmatch(value):
            self.note("last_modified written with a space: read as a date and time")
            return value.replace(" ", "T")
        return value
