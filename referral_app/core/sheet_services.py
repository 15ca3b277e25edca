"""A coordinator's sheet, one row per service, as checked HSDS 3.1 service records.

Each row becomes an ordinary local service (no publisher signs it) with its organisation, its
phones in their one dialable form, its district as a service area the directory knows, its
needs as the app's need codes, its address as a location, its hours as a written schedule and
its languages. Every problem names the row and the column as the sheet shows them. Ids are
derived from the name, the organisation and the district, so the same sheet imported again
(or next month's, with the same services) updates the services instead of adding them twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .conversion import Conversion, derived_id
from .errors import InvalidFileError, Problem
from .geography import Geography, Place
from .hsds_nest import need_attributes
from .hsds_records import ORIGIN, Record, RecordReader
from .needs import NEEDS, need_code
from .phone_number import PhoneNumberError, dialable
from .sheet_mapping import SheetMapping, value_key
from .sheet_reader import Sheet

FORMAT = "spreadsheet"
_LIST = re.compile(r"\s*[,;،؛\n/|]\s*")
_PHONES = re.compile(r"\s*[,;،؛\n/|]\s*")
# A Pakistani mobile number typed into a number cell loses its 0 (3001234567).
_MOBILE_WITHOUT_ZERO = re.compile(r"3\d{9}").fullmatch
_NEED_WORDS = {value_key(word): need.code for need in NEEDS
               for word in (need.code, need.label_en, need.label_ur)}
# Fields that go into the service as they are written (checked by the HSDS reader).
_PLAIN = {"description": "description", "email": "email", "website": "url",
          "name_ur": "name_ur"}


@dataclass
class Unknown:
    """Needs and places the sheet names that neither the app nor the mapping knows, with
    how many rows name each: for the coordinator to match by hand."""

    needs: Counter[str] = field(default_factory=Counter)
    districts: Counter[str] = field(default_factory=Counter)


def unknown_values(sheet: Sheet, mapping: SheetMapping, geography: Geography) -> Unknown:
    unknown = Unknown()
    for _, cells in sheet.rows:
        row = dict(zip(sheet.columns, cells, strict=True))
        for column in mapping.columns_of("needs"):
            for word in _split(row.get(column, "")):
                if _need(word, mapping) is None:
                    unknown.needs[word] += 1
        for column in mapping.columns_of("district"):
            text = row.get(column, "")
            if text and _place(text, mapping, geography) is None:
                unknown.districts[text] += 1
    return unknown


def check_mapping(sheet: Sheet, mapping: SheetMapping) -> None:
    """InvalidFileError (one sentence) when the mapping cannot import this sheet."""
    if mapping.missing():
        raise InvalidFileError(
            f"{sheet.file}: no column is chosen as the service's name; choose one (in the "
            "window, or in the mapping file) and import it again.")
    absent = [c for c in mapping.columns_of("name") if c not in sheet.columns]
    if absent:
        raise InvalidFileError(
            f"{sheet.file} has no column {absent[0]!r}, which the mapping takes the service's "
            "name from; choose the name column again in the window.")


def sheet_records(sheet: Sheet, mapping: SheetMapping, geography: Geography,
                  source_date: str, conversion: Conversion) -> Iterator[Record]:
    """The sheet's rows as checked service records (with their organizations and locations),
    in sheet order; a row's problems name its row and column. Call ``check_mapping`` first."""
    reader = RecordReader(sheet.file)
    seen: dict[str, int] = {}
    for number, cells in sheet.rows:
        row = _Row(sheet, mapping, geography, number, dict(zip(sheet.columns, cells,
                                                               strict=True)))
        obj = row.service(source_date)
        records = list(reader.records(f"row {number}", obj))
        service = records[-1]
        service.problems = [row.named(p) for p in service.problems] + row.problems
        first = seen.setdefault(service.id, number)
        if first != number:
            service.problems.append(Problem(sheet.file, f"row {number}", "", (
                f"is the same service as row {first} (same name, organisation and district); "
                "remove one of them")))
        for warning in row.warnings:
            conversion.note(warning)
        yield from records


def _split(text: str) -> list[str]:
    return [part for part in (p.strip() for p in _LIST.split(text)) if part]


def _need(word: str, mapping: SheetMapping) -> str | None:
    key = value_key(word)
    return mapping.needs.get(key) or _NEED_WORDS.get(key) or need_code(word)


def _place(text: str, mapping: SheetMapping, geography: Geography) -> Place | None:
    code = mapping.districts.get(value_key(text))
    return geography.get(code) if code else geography.area(text)


class _Row:
    def __init__(self, sheet: Sheet, mapping: SheetMapping, geography: Geography,
                 number: int, cells: dict[str, str]) -> None:
        self.sheet, self.mapping, self.geography = sheet, mapping, geography
        self.number, self.cells = number, cells
        self.problems: list[Problem] = []
        self.warnings: list[str] = []
        self._columns: dict[str, str] = {}  # HSDS field -> the column it came from

    def values(self, name: str) -> list[tuple[str, str]]:
        """(column, text) of each filled column that fills ``name``."""
        return [(column, self.cells[column]) for column in self.mapping.columns_of(name)
                if self.cells.get(column)]

    def text(self, name: str) -> str:
        found = self.values(name)
        if found:
            self._columns.setdefault(name, found[0][0])
        return "\n".join(value for _, value in found)

    def problem(self, column: str, message: str) -> None:
        self.problems.append(Problem(self.sheet.file, f"row {self.number}",
                                     f"column {column!r}", message))

    def named(self, problem: Problem) -> Problem:
        """A problem the HSDS reader found, with the row and column named as the sheet
        names them."""
        leaf = problem.field.rsplit(".", 1)[-1].split("[")[0]
        hsds_to_sheet = {"url": "website", "number": "phone", "address_1": "address"}
        column = self._columns.get(hsds_to_sheet.get(leaf, leaf))
        return Problem(problem.file, f"row {self.number}",
                       f"column {column!r}" if column else problem.field, problem.message)

    def service(self, source_date: str) -> dict[str, Any]:
        name = self.text("name")
        organization = self.text("organization") or name
        place = self._district()
        service_id = derived_id("sheet-service", value_key(name), value_key(organization),
                                place.code if place else value_key(self.text("district")))
        self._columns["name"] = self.mapping.columns_of("name")[0]
        obj: dict[str, Any] = {
            ORIGIN: f"row {self.number}", "id": service_id, "name": name, "status": "active",
            "organization": {"id": derived_id("sheet-organization", value_key(organization)),
                             "name": organization, "description": ""},
        }
        if not name:
            self.problem(self._columns["name"], "is empty; every service needs a name")
        if source_date:
            obj["source_date"] = source_date
        for field_name, target in _PLAIN.items():
            text = self.text(field_name)
            if text:
                obj[target] = text
        self._phones(obj, service_id)
        self._needs(obj, service_id)
        self._area(obj, service_id, place)
        self._address(obj, service_id, place)
        hours = self.text("hours")
        if hours:
            obj["schedules"] = [{"id": derived_id(service_id, "hours"), "description": hours}]
        languages = [word for _, text in self.values("languages") for word in _split(text)]
        if languages:
            obj["languages"] = [{"id": derived_id(service_id, "language", i), "name": word}
                                for i, word in enumerate(dict.fromkeys(languages))]
        return obj

    def _phones(self, obj: dict[str, Any], service_id: str) -> None:
        phones: list[dict[str, str]] = []
        for column, text in self.values("phone"):
            for part in (p for p in _PHONES.split(text) if p.strip()):
                number = part.strip()
                if _MOBILE_WITHOUT_ZERO(number):
                    self.warnings.append(f"row {self.number}, column {column!r}: {number} was "
                                         "stored as a number, which drops its first 0; read "
                                         f"as 0{number}")
                    number = "0" + number
                try:
                    number = dialable(number)
                except PhoneNumberError as error:
                    self.problem(column, f"{number[:40]!r} {error.for_file}")
                    continue
                phones.append({"id": derived_id(service_id, "phone", len(phones)),
                               "number": number})
        if phones:
            obj["phones"] = phones

    def _needs(self, obj: dict[str, Any], service_id: str) -> None:
        codes: list[str] = []
        for column, text in self.values("needs"):
            for word in _split(text):
                code = _need(word, self.mapping)
                if code is None:
                    self.warnings.append(f"column {column!r}: the need {word!r} is not one "
                                         "this app knows; match it to one in the mapping")
                elif code not in codes:
                    codes.append(code)
        if codes:
            obj["attributes"] = need_attributes(service_id, codes)

    def _district(self) -> Place | None:
        found = self.values("district")
        if not found:
            return None
        column, text = found[0]
        place = _place(text, self.mapping, self.geography)
        if place is None:
            self.warnings.append(f"column {column!r}: the place {text!r} is not a district "
                                 "this app knows; match it to one in the mapping")
        return place

    def _area(self, obj: dict[str, Any], service_id: str, place: Place | None) -> None:
        names = [place.name] if place else [text for _, text in self.values("district")]
        province = self.text("province")
        if not names and province:
            found = self.geography.area(province)
            names = [found.name if found else province]
        if names:
            obj["service_areas"] = [{"id": derived_id(service_id, "area", i), "name": name}
                                    for i, name in enumerate(names)]

    def _address(self, obj: dict[str, Any], service_id: str, place: Place | None) -> None:
        address = self.text("address")
        if not address:
            return
        province = self.geography.get(place.province) if place else None
        location_id = derived_id(service_id, "location")
        obj["service_at_locations"] = [{
            "id": derived_id(service_id, "at"),
            "location": {
                "id": location_id, "location_type": "physical",
                "addresses": [{
                    "id": derived_id(location_id, "address"), "address_1": address,
                    "city": place.name if place else self.text("district"),
                    "state_province": province.name if province else self.text("province"),
                    "postal_code": "", "country": "PK", "address_type": "physical",
                }],
            },
        }]
