"""Turn HSDS JSON objects into checked records, ready for the directory store.

A record is one service, location or organization with everything it owns (phones, schedules,
languages, areas, contacts, documents, attributes), each owned row tagged with its parent. Every
value is checked against ``hsds_tables``; each problem names the file, the record and the field.
Locations and organizations nested inside a service become records of their own, yielded before
the service that refers to them.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import marshal
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from . import needs as needs_module
from .errors import Problem
from .hsds_checks import UUID_PATTERN, checker
from .hsds_tables import EXTRA, NESTED_ONE, PARENT_LINK, PHONE, TABLES, Table
from .json_stream import LongNumber
from .phone_number import PhoneNumberError, dialable
from .plain_text import HIDDEN_CLASS, LONG_FIELDS, cleaned, first_hidden, limit, visible

_TEXT, _PHONE, _ID, _OTHER = range(4)  # how a field's text is checked (``_FieldPlan``)


class _FieldPlan(NamedTuple):
    """What ``_row`` does with one field of a table, worked out once per table instead of
    once per value: the kind of check, the length bound, the value check, and whether the
    field is required (an empty required value is not skipped)."""

    kind: int
    longest: int
    check: Callable[[Any], str | None]
    required: bool


def _field_plan(table: Table, key: str, kind: str) -> _FieldPlan:
    how = _TEXT if kind == "str" else _PHONE if kind == PHONE else _ID if kind == "id" else _OTHER
    return _FieldPlan(how, limit(key, kind), checker(kind), key in table.required)


_PLANS = {
    name: {key: _field_plan(table, key, kind) for key, kind in table.fields.items()}
    for name, table in TABLES.items()
}
_CHILD_KEYS = {
    name: frozenset(key for key, _ in table.children) for name, table in TABLES.items()
}
_REQUIRED = {  # in field order, so that problems come in the same order on every run
    name: tuple(key for key in table.fields if key in table.required)
    + tuple(sorted(table.required - set(table.fields)))
    for name, table in TABLES.items()
}
# Properties read by other code than the row's own checks, never kept as extra properties.
_READ_ELSEWHERE = {
    name: frozenset({*_CHILD_KEYS[name], *_NESTED_KEYS, "_origin"})
    for name, _NESTED_KEYS in (
        ("organization", ("services", "locations")), ("service", ("organization",)),
        ("service_at_location", ("location",)), ("attribute", ("taxonomy_term",)),
        *((name, ()) for name in TABLES if name not in (
            "organization", "service", "service_at_location", "attribute")),
    )
}
_NESTED_ONE = {table: {key: nested for (t, key), (nested, _) in NESTED_ONE.items()
                       if t == table} for table in TABLES}
_UUID = re.compile(UUID_PATTERN).fullmatch
_TOP_INDEX = re.compile(r"(?:contents)?\[(\d+)\]")
_SOME_HIDDEN = re.compile(f"[{HIDDEN_CLASS}]").search


ORIGIN = "_origin"
# Owned parts that a record can do without: a hotline without a valid extra number, a shelter
# whose address is withheld, an organization whose programme description was pasted into a
# programme's name. With --skip-invalid (and in the window) a bad one is left out and listed.
# Service areas and attributes are not among them: leaving one out would change where a service
# is found or what it is found for.
DROPPABLE = frozenset({
    "phone", "address", "schedule", "contact", "program", "funding", "cost_option", "url",
    "accessibility", "organization_identifier", "service_capacity", "required_document",
    "language",
})
# Fields only an organization has: an object with one of them and no status is one.
_ORGANIZATION_ONLY = frozenset({
    "services", "locations", "website", "tax_status", "tax_id", "year_incorporated",
    "legal_status", "logo", "parent_organization_id", "organization_identifiers", "funding",
})  # set on objects made from CSV rows: "phones.csv line 4"


class Satellite(NamedTuple):
    table: str
    parent_type: str
    parent_id: str
    position: int
    row: dict[str, Any]


@dataclass
class Record:
    table: str  # "service", "location" or "organization"
    where: str
    row: dict[str, Any] = field(default_factory=dict)
    satellites: list[Satellite] = field(default_factory=list)
    terms: list[dict[str, Any]] = field(default_factory=list)
    needs: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    # problems of owned parts left out (a bad phone, address or schedule): with
    # --skip-invalid the record is kept without them, else they refuse it as problems do
    dropped: list[Problem] = field(default_factory=list)
    origin: str = ""  # a CSV row's place: "services.csv line 4"
    given_id: str = ""  # the id as the file gives it (valid or not): the record's one name
    order: int = 0  # the place in the file of the top-level record it came in
    # (table, parent id, id) of every owned row, to skip the copies HSDS nesting repeats
    owned: set[tuple[str, str, str]] = field(default_factory=set, repr=False)
    # a top-level service: the fingerprint of its object as read (``read_digest``); and
    # True when it was not read into rows because that fingerprint is the stored one
    read_digest: str = ""
    unread: bool = False
    _digest: str = field(default="", repr=False, compare=False)

    @property
    def id(self) -> str:
        return str(self.row.get("id", ""))

    @property
    def label(self) -> str:
        """The record's one name in every report: "service 3f25…"."""
        name = self.given_id or self.id
        return f"{self.table} {name}" if name else self.table

    @property
    def position(self) -> str:
        """Where the record is: "record 12" (the 12th of the file), "record 12,
        organization" (nested in it), "services.csv line 4"."""
        if self.origin:
            return self.origin
        found = _TOP_INDEX.match(self.where)
        if found is None:  # the file's one object, or nested in it
            return "record 1" + (f", {self.where.lstrip('.')}" if self.where else "")
        rest = self.where[found.end():].lstrip(".")
        return f"record {int(found.group(1)) + 1}" + (f", {rest}" if rest else "")

    def problem(self, file: str, field: str, message: str) -> Problem:
        return Problem(file, self.label, field, message, self.position, self.order)

    def digest(self) -> str:
        """A fingerprint of everything the record holds, to tell changed from unchanged.
        Rows are compared as sorted (field, value) pairs, so the order of fields in a file
        does not matter. Computed once: a record is complete when it is read."""
        if self._digest:
            return self._digest
        content = (
            sorted(self.row.items()),
            [(s.table, s.parent_id, s.position, sorted(s.row.items())) for s in self.satellites],
            sorted(self.needs),
            [sorted(term.items()) for term in self.terms],
        )
        # marshal's version 2 has no back-references, so equal values give equal bytes;
        # it is several times faster than repr() or json for the 400,000 records of a large file
        self._digest = hashlib.blake2b(marshal.dumps(content, 2), digest_size=16).hexdigest()
        return self._digest


class RecordReader:
    """Reads HSDS objects of one file into records."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._order = 0  # top-level objects read so far

    def unread(self, where: str, obj: dict[str, Any], digest: str) -> Record:
        """A top-level service left unread: its object is, byte for byte, the one whose
        records the directory holds (its ``read_digest`` is stored with it)."""
        self._order += 1
        record = _new("service", obj, where, self._order)
        record.read_digest, record.unread = digest, True
        return record

    def records(self, where: str, obj: Any) -> Iterator[Record]:
        """The records in one top-level object: a service or an organization."""
        self._order += 1
        if not isinstance(obj, dict):
            record = Record("service", where, order=self._order)
            self._problem(record, obj, "", "is not an HSDS record (a JSON object)")
            yield record
        elif "status" not in obj and not _ORGANIZATION_ONLY.isdisjoint(obj):
            yield from self._organization(obj, where, nested=False)
        elif "status" not in obj and "location_type" in obj:
            yield from self._location(obj, where, None)
        else:
            yield from self._service(obj, where, None)

    # -- the three kinds of record -------------------------------------------------------------

    def _service(self, obj: dict[str, Any], where: str, org_id: str | None) -> Iterator[Record]:
        record = _new("service", obj, where, self._order)
        record.row = self._row("service", obj, "", record)
        org = obj.get("organization")
        if org is not None:
            if isinstance(org, dict):
                org_records = list(self._organization(org, f"{where}.organization", nested=True))
                yield from org_records
                org_id = org_id or org_records[0].row.get("id")
            else:
                self._problem(record, obj, "organization", "must be an object")
        if org_id and record.row.setdefault("organization_id", org_id) != org_id:
            self._problem(record, obj, "organization_id", "does not match its organization")
        yield from self._children("service", obj, record, "")
        yield record

    def _location(self, obj: dict[str, Any], where: str, org_id: str | None) -> Iterator[Record]:
        record = _new("location", obj, where, self._order)
        record.row = self._row("location", obj, "", record)
        if org_id:
            record.row.setdefault("organization_id", org_id)
        yield from self._children("location", obj, record, "")
        yield record

    def _organization(self, obj: dict[str, Any], where: str, nested: bool) -> Iterator[Record]:
        record = _new("organization", obj, where, self._order)
        record.row = self._row("organization", obj, "", record)
        self._children("organization", obj, record, "")
        # a copy inside a service: its locations are read, its services are not
        nests = (("locations", self._location),) + (
            () if nested else (("services", self._service),))
        for key, _ in nests:
            items = obj.get(key, [])
            if not isinstance(items, list):
                self._problem(record, obj, key, "must be a list")
                continue
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    self._problem(record, obj, f"{key}[{index}]", "must be an object")
        yield record  # complete: nothing is added to it after this
        org_id = record.row.get("id")
        for key, make in nests:
            items = obj.get(key, [])
            for index, item in enumerate(items if isinstance(items, list) else []):
                if isinstance(item, dict):
                    yield from make(item, f"{where}.{key}[{index}]", org_id)

    # -- owned rows ----------------------------------------------------------------------------

    def _children(
        self, table: str, obj: dict[str, Any], record: Record, path: str
    ) -> list[Record]:
        """Read the rows ``obj`` owns into ``record``; the locations found nested in them."""
        found: list[Record] = []
        self._owned(table, obj, record, path, found)
        return found

    def _owned(
        self, table: str, obj: dict[str, Any], record: Record, path: str, found: list[Record]
    ) -> None:
        parent_id = obj.get("id")
        if not isinstance(parent_id, str):
            return
        seen: set[tuple[str, str]] = set()
        for key, child_table in TABLES[table].children:
            if key not in obj:
                continue
            items = obj[key]
            if items is None:
                self._problem(record, obj, path + key, "is null; leave an empty list out")
                continue
            if not isinstance(items, list):
                self._problem(record, obj, path + key, "must be a list")
                continue
            for index, item in enumerate(items):
                item_path = f"{path}{key}[{index}]."
                if not isinstance(item, dict):
                    self._problem(record, obj, item_path[:-1], "must be an object")
                    continue
                before = len(record.problems)
                row = self._row(child_table, item, item_path, record)
                if child_table in DROPPABLE and len(record.problems) > before:
                    record.dropped += record.problems[before:]  # the part, not the record
                    del record.problems[before:]
                    continue
                child_id = row.get("id")
                if child_id is None:
                    continue
                if (child_table, child_id) in seen:
                    self._problem(record, item, item_path + "id", f"{child_id} is used twice")
                    continue
                seen.add((child_table, child_id))
                if (child_table, parent_id, child_id) in record.owned:
                    continue  # the same row under another copy of its parent
                record.owned.add((child_table, parent_id, child_id))
                if child_table == "attribute":
                    row["link_id"] = parent_id
                    row.setdefault("link_entity", table)
                    if not self._keep_attribute(item, row, item_path, record):
                        continue
                elif child_table == "metadata":
                    row["resource_id"] = parent_id
                    row.setdefault("resource_type", table)
                else:
                    row[PARENT_LINK[table]] = parent_id
                if child_table == "service_at_location":
                    found += self._located(item, row, item_path, record)
                record.satellites.append(Satellite(child_table, table, parent_id, index, row))
                if not _CHILD_KEYS[child_table].isdisjoint(item):
                    self._owned(child_table, item, record, item_path, found)

    def _located(
        self, item: dict[str, Any], row: dict[str, Any], path: str, record: Record
    ) -> list[Record]:
        """The location nested in a service_at_location, as a record of its own."""
        location = item.get("location")
        location_records: list[Record] = []
        if isinstance(location, dict):
            location_records = list(self._location(location, record.where + "." + path[:-1], None))
            location_id = location_records[-1].row.get("id")
            if location_id and row.setdefault("location_id", location_id) != location_id:
                self._problem(record, item, path + "location_id", "does not match its location")
        elif location is not None:
            self._problem(record, item, path + "location", "must be an object")
        if "location_id" not in row and "location_id" not in item:
            self._problem(record, item, path + "location_id", "is missing")
        return location_records

    def _keep_attribute(
        self, item: dict[str, Any], row: dict[str, Any], path: str, record: Record
    ) -> bool:
        """Record any need the attribute names; False when the attribute is only a need."""
        term_obj = item.get("taxonomy_term")
        term: dict[str, Any] = {}
        if isinstance(term_obj, dict):
            term = self._row("taxonomy_term", term_obj, path + "taxonomy_term.", record)
            if "id" in term and row.setdefault("taxonomy_term_id", term["id"]) != term["id"]:
                self._problem(record, item, path + "taxonomy_term_id", "does not match its term")
        elif term_obj is not None:
            self._problem(record, item, path + "taxonomy_term", "must be an object")
        if "taxonomy_term_id" not in row and "taxonomy_term_id" not in item:
            self._problem(record, item, path + "taxonomy_term_id", "is missing")
            return False
        own = needs_module.need_for_term_id(str(row.get("taxonomy_term_id", "")))
        if own is None and term.get("taxonomy") == needs_module.TAXONOMY_NAME:
            code = needs_module.need_code(str(term.get("code", "")))
            own = needs_module.need(code) if code else None
        if own is not None:
            record.needs.add(own.code)
            return False
        taxonomy = str(term.get("taxonomy", "")).replace(" ", "").lower()
        if "openeligibility" in taxonomy:
            record.needs.update(
                needs_module.needs_for_open_eligibility(
                    str(term.get("code", "")), str(term.get("name", ""))
                )
            )
        if term:
            record.terms.append(term)
        return True

    # -- one row -------------------------------------------------------------------------------

    def _row(self, table: str, obj: dict[str, Any], path: str, record: Record) -> dict[str, Any]:
        # Run for every row of every record (twenty a service): the checks of each field are
        # looked up once (``_PLANS``), and text, by far the most common value, goes first.
        plans = _PLANS[table]
        row: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in obj.items():
            plan = plans.get(key)
            if plan is None:  # not a field of the table
                if key in _READ_ELSEWHERE[table]:
                    continue
                if type(value) is str:
                    if value:
                        extra[key] = value
                    continue
                nested = _NESTED_ONE[table].get(key)
                if nested in TABLES and isinstance(value, dict):
                    self._row(nested, value, f"{path}{key}.", record)  # its problems
                elif nested is not None and not isinstance(value, dict):
                    self._problem(record, obj, path + key, "must be an object")
                    continue
                extra[key] = value
                continue
            if type(value) is str:
                kind = plan.kind
                if kind == _ID and _UUID(value):
                    row[key] = value
                    continue
                if not value and not plan.required:
                    continue  # an empty optional value is absent, as an empty CSV cell is
                if kind == _PHONE:
                    self._phone(record, obj, path + key, value, row, key)
                    continue
                if len(value) > plan.longest:
                    self._problem(record, obj, path + key, f"is {len(value):,} characters "
                                  f"long; this field holds at most {plan.longest:,}")
                    continue
                if _SOME_HIDDEN(value) is not None:
                    if kind == _TEXT:
                        row[key] = cleaned(value, key in LONG_FIELDS)
                    else:
                        self._problem(record, obj, path + key, "holds a direction control or "
                                      f"an invisible character ({first_hidden(value)}); "
                                      "write it without")
                    continue
                if kind == _TEXT:
                    row[key] = value
                    continue
            elif value is None:
                self._problem(record, obj, path + key, "is null; HSDS leaves empty fields out")
                continue
            elif _too_large(value):
                digits = len(str(value).lstrip("-"))
                self._problem(record, obj, path + key, f"is a number of {digits:,} digits, too "
                              "large for the directory to keep")
                continue
            complaint = plan.check(value)
            if complaint:
                self._problem(record, obj, path + key, f"{complaint} (found {_show(value)})")
            else:
                row[key] = value
        for key in _REQUIRED[table]:
            if key not in obj:
                self._problem(record, obj, path + key, "is missing")
        if table == "service" and row.get("minimum_age", 0) > row.get("maximum_age", 1e9):
            self._problem(record, obj, "minimum_age", "is above maximum_age")
        if extra:
            row[EXTRA] = json.dumps(extra, ensure_ascii=False)
        return row

    def _phone(self, record: Record, obj: dict[str, Any], field: str, value: str,
               row: dict[str, Any], key: str) -> None:
        """One dialable number (Urdu digits made 0-9), or the problem with it."""
        try:
            row[key] = dialable(value)
        except PhoneNumberError as error:
            self._problem(record, obj, field, error.for_file)

    def _problem(self, record: Record, obj: Any, field: str, message: str) -> None:
        record.problems.append(record.problem(self.file, field, message))


def read_digest(text: str) -> str:
    """A fingerprint of a record's text as read from a file, and of the code that reads
    records: equal fingerprints give equal records."""
    digest = hashlib.blake2b(_reader_version(), digest_size=16)
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@functools.cache
def _reader_version() -> bytes:
    """The source of the modules that decide what an object reads as: a change to any of
    them changes every fingerprint, so nothing read by older code is taken as unchanged."""
    from . import hsds_checks, hsds_tables, phone_number, plain_text

    digest = hashlib.blake2b(digest_size=16)
    for module in (sys.modules[__name__], hsds_checks, hsds_tables, phone_number, plain_text,
                   needs_module):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.digest()


def _new(table: str, obj: dict[str, Any], where: str, order: int) -> Record:
    """An empty record that already knows its id and place, so that problems can name it."""
    given = obj.get("id")
    return Record(table, where, row={"id": given} if isinstance(given, str) else {},
                  origin=str(obj.get(ORIGIN, "")), order=order,
                  given_id=given[:60] if isinstance(given, str) else "")


def _too_large(value: Any) -> bool:
    """A whole number SQLite cannot keep (it keeps -2^63 to 2^63 - 1)."""
    return isinstance(value, LongNumber) or (
        type(value) is int and not -(1 << 63) <= value < 1 << 63)


def _show(value: Any) -> str:
    text = visible(json.dumps(value, ensure_ascii=False))
    return text if len(text) <= 40 else text[:37] + "..."


_NESTED = {"organization": "organization", "location": "location",
           "taxonomy_term": "taxonomy_term"}


def as_stored(obj: Any, table: str = "service") -> Any:
    """A nested HSDS object with its text as the directory would keep it: hidden characters
    removed, numbers in their dialable form (a value that would be refused is left as it is).
    What an update preview compares with the directory."""
    if not isinstance(obj, dict) or table not in TABLES:
        return obj
    fields, children = TABLES[table].fields, dict(TABLES[table].children)
    out: dict[str, Any] = {}
    for key, value in obj.items():
        kind = fields.get(key)
        if kind == "str" and isinstance(value, str):
            value = cleaned(value, key in LONG_FIELDS)
        elif kind == PHONE and isinstance(value, str):
            with contextlib.suppress(PhoneNumberError):  # left for the reader to refuse
                value = dialable(value)
        elif key in children and isinstance(value, list):
            value = [as_stored(item, children[key]) for item in value]
        elif key in _NESTED:
            value = as_stored(value, _NESTED[key])
        out[key] = value
    return out
