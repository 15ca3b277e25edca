"""Convert an HSDS 1.1 or 2.0 tabular data package into HSDS 3.1 objects.

The tables of the older versions are read by their file names (``physical_addresses.csv``,
``regular_schedules.csv``, ``services_taxonomy.csv`` ...), each row is renamed into its HSDS 3.1
place, and the rows are nested the way an HSDS 3.1 JSON file nests them: organizations with
their locations and services, then locations and services without an organization. The objects
are then read and checked by the same code as any HSDS 3.1 file. Every column and table with no
HSDS 3.1 place is counted in the conversion's notes. The mapping, field by field, is in
docs/older-formats.md.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from .conversion import Conversion, derived_id, stable_id, with_scheme
from .hsds_records import ORIGIN
from .package_files import PackageFiles
from .weekdays import clock_time, day_code

_EXTENSION = re.compile(r"(.*?\d)\s*,?\s*(?:ext\.?|extension|x)\s*(\d{1,6})", re.IGNORECASE)
_STRAY = re.compile("[\u200b\ufeff]")  # invisible, and never part of a value
_DATES = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%B %d, %Y", "%d %B %Y")
OHANA = "Ohana API CSV export (HSDS 1.0)"

Row = dict[str, str]
Obj = dict[str, Any]

# Files only an HSDS 1.x or 2.0 package has (3.x renamed or removed them).
OLDER_FILES = frozenset({
    "physical_addresses.csv", "postal_addresses.csv", "services_at_location.csv",
    "regular_schedules.csv", "holiday_schedules.csv", "taxonomy.csv", "services_taxonomy.csv",
    "service_attributes.csv", "other_attributes.csv", "payments_accepted.csv",
    "accessibility_for_disabilities.csv", "eligibility.csv",
})
_VERSION_2_FILES = frozenset({"schedules.csv", "service_attributes.csv", "other_attributes.csv",
                              "taxonomy_terms.csv"})
# Files with no HSDS 3.1 place: counted, not read.
_DROPPED_FILES = ("payments_accepted.csv", "metadata.csv", "meta_table_descriptions.csv")

# Source column -> HSDS 3.1 field; "" marks a column read by hand below.
_ORGANIZATION = {"id": "", "name": "name", "alternate_name": "alternate_name",
                 "description": "description", "email": "email", "url": "website",
                 "website": "website", "tax_status": "tax_status", "tax_id": "tax_id",
                 "year_incorporated": "year_incorporated", "legal_status": "legal_status",
                 "logo": "logo", "uri": "uri"}
_SERVICE = {"id": "", "organization_id": "", "program_id": "", "name": "name",
            "alternate_name": "alternate_name", "description": "description", "url": "url",
            "email": "email", "status": "", "interpretation_services": "interpretation_services",
            "application_process": "application_process", "wait_time": "wait_time",
            "fees": "fees_description", "fees_description": "fees_description",
            "accreditations": "accreditations", "licenses": "licenses",
            "eligibility_description": "eligibility_description", "minimum_age": "minimum_age",
            "maximum_age": "maximum_age", "alert": "alert", "assured_date": "assured_date",
            "assurer_email": "assurer_email", "last_modified": "last_modified",
            "taxonomy_ids": "",  # the same links as services_taxonomy.csv
            # Ohana's columns
            "location_id": "", "website": "url", "eligibility": "eligibility_description",
            "languages": "", "service_areas": "", "required_documents": ""}
_LOCATION = {"id": "", "organization_id": "", "name": "name",
             "alternate_name": "alternate_name", "description": "description",
             "transportation": "transportation", "latitude": "latitude",
             "longitude": "longitude", "url": "url", "location_type": "",
             "external_identifier": "external_identifier",
             "external_identifier_type": "external_identifier_type",
             "website": "url", "languages": ""}  # Ohana's
_ADDRESS = {"id": "", "location_id": "", "organization_id": "", "attention": "attention",
            "address_1": "address_1", "address_2": "", "address_3": "", "address_4": "",
            "city": "city", "region": "region", "state_province": "state_province",
            "postal_code": "postal_code", "country": "country"}
_LINKS = {"service_id": "", "location_id": "", "organization_id": "", "contact_id": "",
          "service_at_location_id": "", "phone_id": "", "id": ""}
_PHONE = {**_LINKS, "number": "number", "extension": "extension", "type": "type",
          "language": "", "description": "description"}
_REGULAR = {**_LINKS, "weekday": "", "opens_at": "", "closes_at": "", "original_text": "",
            "description": "description"}
_HOLIDAY = {**_LINKS, "closed": "", "opens_at": "", "closes_at": "", "start_date": "valid_from",
            "end_date": "valid_to"}
_SCHEDULE = {**_LINKS, **{name: name for name in (
    "valid_from", "valid_to", "dtstart", "timezone", "until", "count", "wkst", "freq",
    "interval", "byday", "byweekno", "bymonthday", "byyearday", "description",
    "schedule_link", "attending_type", "notes")}, "opens_at": "", "closes_at": ""}
_LANGUAGE = {**_LINKS, "language": "", "name": "", "code": "code", "note": "note"}
_CONTACT = {**_LINKS, "name": "name", "title": "title", "department": "department",
            "email": "email"}
_SERVICE_AREA = {**_LINKS, "service_area": "name", "name": "name", "description": "description",
                 "extent": "extent", "extent_type": "extent_type", "uri": "uri"}
_DOCUMENT = {**_LINKS, "document": "document", "uri": "uri"}
_FUNDING = {**_LINKS, "source": "source"}
_ACCESSIBILITY = {**_LINKS, "accessibility": "description", "details": "details",
                  "url": "url"}
_PROGRAM = {**_LINKS, "name": "name", "alternate_name": "alternate_name",
            "description": "description"}
_ELIGIBILITY = {**_LINKS, "eligibility": "", "minimum_age": "", "maximum_age": ""}
_TERM_LINK = {**_LINKS, "taxonomy_id": "", "taxonomy_term_id": "", "taxonomy_detail": "",
              "link_id": "", "link_type": ""}

_NUMBERS = frozenset({"latitude", "longitude", "year_incorporated", "minimum_age",
                      "maximum_age", "extension", "timezone", "count", "interval"})
_ADDRESS_REQUIRED = ("address_1", "city", "state_province", "postal_code", "country")
_STATUSES = frozenset({"active", "inactive", "defunct", "temporarily closed"})

# Which parent a satellite row is put under when it names several, most specific first.
_PARENTS = {
    "phone": ("service", "service_at_location", "location", "organization", "contact"),
    "schedule": ("service", "service_at_location", "location"),
    "contact": ("service", "service_at_location", "location", "organization"),
    "language": ("service", "location", "phone"),
    "service_area": ("service", "service_at_location"),
    "funding": ("service", "organization"),
}


def is_older_package(files: PackageFiles) -> bool:
    """True for an HSDS 1.x or 2.0 package: a file only they have, or locations without
    ``location_type`` (required since 3.0)."""
    if OLDER_FILES.intersection(files.names):
        return True
    return files.has("locations.csv") and "location_type" not in files.header("locations.csv")


def version_of(files: PackageFiles) -> str:
    return "2.0" if _VERSION_2_FILES.intersection(files.names) else "1.1"


def is_ohana(files: PackageFiles) -> bool:
    """Ohana's CSV export: services belong to a location, not to an organization."""
    if not files.has("services.csv"):
        return False
    header = files.header("services.csv")
    return "location_id" in header and "organization_id" not in header


def format_of(files: PackageFiles) -> str:
    if is_ohana(files):
        return OHANA
    return f"HSDS {version_of(files)} tabular data package"


class OlderPackage:
    """Reads an older package's tables and yields HSDS 3.1 objects, noting what changed."""

    def __init__(self, files: PackageFiles, conversion: Conversion) -> None:
        self.files = files
        self.conversion = conversion
        self._used_ids: set[str] = set()
        self._seen: Counter[tuple[str, str]] = Counter()
        # source table -> source id -> the HSDS 3.1 object made of it
        self.made: dict[str, dict[str, Obj]] = defaultdict(dict)

    # -- entry point ---------------------------------------------------------------------------

    def objects(self) -> Iterator[tuple[str, Obj]]:
        for name in _DROPPED_FILES:
            if self.files.has(name):
                rows = len(self.files.rows(name))
                if rows:
                    self.note(f"{self.files.where(name)}: no HSDS 3.1 place; dropped", rows)
        organizations = self._main("organizations.csv", "organization", _ORGANIZATION)
        locations = self._main("locations.csv", "location", _LOCATION)
        services = self._main("services.csv", "service", _SERVICE)
        self._satellites()
        by_org: dict[str, dict[str, list[Obj]]] = defaultdict(lambda: defaultdict(list))
        loose: list[tuple[str, Obj]] = []
        for key, table in (("locations", locations), ("services", services)):
            for obj in table:
                org = obj.pop("_organization", None)
                if org is not None:
                    by_org[org][key].append(obj)
                else:
                    loose.append((obj[ORIGIN], obj))
        for org in organizations:
            for key, items in by_org.get(org["id"], {}).items():
                org[key] = items
            yield org[ORIGIN], org
        yield from loose

    def note(self, sentence: str, count: int = 1) -> None:
        self.conversion.note(sentence, count)

    # -- organizations, locations, services ----------------------------------------------------

    def _main(self, file: str, table: str, columns: dict[str, str]) -> list[Obj]:
        if not self.files.has(file):
            return []
        out = []
        for row in self.files.rows(file):
            obj = self._object(file, table, row, columns)
            if obj is None:
                continue
            getattr(self, f"_finish_{table}")(row, obj)
            out.append(obj)
        return out

    def _object(self, file: str, table: str, row: Row, columns: dict[str, str],
                parent: str = "", position: int = 0) -> Obj | None:
        """The HSDS 3.1 object for one row, with its fields renamed; None for a row whose id
        is missing (a main record) ."""
        source_id = row.get("id", "")
        if not source_id and not parent:
            self.note(f"{self.files.where(file)}: rows without an id; dropped")
            return None
        obj: Obj = {ORIGIN: row[""], "id": self._new_id(file, source_id, parent, position)}
        for column, value in row.items():
            target = columns.get(column)
            if target is None:
                if column:
                    self.note(f"{self.files.where(file)}: column {column} has no HSDS 3.1 "
                              "place; dropped")
                continue
            if target:
                self._put(file, obj, target, value)
        if source_id and table:
            self.made[table].setdefault(source_id, obj)
        return obj

    def _new_id(self, file: str, source_id: str, parent: str, position: int) -> str:
        """A stable id; a row whose id another row of the file (or a merged file) already
        used gets one of its own."""
        kind = file.removesuffix(".csv")
        if source_id:
            self._seen[(file, source_id)] += 1
            seen = self._seen[(file, source_id)]
            new = stable_id(kind, source_id) if seen == 1 else derived_id(kind, source_id, seen)
            if seen > 1:
                self.note(f"{self.files.where(file)}: an id used by more than one row; the "
                          "later rows were given ids of their own")
        else:
            new = derived_id(kind, parent, position)
        while new in self._used_ids:
            new = derived_id(kind, new)
        self._used_ids.add(new)
        return new

    def _put(self, file: str, obj: Obj, field: str, value: str) -> None:
        if _STRAY.search(value):
            value = _STRAY.sub("", value)
            self.note(f"{self.files.where(file)}: zero-width spaces or byte-order marks "
                      "inside values; removed")
            if not value.strip():
                return
        if field in _NUMBERS:
            number = _number(value)
            if number is None:
                self.note(f"{self.files.where(file)}: {field} that is not a number; dropped")
                return
            obj[field] = number
        elif field in ("website", "url") and with_scheme(value):
            obj[field] = with_scheme(value)
            self.note(f"{self.files.where(file)}: web addresses without http://; given it")
        else:
            obj[field] = value

    def _finish_organization(self, row: Row, obj: Obj) -> None:
        obj["services"], obj["locations"] = [], []  # read as an organization, whatever it has
        if "description" not in obj:
            obj["description"] = ""
            self.note("organizations without a description (required by HSDS 3.1): given an "
                      "empty one")

    def _finish_location(self, row: Row, obj: Obj) -> None:
        obj["location_type"] = row.get("location_type", "physical").lower()
        self._link_organization(row, obj, "locations")
        languages = [w.strip() for w in row.get("languages", "").split(",") if w.strip()]
        if languages:
            obj["languages"] = [{"id": derived_id(obj["id"], "language", i), "name": word}
                                for i, word in enumerate(languages)]

    def _finish_service(self, row: Row, obj: Obj) -> None:
        status = row.get("status", "").lower()
        if status not in _STATUSES:
            self.note("services without an HSDS status: taken as active" if not status else
                      f"services with the status '{status[:20]}': taken as active")
            status = "active"
        obj["status"] = status
        self._link_organization(row, obj, "services")
        self._ohana_service(row, obj)
        if row.get("program_id"):
            obj["program_id"] = stable_id("programs", row["program_id"])

    def _ohana_service(self, row: Row, obj: Obj) -> None:
        """Ohana keeps a service's location, and lists, in the service's own row."""
        location = self.made["location"].get(row.get("location_id", ""))
        if location is not None:
            obj["service_at_locations"] = [{"id": derived_id(obj["id"], "at", location["id"]),
                                            "location_id": location["id"]}]
            org = location.get("organization_id")
            if org and "organization_id" not in obj:
                obj["organization_id"] = obj["_organization"] = org
        elif row.get("location_id"):
            self.note("services whose location is not in the package: kept without one")
        for column, key, field in (("languages", "languages", "name"),
                                   ("service_areas", "service_areas", "name"),
                                   ("required_documents", "required_documents", "document")):
            items = [w.strip() for w in row.get(column, "").split(",") if w.strip()]
            if items:
                obj[key] = [{"id": derived_id(obj["id"], column, i), field: word}
                            for i, word in enumerate(items)]

    def _link_organization(self, row: Row, obj: Obj, what: str) -> None:
        org = row.get("organization_id", "")
        if not org:
            return
        target = self.made["organization"].get(org)
        if target is None:
            self.note(f"{what} whose organization is not in the package: kept without one")
            return
        obj["organization_id"] = target["id"]
        obj["_organization"] = target["id"]

    # -- owned rows ----------------------------------------------------------------------------

    def _satellites(self) -> None:
        self._service_at_locations()
        self._addresses("physical_addresses.csv", "physical")
        self._addresses("postal_addresses.csv", "postal")
        self._addresses("addresses.csv", "")
        self._addresses("mail_addresses.csv", "postal")
        self._programs()
        self._owned("contacts.csv", "contact", "contacts", _CONTACT)
        self._owned("phones.csv", "phone", "phones", _PHONE, self._phone)
        self._owned("regular_schedules.csv", "schedule", "schedules", _REGULAR, self._weekly)
        self._owned("holiday_schedules.csv", "schedule", "schedules", _HOLIDAY, self._holiday)
        self._owned("schedules.csv", "schedule", "schedules", _SCHEDULE, self._times)
        self._owned("languages.csv", "language", "languages", _LANGUAGE, self._language)
        self._owned("service_areas.csv", "service_area", "service_areas", _SERVICE_AREA)
        self._owned("required_documents.csv", "", "required_documents", _DOCUMENT,
                    parents=("service",))
        self._owned("funding.csv", "funding", "funding", _FUNDING)
        self._owned("accessibility_for_disabilities.csv", "", "accessibility", _ACCESSIBILITY,
                    parents=("location",))
        self._eligibility()
        self._taxonomy()

    def _parent(self, row: Row, parents: tuple[str, ...]) -> tuple[str, Obj] | None:
        for table in parents:
            source = row.get(f"{table}_id", "")
            if source and source in self.made[table]:
                return source, self.made[table][source]
        return None

    def _owned(self, file: str, table: str, key: str, columns: dict[str, str],
               finish: Any = None, parents: tuple[str, ...] = ()) -> None:
        if not self.files.has(file):
            return
        positions: Counter[str] = Counter()
        for row in self.files.rows(file):
            found = self._parent(row, parents or _PARENTS[table])
            if found is None:
                self.note(f"{self.files.where(file)}: rows whose service, location or "
                          "organization is not in the package; dropped")
                continue
            source, parent = found
            positions[source] += 1
            obj = self._object(file, table, row, columns, source, positions[source])
            if obj is None:
                continue
            del obj[ORIGIN]
            if finish is not None and not finish(file, row, obj):
                continue
            parent.setdefault(key, []).append(obj)

    def _service_at_locations(self) -> None:
        file = "services_at_location.csv"
        if not self.files.has(file):
            return
        for row in self.files.rows(file):
            service = self.made["service"].get(row.get("service_id", ""))
            location = self.made["location"].get(row.get("location_id", ""))
            if service is None or location is None:
                self.note(f"{self.files.where(file)}: rows whose service or location is not "
                          "in the package; dropped")
                continue
            obj = self._object(file, "service_at_location", row,
                               {**_LINKS, "description": "description"},
                               service["id"], len(service.get("service_at_locations", [])))
            if obj is None:
                continue
            del obj[ORIGIN]
            obj["location_id"] = location["id"]
            service.setdefault("service_at_locations", []).append(obj)

    def _addresses(self, file: str, kind: str) -> None:
        if not self.files.has(file):
            return
        for row in self.files.rows(file):
            location = self.made["location"].get(row.get("location_id", ""))
            if location is None:
                self.note(f"{self.files.where(file)}: rows whose location is not in the "
                          "package; dropped")
                continue
            address = self._object(file, "", row, _ADDRESS, location["id"],
                                   len(location.get("addresses", [])))
            if address is None:
                continue
            del address[ORIGIN]
            rest = [row[c] for c in ("address_2", "address_3", "address_4") if row.get(c)]
            if rest:
                address["address_2"] = ", ".join(rest)
            address["address_type"] = kind or row.get("address_type", "physical").lower()
            for field in _ADDRESS_REQUIRED:
                if field not in address:
                    address[field] = ""
                    self.note(f"addresses without {field} (required by HSDS 3.1): kept with "
                              "it empty")
            location.setdefault("addresses", []).append(address)
            if kind == "postal" and all(a.get("address_type") == "postal"
                                        for a in location["addresses"]):
                location["location_type"] = "postal"
            elif kind == "physical":
                location["location_type"] = "physical"

    def _programs(self) -> None:
        file = "programs.csv"
        if not self.files.has(file):
            return
        for row in self.files.rows(file):
            org = self.made["organization"].get(row.get("organization_id", ""))
            if org is None or not row.get("id"):
                self.note(f"{self.files.where(file)}: rows whose organization is not in the "
                          "package; dropped")
                continue
            program = {"id": stable_id("programs", row["id"]), "organization_id": org["id"],
                       "name": row.get("name", ""),
                       "description": row.get("description", "")}
            if row.get("alternate_name"):
                program["alternate_name"] = row["alternate_name"]
            org.setdefault("programs", []).append(program)

    # -- how some rows change ------------------------------------------------------------------

    def _phone(self, file: str, row: Row, obj: Obj) -> bool:
        if "number" not in obj:
            self.note(f"{self.files.where(file)}: rows without a number; dropped")
            return False
        split = _EXTENSION.fullmatch(obj.get("number", ""))
        if split and "extension" not in obj:
            obj["number"], obj["extension"] = split.group(1), int(split.group(2))
            self.note(f"{self.files.where(file)}: numbers with an extension written in "
                      "them; the extension put in its own field")
        codes = [c.strip() for c in row.get("language", "").replace(";", ",").split(",")]
        languages = [c for c in codes if c]
        if languages:
            obj["languages"] = [_language_obj(derived_id("phone-language", obj["id"], code),
                                              code) for code in languages]
        return True

    def _weekly(self, file: str, row: Row, obj: Obj) -> bool:
        day = day_code(row.get("weekday", ""))
        if row.get("weekday") and day is None:
            self.note(f"{self.files.where(file)}: weekday that is not a day; kept as a note")
            obj["notes"] = row["weekday"]
        if day is not None:
            obj["freq"], obj["byday"] = "WEEKLY", day
        if row.get("original_text"):
            obj["description"] = row["original_text"]
        return self._times(file, row, obj)

    def _holiday(self, file: str, row: Row, obj: Obj) -> bool:
        if row.get("closed", "").lower() in ("true", "1", "yes"):
            obj["description"] = "Closed"
        for field in ("valid_from", "valid_to"):
            if field in obj:
                day = _date(obj.pop(field))
                if day is None:
                    self.note(f"{self.files.where(file)}: dates that are not a day after "
                              "1900; dropped")
                else:
                    obj[field] = day
        return self._times(file, row, obj)

    def _times(self, file: str, row: Row, obj: Obj) -> bool:
        for field in ("opens_at", "closes_at"):
            if row.get(field):
                time = clock_time(row[field])
                if time is None:
                    self.note(f"{self.files.where(file)}: {field} that is not a time; kept as "
                              "a note")
                    obj["notes"] = f"{obj.get('notes', '')} {field} {row[field]}".strip()
                else:
                    obj[field] = time
        if len(obj) <= 1:  # nothing but an id
            self.note(f"{self.files.where(file)}: empty rows; dropped")
            return False
        return True

    def _language(self, file: str, row: Row, obj: Obj) -> bool:
        word = row.get("language") or row.get("name", "")
        if word:
            obj.update({k: v for k, v in _language_obj("", word).items() if k != "id"})
        return len(obj) > 1

    def _eligibility(self) -> None:
        file = "eligibility.csv"
        if not self.files.has(file):
            return
        for row in self.files.rows(file):
            service = self.made["service"].get(row.get("service_id", ""))
            if service is None:
                self.note(f"{self.files.where(file)}: rows whose service is not in the "
                          "package; dropped")
                continue
            if row.get("eligibility"):
                before = service.get("eligibility_description")
                text = row["eligibility"].replace("\\n", "\n")
                service["eligibility_description"] = f"{before}\n{text}" if before else text
            for field in ("minimum_age", "maximum_age"):
                number = _number(row.get(field, ""))
                if number is not None:
                    service.setdefault(field, number)
            self.note("eligibility.csv rows: put in the service's eligibility_description")

    def _taxonomy(self) -> None:
        terms = {}
        for file, name_column in (("taxonomy.csv", "name"), ("taxonomy_terms.csv", "term")):
            if not self.files.has(file):
                continue
            for row in self.files.rows(file):
                row.setdefault("id", row.get("taxonomy_id", ""))  # Ohana names it so
                if row.get("id"):
                    terms[row["id"]] = _term(row, name_column)
        for file, column in (("services_taxonomy.csv", "taxonomy_id"),
                             ("service_attributes.csv", "taxonomy_term_id")):
            if not self.files.has(file):
                continue
            positions: Counter[str] = Counter()
            for row in self.files.rows(file):
                service = self.made["service"].get(row.get("service_id", ""))
                term = terms.get(row.get(column, ""))
                if service is None or term is None:
                    self.note(f"{self.files.where(file)}: rows whose service or term is not "
                              "in the package; dropped")
                    continue
                positions[service["id"]] += 1
                attribute = {"id": derived_id("attribute", service["id"], term["id"],
                                              positions[service["id"]]),
                             "taxonomy_term_id": term["id"], "taxonomy_term": term}
                if row.get("taxonomy_detail"):
                    attribute["value"] = row["taxonomy_detail"]
                service.setdefault("attributes", []).append(attribute)
        if not self.files.has("services_taxonomy.csv") and self.files.has("services.csv"):
            for row in self.files.rows("services.csv"):  # Ohana lists them in the row
                service = self.made["service"].get(row.get("id", ""))
                for position, code in enumerate(row.get("taxonomy_ids", "").split(",")):
                    term = terms.get(code.strip())
                    if service is not None and term is not None:
                        service.setdefault("attributes", []).append(
                            {"id": derived_id("attribute", service["id"], term["id"],
                                              position), "taxonomy_term_id": term["id"],
                             "taxonomy_term": term})


def _date(text: str) -> str | None:
    for pattern in _DATES:
        try:
            day = datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
        return day.isoformat() if day.year >= 1900 else None
    return None


def _term(row: Row, name_column: str) -> Obj:
    name = row.get(name_column) or row.get("name") or row["id"]
    term: Obj = {"id": stable_id("taxonomy", row["id"]), "code": row["id"], "name": name,
                 "description": row.get("description") or name}
    if row.get("parent_id"):
        term["parent_id"] = stable_id("taxonomy", row["parent_id"])
    taxonomy = row.get("vocabulary") or row.get("taxonomy")
    if taxonomy:
        term["taxonomy"] = taxonomy
    if row.get("language"):
        term["language"] = row["language"]
    return term


def _language_obj(new_id: str, word: str) -> Obj:
    """A language written as a code ("en", "urd") or a name ("English")."""
    key = "code" if len(word) <= 3 and word.isalpha() and word.isascii() else "name"
    obj: Obj = {"id": new_id} if new_id else {}
    obj[key] = word.lower() if key == "code" else word
    return obj


def _number(text: str) -> int | float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return int(number) if number.is_integer() and "." not in text else number
