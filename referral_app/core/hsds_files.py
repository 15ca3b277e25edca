"""Read an HSDS file of any accepted shape into checked records.

Accepted: HSDS 3.1 JSON (one service, a list of services, an API page with ``contents``, a list
of organizations with nested services) and the tabular data package (a folder or a zip of CSV
files with ``datapackage.json``).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from .archive import SafeZip
from .errors import InvalidFileError
from .hsds_nest import Nester
from .hsds_records import ORIGIN, Record, RecordReader
from .hsds_tables import LOOKUP_FILES, NESTED_ONE, PARENT_LINK, TABLES
from .json_stream import BinaryReader, JsonStream

MAX_JSON_BYTES = 2 << 30  # 2 GiB: ten times a national directory
MAX_CSV_BYTES = 512 << 20  # a data package is read into memory whole
DATAPACKAGE = "datapackage.json"
# This app's CSV export puts FORMULA_GUARD before a cell a spreadsheet would run as a formula
# (see store/export.py) and says so in datapackage.json; only then is it taken off again.
FORMULA_GUARD = "'"
FORMULA_GUARD_KEY = "referral_app_formula_guard"


def read_records(path: Path) -> Iterator[Record]:
    """Every record in the file or folder at ``path``, checked, in file order."""
    if path.is_dir():
        yield from _package_records(path.name, lambda name: (path / name).open("rb"),
                                    {p.name for p in path.iterdir()})
        return
    try:
        size = path.stat().st_size
        file = path.open("rb")
    except OSError as error:
        raise InvalidFileError(f"Cannot read {path.name}: {error.strerror}.") from error
    with file:
        head = file.read(4)
        file.seek(0)
        if head.startswith(b"PK"):
            archive = SafeZip(path)
            if DATAPACKAGE not in archive.names():
                raise InvalidFileError(
                    f"{path.name} is a zip file without {DATAPACKAGE}; "
                    "an HSDS data package needs one."
                )
            yield from _package_records(path.name, archive.open, archive.names())
            return
        if size > MAX_JSON_BYTES:
            raise InvalidFileError(
                f"{path.name} is larger than {MAX_JSON_BYTES >> 30} GB; refused.")
        reader = RecordReader(path.name)
        for where, obj in JsonStream(file, path.name).records():
            yield from reader.records(where, obj)


def read_json_records(stream: BinaryReader, name: str) -> Iterator[Record]:
    """The records of an HSDS JSON document read from an open stream (a zip member)."""
    reader = RecordReader(name)
    for where, obj in JsonStream(stream, name).records():
        yield from reader.records(where, obj)


# -- tabular data packages --------------------------------------------------------------------

_BOOL_WORDS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}


def _package_records(
    label: str, opener: Callable[[str], IO[bytes]], names: set[str]
) -> Iterator[Record]:
    tables = _read_package(label, opener, names)
    reader = RecordReader(label)
    for where, obj in _nest_package(tables):
        yield from reader.records(where, obj)


def _read_package(
    label: str, opener: Callable[[str], IO[bytes]], names: set[str]
) -> dict[str, list[dict[str, Any]]]:
    if DATAPACKAGE not in names:
        raise InvalidFileError(f"{label} has no {DATAPACKAGE}; an HSDS data package needs one.")
    with opener(DATAPACKAGE) as file:
        try:
            package = json.loads(file.read(MAX_CSV_BYTES).decode("utf-8-sig"))
            resources = package["resources"]
            guarded = package.get(FORMULA_GUARD_KEY) == FORMULA_GUARD
        except (ValueError, KeyError, TypeError) as error:
            raise InvalidFileError(
                f"{label}: {DATAPACKAGE} is not a valid data package.") from error
    tables: dict[str, list[dict[str, Any]]] = {}
    budget = MAX_CSV_BYTES
    for resource in resources if isinstance(resources, list) else []:
        name = resource.get("name") if isinstance(resource, dict) else None
        if name not in TABLES and name not in LOOKUP_FILES:
            continue
        file_name = str(resource.get("path", TABLES[name].csv_file if name in TABLES
                                     else LOOKUP_FILES[name][0]))
        if file_name not in names:
            raise InvalidFileError(
                f"{label}: {DATAPACKAGE} lists {file_name}, which is not in the package."
            )
        with opener(file_name) as file:
            data = file.read(budget + 1)
        budget -= len(data)
        if budget < 0:
            raise InvalidFileError(f"{label} is larger than {MAX_CSV_BYTES >> 20} MB of CSV.")
        tables[name] = _csv_rows(label, file_name, data, name, guarded)
    if "service" not in tables:
        raise InvalidFileError(f"{label} has no services.csv listed in {DATAPACKAGE}.")
    return tables


def _csv_rows(
    label: str, file_name: str, data: bytes, table: str, guarded: bool
) -> list[dict[str, Any]]:
    try:
        text = codecs.decode(data, "utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidFileError(
            f"{label}: {file_name} is not valid UTF-8 text (bad byte at byte {error.start}); "
            "save it as UTF-8."
        ) from error
    kinds = TABLES[table].fields if table in TABLES else dict.fromkeys(
        LOOKUP_FILES[table][1], "str")
    required = TABLES[table].required if table in TABLES else frozenset({"id"})
    rows = []
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        # a column the descriptor lists but the file lacks is only empty (the official
        # example package lists organization_id for url.csv and leaves it out)
        wanted = sorted(required)
        missing = [column for column in wanted if column not in header]
        if missing:
            raise InvalidFileError(f"{label}: {file_name} has no column {missing[0]}.")
        for line, raw in enumerate(reader, start=2):
            row: dict[str, Any] = {ORIGIN: f"{file_name} line {line}"}
            for key, value in raw.items():
                if value is None or key is None or key == ORIGIN:
                    continue
                if guarded and value.startswith(FORMULA_GUARD):
                    value = value[1:]
                if key not in kinds:
                    if value != "":
                        row[key] = value  # a publisher's own column: an extra property
                    continue
                if value != "":
                    row[key] = _typed(kinds[key], value)
                elif key in required and kinds[key] in ("str", "phone"):
                    row[key] = ""  # a required text left empty, as HSDS JSON allows
            rows.append(row)
    except csv.Error as error:
        raise InvalidFileError(
            f"{label}: {file_name} is not a readable CSV file ({error}).") from error
    return rows


def _typed(kind: str, text: str) -> Any:
    """A CSV cell as the JSON value it stands for; left as text when it is not one."""
    if kind == "num":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and "." not in text else number
    if kind == "bool":
        return _BOOL_WORDS.get(text.strip().lower(), text)
    return text


def _attach_nested_one(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Put each object HSDS nests one at a time (a capacity's unit, a service's program)
    back into the rows that name it by id, as HSDS JSON has it."""
    for (owner, key), (lookup, id_field) in NESTED_ONE.items():
        found = {str(row["id"]): row for row in tables.get(lookup, []) if "id" in row}
        for row in tables.get(owner, []) if found else []:
            obj = found.get(str(row.get(id_field)))
            if obj is not None and key not in row:
                row[key] = {k: v for k, v in obj.items() if k != ORIGIN and not (
                    k == "organization_id" and v == row.get(k))}  # implied by the service


def _nest_package(tables: dict[str, list[dict[str, Any]]]) -> Iterator[tuple[str, Any]]:
    """The package's rows as nested HSDS objects: organizations, then loose locations and
    services. Rows whose parent is missing are reported by the reader as missing references."""
    children: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for table, rows in tables.items():
        if table not in TABLES:
            continue  # units and taxonomies: attached by id above
        links = ["link_id"] if table == "attribute" else ["resource_id"] \
            if table == "metadata" else [
            link for link in PARENT_LINK.values() if link in TABLES[table].fields
        ]
        if table == "service_at_location":
            links = ["service_id"]
        for row in rows:
            for link in links:
                if link in row:
                    children[(str(row[link]), table)].append(row)
    _attach_nested_one(tables)
    terms = {str(row.get("id")): row for row in tables.get("taxonomy_term", [])}
    nester = Nester(location=lambda _id: None, term=terms.get)

    def nested(table: str, row: dict[str, Any]) -> dict[str, Any]:
        obj = nester.nest(table, row, children)
        obj[ORIGIN] = row[ORIGIN]
        return obj

    by_org: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    loose: dict[str, list[dict[str, Any]]] = defaultdict(list)
    org_ids = {str(row.get("id")) for row in tables.get("organization", [])}
    for table in ("location", "service"):
        for row in tables.get(table, []):
            org = str(row.get("organization_id", ""))
            (by_org[org][table] if org in org_ids else loose[table]).append(row)
    for row in tables.get("organization", []):
        obj = nested("organization", row)
        owned = by_org.get(str(row.get("id")), {})
        obj["locations"] = [nested("location", r) for r in owned.get("location", [])]
        obj["services"] = [nested("service", r) for r in owned.get("service", [])]
        yield row[ORIGIN], obj
    for table in ("location", "service"):
        for row in loose[table]:
            yield row[ORIGIN], nested(table, row)
