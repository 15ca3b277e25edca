"""Read an HSDS tabular data package (CSV files and datapackage.json) a record at a time.

A package links its rows by ``*_id`` columns across files, so a service's phones may be
anywhere in phones.csv. Reading every file into memory took 160 MB for 4,000 services; instead
each file is read once to note where each row starts and which parent it belongs to, and the
rows of one record are read back from the file when that record is nested. What stays in memory
is a few numbers per row, the taxonomy terms, units, taxonomies and programs (small tables that
many rows refer to), and one record at a time.

A zipped package is unpacked into a temporary folder first (a zip member cannot be read from
the middle cheaply).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import shutil
import sys
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from .errors import InvalidFileError
from .hsds_nest import Nester
from .hsds_records import ORIGIN, Record, RecordReader
from .hsds_tables import LOOKUP_FILES, NESTED_ONE, PARENT_LINK, TABLES

DATAPACKAGE = "datapackage.json"
MAX_PACKAGE_BYTES = 2 << 30  # 2 GiB of CSV, as for a JSON file
# This app's CSV export puts FORMULA_GUARD before a cell a spreadsheet would run as a formula
# (see store/export.py) and says so in datapackage.json; only then is it taken off again.
FORMULA_GUARD = "'"
FORMULA_GUARD_KEY = "referral_app_formula_guard"

_BOOL_WORDS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}
# Small tables many rows refer to by id: kept in memory whole.
_LOOKUPS = ("taxonomy_term", "program", *LOOKUP_FILES)
_ROW_BITS = 40  # an encoded row: table number << _ROW_BITS | row number
_ROW_MASK = (1 << _ROW_BITS) - 1
_HASH_MASK = (1 << 64) - 1

Row = dict[str, Any]


def package_records(label: str, path: Path, names: set[str],
                    opener: Callable[[str], IO[bytes]] | None = None) -> Iterator[Record]:
    """The records of the package in the folder ``path`` (``opener`` is None) or in a zip
    whose members ``opener`` opens (``path`` then names the zip)."""
    with ExitStack() as stack:
        located: Callable[[str], Path]
        if opener is None:
            located = path.joinpath
        else:
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(
                prefix="referral-app-package-")))
            located = _unpacker(opener, scratch)
        package = _Package(label, located, names)
        stack.callback(package.close)
        reader = RecordReader(label)
        for where, obj in package.nested():
            yield from reader.records(where, obj)


def _unpacker(opener: Callable[[str], IO[bytes]], scratch: Path) -> Callable[[str], Path]:
    def unpack(name: str) -> Path:
        target = scratch / f"{len(list(scratch.iterdir()))}.csv"
        with opener(name) as source, target.open("wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
        return target
    return unpack


class _Package:
    def __init__(self, label: str, located: Callable[[str], Path], names: set[str]) -> None:
        self.label = label
        if DATAPACKAGE not in names:
            raise InvalidFileError(
                f"{label} has no {DATAPACKAGE}; an HSDS data package needs one.")
        try:
            package = json.loads(located(DATAPACKAGE).read_bytes()[:64 << 20]
                                 .decode("utf-8-sig"))
            resources = package["resources"]
            guarded = package.get(FORMULA_GUARD_KEY) == FORMULA_GUARD
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise InvalidFileError(
                f"{label}: {DATAPACKAGE} is not a valid data package.") from error
        self.files: dict[str, _CsvFile] = {}
        budget = MAX_PACKAGE_BYTES
        for resource in resources if isinstance(resources, list) else []:
            name = resource.get("name") if isinstance(resource, dict) else None
            if name not in TABLES and name not in LOOKUP_FILES or name in self.files:
                continue
            default = TABLES[name].csv_file if name in TABLES else LOOKUP_FILES[name][0]
            file_name = str(resource.get("path", default))
            if file_name not in names:
                raise InvalidFileError(
                    f"{label}: {DATAPACKAGE} lists {file_name}, which is not in the package.")
            path = located(file_name)
            budget -= path.stat().st_size
            if budget < 0:
                raise InvalidFileError(
                    f"{label} is larger than {MAX_PACKAGE_BYTES >> 30} GB of CSV; refused.")
            self.files[name] = _CsvFile(label, file_name, path, name, guarded)
        if "service" not in self.files:
            raise InvalidFileError(f"{label} has no services.csv listed in {DATAPACKAGE}.")
        self._index()

    def close(self) -> None:
        for file in self.files.values():
            file.close()

    # -- the first reading: where each row is, and whose it is ---------------------------------

    def _index(self) -> None:
        self.numbers = {table: n for n, table in enumerate(self.files)}
        # (hash of a parent's id, encoded row) of every row that names a parent, sorted: the
        # rows of a parent are found by the hash, then checked against the id itself (two ids
        # may share a hash). Two arrays cost 16 bytes a row; a dict of ids cost 300 a parent.
        links_found: list[int] = []
        self.lookups: dict[str, dict[str, Row]] = {table: {} for table in _LOOKUPS}
        self.owners: dict[str, list[str]] = {}  # location and service: each row's organization
        self.org_ids: set[str] = set()
        for table, file in self.files.items():
            links = _links(table)
            number = self.numbers[table] << _ROW_BITS
            owners = self.owners.setdefault(table, []) if table in ("location", "service") \
                else None
            wanted = None if table in self.lookups else {
                "id", "organization_id", *links}
            for index, row in file.index(wanted):
                if table in self.lookups and "id" in row:
                    self.lookups[table].setdefault(str(row["id"]), row)
                if table == "organization" and "id" in row:
                    self.org_ids.add(str(row["id"]))
                if owners is not None:
                    owners.append(sys.intern(str(row.get("organization_id", ""))))
                for link in links:
                    if link in row:
                        links_found.append((hash(str(row[link])) & _HASH_MASK) << 64
                                           | number | index)
        links_found.sort()
        self.hashes = array("Q", (pair >> 64 for pair in links_found))
        self.codes = array("q", (pair & _HASH_MASK for pair in links_found))
        del links_found
        for row in self.lookups["taxonomy_term"].values():
            self._attach("taxonomy_term", row)

    # -- reading records back ------------------------------------------------------------------

    def nested(self) -> Iterator[tuple[str, Any]]:
        """The package's rows as nested HSDS objects: the locations of no organization in the
        package, the organizations (with their locations and services), then the services of
        no organization in the package."""
        nester = Nester(location=lambda _id: None, term=self.lookups["taxonomy_term"].get)
        children = _Children(self)
        organizations = self.files.get("organization")
        org_ids = self.org_ids
        owned: dict[str, dict[str, list[int]]] = {}
        for table in ("location", "service"):
            for index, org in enumerate(self.owners.get(table, [])):
                if org in org_ids:
                    owned.setdefault(org, {}).setdefault(table, []).append(index)

        def nest(table: str, row: Row) -> Row:
            obj = nester.nest(table, self._attach(table, row), children)
            obj[ORIGIN] = row[ORIGIN]
            return obj

        # locations of no organization in the package first: services refer to them, and a
        # service whose location is still to come waits in memory for it
        for index, org in enumerate(self.owners.get("location", [])):
            if org not in org_ids:
                row = self.files["location"].row(index)
                yield row[ORIGIN], nest("location", row)
        if organizations is not None:
            for index in range(len(organizations)):
                row = organizations.row(index)
                obj = nest("organization", row)
                mine = owned.pop(str(row.get("id")), {})
                obj["locations"] = [nest("location", self.files["location"].row(i))
                                    for i in mine.get("location", [])]
                obj["services"] = [nest("service", self.files["service"].row(i))
                                   for i in mine.get("service", [])]
                yield row[ORIGIN], obj
        for index, org in enumerate(self.owners.get("service", [])):
            if org not in org_ids:
                row = self.files["service"].row(index)
                yield row[ORIGIN], nest("service", row)

    def rows_of(self, parent: str, table: str) -> list[Row]:
        number = self.numbers.get(table)
        if number is None:
            return []
        hashes, codes = self.hashes, self.codes
        wanted = hash(parent) & _HASH_MASK
        at = bisect_left(hashes, wanted)
        file, links = self.files[table], _links(table)
        rows = []
        while at < len(hashes) and hashes[at] == wanted:
            code = codes[at]
            at += 1
            if code >> _ROW_BITS == number:
                row = file.row(code & _ROW_MASK)
                if any(row.get(link) == parent for link in links):
                    rows.append(self._attach(table, row))
        return rows

    def _attach(self, table: str, row: Row) -> Row:
        """Put each object HSDS nests one at a time (a capacity's unit, a service's program)
        back into the row that names it by id, as HSDS JSON has it."""
        for (owner, key), (lookup, id_field) in NESTED_ONE.items():
            if owner != table or key in row or id_field not in row:
                continue
            obj = self.lookups.get(lookup, {}).get(str(row[id_field]))
            if obj is not None:
                row[key] = {k: v for k, v in obj.items() if k != ORIGIN and not (
                    k == "organization_id" and v == row.get(k))}  # implied by the service
        return row


class _Children(Mapping[tuple[str, str], list[Row]]):
    """The rows each parent owns, read from the files when asked for (lookup only)."""

    def __init__(self, package: _Package) -> None:
        self._package = package

    def __getitem__(self, key: tuple[str, str]) -> list[Row]:
        rows = self._package.rows_of(*key)
        if not rows:
            raise KeyError(key)
        return rows

    def get(self, key: tuple[str, str], default: Any = None) -> Any:
        return self._package.rows_of(*key) or default  # no KeyError: most parents have none

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _links(table: str) -> list[str]:
    """The columns that name a row's parent in the tabular form."""
    if table == "attribute":
        return ["link_id"]
    if table == "metadata":
        return ["resource_id"]
    if table == "service_at_location":
        return ["service_id"]
    if table not in TABLES:
        return []
    return [link for link in PARENT_LINK.values() if link in TABLES[table].fields]


class _CsvFile:
    """One CSV file of the package: read once whole to note where each row starts, then row
    by row from those places."""

    def __init__(self, label: str, file_name: str, path: Path, table: str,
                 guarded: bool) -> None:
        self.label, self.file_name, self.path = label, file_name, path
        self.guarded = guarded
        if table in TABLES:
            self.kinds, self.required = TABLES[table].fields, TABLES[table].required
        else:
            self.kinds = dict.fromkeys(LOOKUP_FILES[table][1], "str")
            self.required = frozenset({"id"})
        self.starts = array("q")  # byte where each row starts, and where the file ends
        self.lines = array("q")  # the line each row starts on
        self.header: list[str] = []
        self._columns: list[tuple[str, str | None, bool]] = []  # name, kind, required
        self._indexed = False
        self._file: IO[bytes] | None = None

    def __len__(self) -> int:
        return len(self.lines)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def index(self, wanted: set[str] | None = None) -> Iterator[tuple[int, Row]]:
        """Every row with its number (only the ``wanted`` columns, as text, when given), read
        from the start; notes where each row starts."""
        first = not self._indexed
        if first:
            self.starts, self.lines = array("q"), array("q")
        recent: list[tuple[int, int]] = []  # (byte, line) of the lines of the current row
        decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")

        def lines(file: IO[bytes]) -> Iterator[str]:
            at = 0
            # a file may end its lines with a carriage return alone (old spreadsheets)
            pieces = (piece for chunk in file for piece in chunk.splitlines(keepends=True))
            for number, raw in enumerate(pieces, start=1):
                recent.append((at, number))
                try:
                    text = decoder.decode(raw)
                except UnicodeDecodeError as error:
                    raise InvalidFileError(
                        f"{self.label}: {self.file_name} is not valid UTF-8 text (bad byte at "
                        f"byte {at + error.start}); save it as UTF-8.") from error
                at += len(raw)
                yield text
            self._end = at

        try:
            with self.path.open("rb") as file:
                reader = csv.reader(lines(file))
                self.header = next(reader, [])
                missing = [c for c in sorted(self.required) if c not in self.header]
                if missing:
                    raise InvalidFileError(
                        f"{self.label}: {self.file_name} has no column {missing[0]}.")
                recent.clear()
                index = 0
                for values in reader:
                    start, line = recent[0]
                    recent.clear()
                    if not values:
                        continue  # a blank line
                    if first:
                        self.starts.append(start)
                        self.lines.append(line)
                    if wanted is None:
                        yield index, self._typed(values, line)
                    else:
                        yield index, {key: self._unguarded(value) for key, value in zip(
                            self.header, values, strict=False) if value and key in wanted}
                    index += 1
                if first:
                    self.starts.append(self._end)
                    self._indexed = True
        except csv.Error as error:
            raise InvalidFileError(
                f"{self.label}: {self.file_name} is not a readable CSV file ({error}).") from error

    def _unguarded(self, value: str) -> str:
        return value[1:] if self.guarded and value[0] == FORMULA_GUARD else value

    def row(self, index: int) -> Row:
        """Row ``index`` read again from its place in the file."""
        if self._file is None:
            self._file = self.path.open("rb")
        self._file.seek(self.starts[index])
        data = self._file.read(self.starts[index + 1] - self.starts[index])
        text = data.decode("utf-8")
        values = next(csv.reader(io.StringIO(text, newline="")), [])
        return self._typed(values, self.lines[index])

    def _typed(self, values: list[str], line: int) -> Row:
        row: Row = {ORIGIN: f"{self.file_name} line {line}"}
        if len(self._columns) != len(self.header):
            self._columns = [(key, self.kinds.get(key), key in self.required)
                             for key in self.header]
        guarded = self.guarded
        for (key, kind, required), value in zip(self._columns, values, strict=False):
            if not value:
                if required and kind in ("str", "phone"):
                    row[key] = ""  # a required text left empty, as HSDS JSON allows
                continue
            if guarded and value[0] == FORMULA_GUARD:
                value = value[1:]
            if kind is None:
                if key != ORIGIN:
                    row[key] = value  # a publisher's own column: an extra property
            elif kind in ("num", "bool"):
                row[key] = _typed(kind, value)
            elif kind == "id":
                row[key] = sys.intern(value)  # the same string as the index's key
            else:
                row[key] = value
        return row


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
