"""What a file to import is, and its records: the one place that tells formats apart.

HSDS 3.x (JSON or a data package) is read as it is; an HSDS 1.1 or 2.0 data package and
Open Referral UK v1 pages are converted on the way in; a coordinator's spreadsheet is read
with a column mapping. Anything else is refused with one sentence that says what the file
looks like and what the app takes.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import hsds3_repair, oruk_v1, reading_process
from .conversion import Conversion
from .errors import InvalidFileError
from .geography import Geography
from .hsds_files import read_records
from .hsds_older import OlderPackage, format_of, is_ohana, is_older_package
from .hsds_package import DATAPACKAGE
from .hsds_records import ORIGIN, Record, RecordReader
from .package_files import PackageFiles
from .sheet_mapping import SheetMapping
from .sheet_reader import is_spreadsheet, read_sheet
from .sheet_services import check_mapping, sheet_records

ACCEPTED = ("the app takes HSDS 3.x JSON or data packages, HSDS 1.1 and 2.0 data packages "
            "(a folder or a zip), Open Referral UK v1 API pages, and spreadsheets (.xlsx, "
            ".xls, .ods, .csv) with one row per service")
MAX_PAGE_BYTES = 256 << 20  # an Open Referral UK page is read whole; pages are small
_PEEK = 1 << 20
# What a file that is not a directory looks like, by its first bytes.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"SQLite format 3", "a SQLite database"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
)


@dataclass
class DirectoryFile:
    """The records of a file to import, and what was seen and converted (filled in as the
    records are read)."""

    records: Iterator[Record]
    conversion: Conversion


def open_directory_file(path: Path, geography: Geography,
                        mapping: SheetMapping | None = None,
                        source_date: str = "", *, read_aside: bool = True) -> DirectoryFile:
    """The file's records; InvalidFileError (one sentence) when it is no format the app
    takes. A spreadsheet needs its ``mapping``. A large HSDS JSON file is read by a second
    process (``reading_process``) unless ``read_aside`` is False."""
    if is_spreadsheet(path) and path.is_file():
        return _sheet(path, geography, mapping, source_date)
    if mapping is not None:
        raise InvalidFileError(f"{path.name} is not a spreadsheet; a column mapping is only "
                               "for .xlsx, .xls, .ods and .csv files.")
    if path.is_dir():
        return _package(path, PackageFiles.of_folder(path), "folder")
    try:
        with path.open("rb") as file:
            head = file.read(_PEEK)
    except OSError as error:
        raise InvalidFileError(f"Cannot read {path.name}: {error.strerror}.") from error
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _package(path, PackageFiles.of_zip(path), "zip file")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InvalidFileError(
            f"{path.name} looks like an older Office file or one protected with a password; "
            f"{ACCEPTED}.")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InvalidFileError(f"{path.name} looks like {what}, not a directory; "
                                   f"{ACCEPTED}.")
    return _json(path, head, read_aside)


def _json(path: Path, head: bytes, read_aside: bool) -> DirectoryFile:
    text = head.decode("utf-8-sig", "replace").lstrip()
    if not text.startswith(("{", "[")):
        what = "an empty file" if not text else (
            "a text file that is not JSON" if _is_text(head) else "a file of unknown kind")
        raise InvalidFileError(f"{path.name} is {what}; {ACCEPTED}.")
    small = len(head) < _PEEK
    top = _parsed(head) if small else None
    if oruk_v1.is_page(top) or (not small and _looks_like_page(text)):
        return _oruk(path, top)
    if isinstance(top, dict) and not {"id", "name", "contents", "services", "content",
                                      "organization", "locations"} & set(top):
        keys = ", ".join(sorted(top)[:5]) or "none"
        raise InvalidFileError(f"{path.name} is JSON but not a directory (its keys: {keys}); "
                               f"{ACCEPTED}.")
    if small and hsds3_repair.has_loose_ids(top):
        return _repaired(path, top)
    if not read_aside or small or path.stat().st_size < reading_process.LARGE_FILE \
            or not reading_process.available():
        return DirectoryFile(read_records(path), Conversion("HSDS 3.x JSON"))
    return DirectoryFile(reading_process.records_read_aside(path), Conversion("HSDS 3.x JSON"))


def _repaired(path: Path, top: object) -> DirectoryFile:
    conversion = Conversion(hsds3_repair.FORMAT, converted=True)
    reader = RecordReader(path.name)

    def records() -> Iterator[Record]:
        for index, obj in enumerate(hsds3_repair.repaired(top, conversion)):
            yield from reader.records(f"[{index}]", obj)

    return DirectoryFile(records(), conversion)


def _parsed(head: bytes) -> object:
    try:
        return json.loads(head.decode("utf-8-sig"))
    except ValueError:
        return None


def _looks_like_page(text: str) -> bool:
    """A large file's first megabyte has the keys of a v1 page, not an HSDS 3 page."""
    start = text[:4096]
    return '"content"' in start and '"contents"' not in start and any(
        f'"{key}"' in text for key in oruk_v1.PAGE_KEYS)


def _is_text(head: bytes) -> bool:
    try:
        head[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head[:4096]


def _oruk(path: Path, top: object) -> DirectoryFile:
    if top is None:
        if path.stat().st_size > MAX_PAGE_BYTES:
            raise InvalidFileError(f"{path.name} is an Open Referral UK page larger than "
                                   f"{MAX_PAGE_BYTES >> 20} MB; import it in smaller pages.")
        try:
            top = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (ValueError, UnicodeDecodeError) as error:
            raise InvalidFileError(f"{path.name} is not valid JSON ({error}).") from error
    assert isinstance(top, dict)
    conversion = Conversion(oruk_v1.FORMAT, converted=True)
    reader = RecordReader(path.name)

    def records() -> Iterator[Record]:
        for where, obj in oruk_v1.page_services(top, path.name, conversion):
            yield from reader.records(where, obj)

    return DirectoryFile(records(), conversion)


def _package(path: Path, files: PackageFiles, kind: str) -> DirectoryFile:
    if is_older_package(files) or is_ohana(files):
        conversion = Conversion(format_of(files), converted=True)
        if not files.has("services.csv"):
            raise InvalidFileError(f"{path.name} looks like an {conversion.format} without "
                                   "services.csv; there is nothing to import.")
        reader = RecordReader(path.name)

        def records() -> Iterator[Record]:
            for where, obj in OlderPackage(files, conversion).objects():
                yield from reader.records(where, obj)

        return DirectoryFile(records(), conversion)
    if not files.has("services.csv") and not files.has(DATAPACKAGE):
        json_files = [name for name in files.names if name.endswith(".json")]
        if kind == "folder" and json_files:
            raise InvalidFileError(
                f"{path.name} is a folder of {len(json_files)} JSON files, not a data package; "
                "import the files one at a time.")
        shown = ", ".join(files.names[:3]) or "nothing"
        raise InvalidFileError(f"{path.name} is a {kind} without services.csv (it holds "
                               f"{shown}); {ACCEPTED}.")
    return DirectoryFile(read_records(path), Conversion("HSDS 3.x tabular data package"))


def converted_services(path: Path) -> Iterator[dict[str, Any]] | None:
    """The services of an older data package or an Open Referral UK page as the HSDS 3.1
    objects they convert to (what an update preview compares with the directory); None for a
    file that is not converted."""
    try:
        if path.is_dir() or zipfile.is_zipfile(path):
            files = PackageFiles.of_folder(path) if path.is_dir() else PackageFiles.of_zip(path)
            if not (is_older_package(files) or is_ohana(files)):
                return None
            objects = OlderPackage(files, Conversion(format_of(files))).objects()
        else:
            with path.open("rb") as file:
                head = file.read(_PEEK)
            top = _parsed(head) if len(head) < _PEEK else None
            if not oruk_v1.is_page(top):
                return None
            assert isinstance(top, dict)
            objects = oruk_v1.page_services(top, path.name, Conversion(oruk_v1.FORMAT))
    except OSError:
        return None
    return _services_in(objects)


def _services_in(objects: Iterator[tuple[str, dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    for _, obj in objects:
        for found in [obj, *obj.get("services", [])]:
            if "status" in found:
                yield {key: value for key, value in found.items() if key != ORIGIN}


def _sheet(path: Path, geography: Geography, mapping: SheetMapping | None,
           source_date: str) -> DirectoryFile:
    if mapping is None:
        raise InvalidFileError(
            f"{path.name} is a spreadsheet; import it in the window (File > Import a "
            "spreadsheet), which asks which column holds what, or with --mapping FILE.")
    sheet = read_sheet(path)
    check_mapping(sheet, mapping)
    conversion = Conversion(f"spreadsheet ({len(sheet.rows):,} rows)", converted=True)
    return DirectoryFile(sheet_records(sheet, mapping, geography, source_date, conversion),
                         conversion)
